#include "report/report_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace crm::report {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::optional<ReportFormat> reportFormatFromName(std::string_view name) {
    auto n = lower(name);
    if (n == "pdf") return ReportFormat::Pdf;
    if (n == "html" || n == "htm") return ReportFormat::Html;
    if (n == "json") return ReportFormat::Json;
    if (n == "odt") return ReportFormat::Odt;
    return std::nullopt;
}

std::optional<PaperSize> paperSizeFromName(std::string_view name) {
    auto n = lower(name);
    if (n == "a4") return PaperSize::A4;
    if (n == "letter") return PaperSize::Letter;
    return std::nullopt;
}

std::string_view reportFormatName(ReportFormat format) {
    switch (format) {
        case ReportFormat::Pdf:
            return "pdf";
        case ReportFormat::Html:
            return "html";
        case ReportFormat::Json:
            return "json";
        case ReportFormat::Odt:
            return "odt";
    }
    return "pdf";
}

std::string_view paperSizeName(PaperSize paper) {
    return paper == PaperSize::Letter ? "letter" : "a4";
}

const std::vector<ReportFormatInfo>& reportFormats() {
    static const std::vector<ReportFormatInfo> formats{
        {ReportFormat::Pdf, "pdf", ".pdf", "PDF document, ready to print or send"},
        {ReportFormat::Odt, "odt", ".odt",
         "OpenDocument text, to edit in a word processor (LibreOffice, Word)"},
        {ReportFormat::Html, "html", ".html", "Web page with charts, opens in any browser"},
        {ReportFormat::Json, "json", ".json", "JSON data, for other programs"},
    };
    return formats;
}

}  // namespace crm::report
