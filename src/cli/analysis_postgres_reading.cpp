#include "cli/analysis_postgres_reading.h"

#include <fmt/format.h>

#include <stdexcept>

#include "cli/customer_output_helpers.h"
#include "cli/exit_codes.h"
#include "database/postgres_connection.h"
#include "database/postgres_customer_summaries.h"

namespace crm::cli::customer_data {

namespace db = crm::database;

void checkPostgresArgs(const PostgresArgs& pg, const MappingArgs& m,
                       const customers::AnalysisOptions& /*options*/) {
    if (pg.conninfo.empty())
        fail(kUsage, "--table and --query read from a database: give --postgres CONNINFO too");
    if (pg.table.empty() == pg.query.empty())
        fail(kUsage, "--postgres needs either --table NAME or --query SQL");
    const std::pair<bool, const char*> csvOnly[] = {{!m.delimiter.empty(), "--delimiter"},
                                                    {m.noHeader, "--no-header"},
                                                    {m.decimalComma, "--decimal-comma"},
                                                    {!m.dateFormat.empty(), "--date-format"}};
    for (const auto& [given, option] : csvOnly)
        if (given) fail(kUsage, fmt::format("{} cannot be used with --postgres", option));
    if (m.customer.empty() || m.date.empty() ||
        (m.amount.empty() && (m.quantity.empty() || m.unitPrice.empty())))
        fail(kUsage,
             "--postgres needs the column names: --customer COL --date COL and --amount COL "
             "(or --quantity COL --unit-price COL)");
    if (!m.amount.empty() && !m.unitPrice.empty())
        fail(kUsage, "give either --amount or --quantity with --unit-price, not both");
    if (!m.cost.empty() && !m.margin.empty())
        fail(kUsage, "give either --cost or --margin, not both");
}

customers::CustomerAnalysis readPostgresSummaries(
    const PostgresArgs& pg, const MappingArgs& m, const customers::AnalysisOptions& options,
    AnalysisInput& in, std::optional<customers::HoldoutInputs>& holdout) {
    db::SummaryRequest request;
    request.conninfo = pg.conninfo;
    request.source = {pg.table, pg.query};
    request.columns = {m.customer,  m.date, m.amount, m.quantity,
                       m.unitPrice, m.cost, m.margin, m.segment};
    request.period = options.period;
    request.observationEnd = options.observationEnd;
    request.calibrationEnd = options.calibrationEnd;
    db::DatabaseSummaries fetched;
    try {
        fetched = db::fetchCustomerSummaries(request);
    } catch (const db::DatabaseError& e) {
        if (e.kind() == db::DatabaseErrorKind::Connection)
            fail(kFileRefused, fmt::format("cannot connect to the database: {}", e.what()));
        fail(kInvalidInput,
             fmt::format("the database did not compute the customer summary: {}", e.what()));
    } catch (const std::invalid_argument& e) {
        fail(kUsage, e.what());
    }
    const std::string what = pg.table.empty() ? "the query" : "table " + pg.table;
    in.source = fmt::format("{}, {}", fetched.description, what);

    Json mapping = {{"customer", m.customer}, {"date", m.date}};
    const std::pair<const char*, const std::string*> optional[] = {
        {"amount", &m.amount}, {"quantity", &m.quantity}, {"unit_price", &m.unitPrice},
        {"cost", &m.cost},     {"margin", &m.margin},     {"segment", &m.segment}};
    for (const auto& [key, value] : optional)
        if (!value->empty()) mapping[key] = *value;
    in.mapping = {
        {"postgres", pg.table.empty() ? Json{{"query", pg.query}} : Json{{"table", pg.table}}},
        {"columns", std::move(mapping)}};

    in.stats.rowsRead = fetched.rowsRead;
    in.stats.imported = fetched.goodLines;
    in.stats.skippedBad = fetched.badLines;
    in.stats.skippedNoCustomer = fetched.noCustomerLines;
    if (fetched.badLines > 0) {
        const std::string lines = plural(fetched.badLines, "line lacks", "lines lack");
        if (m.onError != "skip")
            fail(kInvalidInput,
                 fmt::format("{}: {} a date, an amount, a quantity or a cost; nothing was "
                             "analysed (--on-error skip leaves such lines out)",
                             in.source, lines));
        fmt::print(stderr, "crmw: {}: {} a date, an amount, a quantity or a cost: skipped\n",
                   in.source, lines);
    }
    if (fetched.noCustomerLines > 0)
        fmt::print(stderr, "crmw: {}: {} without a customer id not analysed\n", in.source,
                   plural(fetched.noCustomerLines, "line", "lines"));
    if (fetched.goodLines == 0)
        fail(kInvalidInput, fmt::format("{}: no transaction lines to read", in.source));

    in.table = std::move(fetched.dictionaries);
    holdout = std::move(fetched.holdout);
    customers::CustomerAnalysis partial;
    partial.summaries = std::move(fetched.summaries);
    partial.firstDay = fetched.firstDay;
    partial.lastDay = fetched.lastDay;
    return partial;
}

}  // namespace crm::cli::customer_data
