#pragma once
// The formats and paper sizes a report can be written in, with the names the CLI accepts.
#include <optional>
#include <string_view>

namespace crm::report {

enum class ReportFormat { Pdf, Html, Json };
enum class PaperSize { A4, Letter };

std::optional<ReportFormat> reportFormatFromName(std::string_view name);  // "pdf", "html", "json"
std::optional<PaperSize> paperSizeFromName(std::string_view name);        // "a4", "letter"
std::string_view reportFormatName(ReportFormat format);
std::string_view paperSizeName(PaperSize paper);

}  // namespace crm::report
