#include "report/pdf/report_command.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "engine/reset/cycle_comparison.h"
#include "report/pdf/write_pdf_report.h"
#include "report/report_format.h"

namespace crm::report {

CLI::App* addReportCommand(CLI::App& app, ReportCommandOptions& options) {
    CLI::App* cmd =
        app.add_subcommand("report", "Write the strategy report of a cycle as PDF, HTML or JSON");
    cmd->add_option("file", options.inputPath, "Assessment file (.crmw)")->required();
    cmd->add_option("--format,-f", options.format,
                    "pdf, html, json or odt (default: from the output's extension)");
    cmd->add_option("--cycle,-c", options.cycleId, "Cycle id or name (default: the current cycle)");
    cmd->add_option("--paper", options.paper, "a4 or letter (PDF only)")->default_val("a4");
    cmd->add_option("--date", options.date, "Report date YYYY-MM-DD (default: today)");
    cmd->add_option("--output,-o", options.outputPath, "Where to write the report")->required();
    return cmd;
}

int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     std::ostream& out, std::ostream& err) {
    return runReportCommand(options, load, TransactionLoader{}, out, err);
}

int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     const TransactionLoader& loadTransactions, std::ostream& out,
                     std::ostream& err) {
    std::string formatName = options.format;
    if (formatName.empty()) {
        std::string extension = std::filesystem::path(options.outputPath).extension().string();
        formatName = extension.empty() ? "pdf" : extension.substr(1);
    }
    auto format = reportFormatFromName(formatName);
    if (!format) {
        err << "crmw report: unknown format '" << formatName
            << "' (expected pdf, html, json or odt)\n";
        return kReportUsage;
    }
    auto paper = paperSizeFromName(options.paper);
    if (!paper) {
        err << "crmw report: unknown paper size '" << options.paper
            << "' (expected a4 or letter)\n";
        return kReportUsage;
    }
    Date today = date::floor<date::days>(std::chrono::system_clock::now());
    if (!options.date.empty()) {
        auto parsed = parseIsoDate(options.date);
        if (!parsed) {
            err << "crmw report: --date '" << options.date
                << "' is not a day in the form YYYY-MM-DD\n";
            return kReportUsage;
        }
        today = *parsed;
    }
    std::string error;
    auto assessment = load(options.inputPath, &error);
    if (!assessment) {
        err << "crmw report: " << options.inputPath << ": " << error << "\n";
        return kReportFileRefused;
    }
    const Cycle* cycle = options.cycleId.empty()
                             ? assessment->currentCycle()
                             : reset::findCycleByIdOrName(*assessment, options.cycleId);
    if (!cycle) {
        err << "crmw report: --cycle '" << options.cycleId << "': no such cycle\n";
        return kReportUsage;
    }
    std::optional<CustomerReportData> customerData;
    if (loadTransactions) {
        try {
            customerData =
                analyzeForReport(loadTransactions(options.inputPath), assessment->profile);
        } catch (const std::invalid_argument& e) {
            // Lines the analysis refuses should not cost the facilitator the whole report.
            err << "crmw report: " << options.inputPath
                << ": customer data left out of the report: " << e.what() << "\n";
        }
    }
    if (!writeReport(*assessment, cycle->id, *format, *paper, options.outputPath, today,
                     customerData ? &*customerData : nullptr, &error)) {
        err << "crmw report: " << error << "\n";
        return kReportFailed;
    }
    out << options.outputPath << "\n";
    return kReportOk;
}

}  // namespace crm::report
