// crmw report: the strategy report of a cycle as PDF, HTML, JSON or ODT.
#include "cli/report_command.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>

#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "report/pdf/write_pdf_report.h"
#include "report/report_format.h"
#include "report/report_sections.h"
#include "store/document.h"
#include "store/transactions_store.h"

namespace crm::cli {

void addReportCommand(CLI::App& app, CommandAction& action) {
    static ReportCommandOptions options;
    CLI::App* cmd =
        app.add_subcommand("report", "Write the strategy report of a cycle as PDF, HTML or JSON");
    cmd->add_option("file", options.inputPath, "Assessment file (.crmw)")->required();
    cmd->add_option("--format,-f", options.format,
                    "pdf, html, json or odt (default: from the output's extension)");
    cmd->add_option("--cycle,-c", options.cycleId, "Cycle id or name (default: the current cycle)");
    cmd->add_option("--paper", options.paper, "a4 or letter (PDF only)")->default_val("a4");
    cmd->add_option("--date", options.date, "Report date YYYY-MM-DD (default: today)");
    cmd->add_option("--output,-o", options.outputPath, "Where to write the report")->required();
    cmd->add_flag("--brief", options.brief,
                  "The two-page executive brief instead of the full report (PDF or HTML)");
    std::string sectionKeys;
    for (const auto& c : report::reportSectionChoices())
        sectionKeys += (sectionKeys.empty() ? "" : ", ") + std::string(c.key);
    cmd->add_option("--sections", options.sections,
                    "Comma-separated sections to put in the full report, or all (the title page, "
                    "contents and summary are always in): " +
                        sectionKeys + ". Default: the sections chosen in the document");
    cmd->add_option("--language", options.language,
                    "The language the report is written in: " + languageList() +
                        " (default: the document's language)")
        ->type_name("CODE");
    cmd->callback([&action] {
        action = [] {
            // One snapshot of the document for the assessment and its transaction lines: the
            // report sees one committed state, also while the window has the file open.
            std::optional<store::Document> doc;
            auto snapshot = [&doc](const std::string& path) -> store::Document& {
                if (!doc) doc.emplace(readDocument(path));  // StoreError: exit code in main
                return *doc;
            };
            auto load = [&](const std::string& path, std::string*) -> std::optional<Assessment> {
                return snapshot(path).assessment();
            };
            auto loadLines = [&](const std::string& path) {
                return store::loadTransactions(snapshot(path));
            };
            return runReportCommand(options, load, loadLines, std::cout, std::cerr);
        };
    });
}

int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     const TransactionLoader& loadTransactions, std::ostream& out,
                     std::ostream& err) {
    std::string formatName = options.format;
    if (formatName.empty()) {
        std::string extension = std::filesystem::path(options.outputPath).extension().string();
        formatName = extension.empty() ? "pdf" : extension.substr(1);
    }
    auto format = report::reportFormatFromName(formatName);
    if (!format) {
        err << "crmw report: unknown format '" << formatName
            << "' (expected pdf, html, json or odt)\n";
        return kUsage;
    }
    auto paper = report::paperSizeFromName(options.paper);
    if (!paper) {
        err << "crmw report: unknown paper size '" << options.paper
            << "' (expected a4 or letter)\n";
        return kUsage;
    }
    Date today = date::floor<date::days>(std::chrono::system_clock::now());
    if (!options.date.empty()) {
        auto parsed = parseIsoDate(options.date);
        if (!parsed) {
            err << "crmw report: --date '" << options.date
                << "' is not a day in the form YYYY-MM-DD\n";
            return kUsage;
        }
        today = *parsed;
    }
    std::string error;
    auto assessment = load(options.inputPath, &error);
    if (!assessment) {
        err << "crmw report: " << options.inputPath << ": " << error << "\n";
        return kFileRefused;
    }
    if (!options.sections.empty()) {
        auto leftOut = report::sectionsLeftOutFromList(options.sections, &error);
        if (!leftOut) {
            err << "crmw report: --sections: " << error << "\n";
            return kUsage;
        }
        assessment->reportSectionsLeftOut = std::move(*leftOut);  // this report only
    }
    if (!options.language.empty()) {
        if (!isDocumentLanguage(options.language)) {
            err << "crmw report: --language: '" << options.language
                << "' is not a language the report is written in: " << languageList() << "\n";
            return kUsage;
        }
        assessment->language = options.language;  // this report only
    }
    const Cycle* cycle = nullptr;
    try {
        cycle = &cycleArgument(*assessment, options.cycleId, "--cycle");
    } catch (const CommandError& e) {
        err << "crmw report: " << e.what() << "\n";
        return e.code();
    }
    std::optional<report::CustomerReportData> customerData;
    if (loadTransactions) {
        try {
            customerData =
                report::analyzeForReport(loadTransactions(options.inputPath), assessment->profile,
                                         assessment->customerAnalysis);
        } catch (const std::invalid_argument& e) {
            // Lines the analysis refuses should not cost the facilitator the whole report.
            err << "crmw report: " << options.inputPath
                << ": customer data left out of the report: " << e.what() << "\n";
        }
    }
    if (!report::writeReport(*assessment, cycle->id, *format, *paper, options.outputPath, today,
                             customerData ? &*customerData : nullptr,
                             options.brief ? report::ReportKind::Brief : report::ReportKind::Full,
                             &error)) {
        err << "crmw report: " << error << "\n";
        return kFailed;
    }
    out << options.outputPath << "\n";
    return kOk;
}

}  // namespace crm::cli
