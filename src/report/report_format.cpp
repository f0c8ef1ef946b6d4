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
    }
    return "pdf";
}

std::string_view paperSizeName(PaperSize paper) {
    return paper == PaperSize::Letter ? "letter" : "a4";
}

}  // namespace crm::report
