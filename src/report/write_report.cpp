#include "report/write_report.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "platform/file_system.h"
#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "report/odt/odt_writer.h"

namespace crm::report {

std::string renderText(const ReportData& report, ReportFormat format) {
    switch (format) {
        case ReportFormat::Html:
            return renderHtml(report);
        case ReportFormat::Json:
            return renderJson(report);
        case ReportFormat::Odt:
            return renderOdt(report, OdtOptions{}, nullptr).value_or(std::string{});
        case ReportFormat::Pdf:
            return {};
    }
    return {};
}

bool writeTextFile(const std::string& outPath, const std::string& text, std::string* error) {
    if (const std::error_code ec = platform::writeWholeFile(outPath, text)) {
        if (error)
            *error = "cannot write '" + outPath + "': " +
                     (ec == std::errc::no_such_file_or_directory
                          ? std::string("the folder does not exist")
                          : ec.message());
        return false;
    }
    return true;
}

bool writeTextReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                     const std::string& outPath, Date today, std::string* error) {
    if (format == ReportFormat::Pdf) {
        if (error)
            *error =
                "PDF reports are written by report_pdf (writeReport in "
                "report/pdf/write_pdf_report.h)";
        return false;
    }
    auto report = buildReport(assessment, cycleId, today, error);
    if (!report) return false;
    if (format == ReportFormat::Odt) return writeOdt(*report, outPath, OdtOptions{}, error);
    return writeTextFile(outPath, renderText(*report, format), error);
}

}  // namespace crm::report
