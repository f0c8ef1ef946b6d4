#pragma once
// The formats and paper sizes a report can be written in, with the names the CLI accepts.
#include <optional>
#include <string_view>
#include <vector>

namespace crm::report {

enum class ReportFormat { Pdf, Html, Json, Odt };
enum class PaperSize { A4, Letter };

// "pdf", "html", "json", "odt" (any case; "htm" too).
std::optional<ReportFormat> reportFormatFromName(std::string_view name);
std::optional<PaperSize> paperSizeFromName(std::string_view name);  // "a4", "letter"
std::string_view reportFormatName(ReportFormat format);
std::string_view paperSizeName(PaperSize paper);

struct ReportFormatInfo {
    ReportFormat format;
    std::string_view name;         // "odt", as the CLI takes it
    std::string_view extension;    // ".odt"
    std::string_view description;  // for an export dialog's list
};
// Every format a report can be written in, in the order a dialog should offer them.
const std::vector<ReportFormatInfo>& reportFormats();

}  // namespace crm::report
