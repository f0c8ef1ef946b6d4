#include "cli/analyze_command.h"

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <optional>

#include "cli/analysis_customers_csv.h"
#include "cli/analysis_json.h"
#include "cli/analysis_postgres_reading.h"
#include "cli/analysis_summary_text.h"
#include "cli/command_progress.h"
#include "cli/customer_output_helpers.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/transaction_csv_reading.h"
#include "engine/customers/analysis_settings.h"
#include "engine/profile/methodology_profile.h"
#include "store/document.h"
#include "store/transactions_store.h"

namespace crm::cli::customer_data {

namespace {

namespace tx = crm::transactions;
namespace cu = crm::customers;

// Period, horizon and discount rate: not given = the document's settings (a CSV file or a
// database: a new document's, day, 12 months, 1% a month).
struct AnalyzeArgs {
    std::optional<std::string> period;
    std::string observationEnd, calibrationEnd;
    std::optional<int> months;
    std::optional<double> discountRate;  // a month
    std::optional<double> annualDiscountRate;
    std::string jsonOut, customersCsv;

    // The settings the analysis runs with: `stored` with the given options laid over it.
    CustomerAnalysisSettings over(CustomerAnalysisSettings stored) const {
        if (period) stored.period = cu::periodFromKey(*period).value_or(stored.period);
        if (months) stored.horizonMonths = *months;
        if (discountRate) stored.monthlyDiscountRate = *discountRate;
        return stored;
    }
    bool givesDiscountRate() const { return discountRate || annualDiscountRate; }
};

void applySettings(cu::AnalysisOptions& options, const AnalyzeArgs& args,
                   const CustomerAnalysisSettings& stored) {
    // The calibration end is the caller's: the command line's, else the document's, checked
    // against the lines once they are read.
    const cu::AnalysisOptions fromSettings = cu::analysisOptionsFrom(args.over(stored), nullptr);
    options.period = fromSettings.period;
    options.months = fromSettings.months;
    options.discountRate = args.annualDiscountRate
                               ? clv::DiscountRate{*args.annualDiscountRate, clv::RatePeriod::Year}
                               : fromSettings.discountRate;
}

bool isDocumentFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == 16 && std::memcmp(magic, "SQLite format 3", 16) == 0;
}

int analyze(const std::string& dataPath, const MappingArgs& mapping, const PostgresArgs& pg,
            const AnalyzeArgs& args) {
    cu::AnalysisOptions options;
    applySettings(options, args, {});
    if (!args.observationEnd.empty()) options.observationEnd = dayFromText(args.observationEnd);
    if (!args.calibrationEnd.empty()) options.calibrationEnd = dayFromText(args.calibrationEnd);
    if (pg.any() && !dataPath.empty()) fail(kUsage, "give either a file or --postgres, not both");
    if (pg.any()) checkPostgresArgs(pg, mapping, options);
    if (!pg.any() && dataPath.empty())
        fail(kUsage, "give the CSV file or document to analyse (or --postgres CONNINFO)");

    PhaseTimer timer;
    AnalysisInput in;
    in.source = dataPath;
    in.churnThreshold = MethodologyProfile().value("customers.churn_risk_p_alive");
    std::optional<cu::CustomerAnalysis> summarized;  // by the database server
    std::optional<cu::HoldoutInputs> holdout;        // by the database server
    if (pg.any()) {
        summarized = readPostgresSummaries(pg, mapping, options, in, holdout);
    } else if (isDocumentFile(dataPath)) {
        // The lines a document holds (crmw import-transactions), with the document's profile.
        if (mapping.anyMappingOption())
            fmt::print(stderr, "crmw: {}: a document: the mapping options are not used\n",
                       dataPath);
        store::Document doc = readDocument(dataPath);
        in.churnThreshold = doc.assessment().profile.value("customers.churn_risk_p_alive");
        in.currency = doc.assessment().currency;
        const CustomerAnalysisSettings& stored = doc.assessment().customerAnalysis;
        applySettings(options, args, stored);
        const CustomerAnalysisSettings defaults;
        if ((stored.period != defaults.period && !args.period) ||
            (stored.horizonMonths != defaults.horizonMonths && !args.months) ||
            (stored.monthlyDiscountRate != defaults.monthlyDiscountRate &&
             !args.givesDiscountRate()))
            fmt::print(stderr,
                       "crmw: {}: the document's analysis settings apply: by {}, {} months, {} "
                       "a month (give --period, --months or --discount-rate to choose others)\n",
                       dataPath, cu::periodKey(stored.period), stored.horizonMonths,
                       stored.monthlyDiscountRate);
        Json imports = Json::array();
        for (const store::TransactionImportRecord& r : store::listTransactionImports(doc)) {
            in.stats.rowsRead += r.stats.rowsRead;
            in.stats.skippedBad += r.stats.skippedBad;
            in.stats.skippedNoCustomer += r.stats.skippedNoCustomer;
            imports.push_back({{"id", r.id},
                               {"source", r.sourceName},
                               {"imported_at", r.importedAt},
                               {"lines", r.stats.imported},
                               {"mapping", Json::parse(r.mappingJson)}});
        }
        in.table = store::loadTransactions(doc);
        in.stats.imported = in.table.size();
        // The document's own calibration end, as the window and the report use it, unless the
        // command line gives one.
        if (const auto& end = doc.assessment().customerAnalysis.calibrationEnd;
            end && !options.calibrationEnd) {
            options.calibrationEnd = cu::calibrationEndWithin(
                in.table, static_cast<std::int32_t>(end->time_since_epoch().count()));
            if (options.calibrationEnd)
                fmt::print(stderr,
                           "crmw: {}: the document's calibration end {} applies (give "
                           "--calibration-end to choose another day)\n",
                           dataPath, formatDate(*end));
        }
        in.imports = std::move(imports);
        if (in.table.size() == 0)
            fail(kInvalidInput,
                 fmt::format("{}: the document holds no transaction lines", dataPath));
    } else {
        ReadOutcome read = readCsv(dataPath, mapping, false);
        in.stats = read.result.stats;
        in.mapping = Json::parse(store::transactionMappingJson(read.options));
        in.table = std::move(read.result.table);
    }

    timer.lap("read");
    cu::CustomerAnalysis analysis;
    try {
        analysis = summarized ? cu::analyzeCustomerSummaries(std::move(*summarized), in.table,
                                                             options, holdout ? &*holdout : nullptr)
                              : cu::analyzeCustomers(in.table, options);
        timer.lap("analysis");
    } catch (const std::invalid_argument& e) {
        fail(kUsage, e.what());
    }
    if (!args.jsonOut.empty())
        writeFileAtomically(args.jsonOut, analysisJson(in, analysis, options).dump(2) + "\n");
    if (!args.customersCsv.empty())
        writeFileAtomically(args.customersCsv, customersCsv(in.table, analysis));
    if (args.jsonOut.empty()) printSummary(in, analysis, options);
    timer.lap("output");
    return in.stats.skippedBad > 0 ? kProblemsFound : kOk;
}

std::string checkPeriodOption(const std::string& v) {
    return cu::periodFromKey(v) ? std::string{}
                                : "'" + v + "' is not a period: " + cu::periodKeyList();
}

std::string checkDate(const std::string& v) {
    return dayFromText(v) ? std::string{} : "'" + v + "' is not a date YYYY-MM-DD";
}

}  // namespace

void addAnalyzeCommand(CLI::App& app, CommandAction& action) {
    static MappingArgs mapping;
    static std::string data;
    static AnalyzeArgs args;
    static PostgresArgs pg;
    auto* cmd = app.add_subcommand(
        "analyze",
        "Customer analysis of a CSV export (or of the lines a document holds, or of a "
        "PostgreSQL table): RFM, Pareto, CLV");
    cmd->add_option("DATA", data, "The CSV file, or a .crmw document with imported lines");
    addMappingOptions(cmd, mapping);
    cmd->add_option("--postgres", pg.conninfo,
                    "Read the lines from PostgreSQL instead of DATA (a libpq connection string, "
                    "\"host=... dbname=... user=...\"); the server computes one row per "
                    "customer; give the columns by name")
        ->type_name("CONNINFO");
    cmd->add_option("--table", pg.table, "With --postgres: the table (or view) holding the lines")
        ->type_name("NAME");
    cmd->add_option("--query", pg.query, "With --postgres: a SELECT whose rows are the lines")
        ->type_name("SQL");
    cmd->add_option("--period", args.period,
                    "Model time unit: day, week (days / 7, as the published CDNOW fit), "
                    "calendar-week (Monday-Sunday, lifetimes freq='W') or month (calendar "
                    "months, lifetimes freq='M'); default: the document's setting, else day")
        ->check(checkPeriodOption);
    cmd->add_option("--observation-end", args.observationEnd,
                    "Last day counted (default: the last date)")
        ->type_name("DATE")
        ->check(checkDate);
    cmd->add_option("--calibration-end", args.calibrationEnd,
                    "Also fit on the lines up to DATE and compare its predictions with the rest")
        ->type_name("DATE")
        ->check(checkDate);
    cmd->add_option("--months", args.months,
                    "CLV horizon in months; default: the document's setting, else 12")
        ->check(CLI::Range(kMinHorizonMonths, kMaxHorizonMonths));
    CLI::Option* monthly =
        cmd->add_option("--discount-rate", args.discountRate,
                        "Discount rate of the CLV per month (0.01 = 1% a month); default: the "
                        "document's setting, else 0.01")
            ->check(CLI::Range(0.0, kMaxMonthlyDiscountRate));
    cmd->add_option("--annual-discount-rate", args.annualDiscountRate,
                    "Discount rate of the CLV per year instead (0.1 = 10% a year, applied as "
                    "(1 + R)^(1/12) - 1 a month)")
        ->type_name("R")
        ->check(CLI::Range(0.0, 10.0))
        ->excludes(monthly);
    cmd->add_option("--json", args.jsonOut, "Write the analysis as JSON (- = standard output)")
        ->type_name("OUT");
    cmd->add_option("--customers-csv", args.customersCsv, "Write one row per customer")
        ->type_name("OUT");
    cmd->footer(
        "Exit codes: 0 ok, 1 ok but bad lines were skipped (--on-error skip), 2 wrong "
        "arguments,\n"
        "3 file refused or database unreachable, 4 a bad line with --on-error stop or a "
        "mapping that does not fit (for a database: a query the server refuses), 5 "
        "cannot write.");
    cmd->callback([&action] {
        action = [] { return runCatching([] { return analyze(data, mapping, pg, args); }); };
    });
}

}  // namespace crm::cli::customer_data
