#pragma once
// One standalone HTML file: inline CSS, inline SVG charts, no script, no network.
// Prints well: each section starts on a new page, table headers repeat, charts never split.
#include <string>
#include <string_view>

#include "report/report_data.h"

namespace crm::report {

std::string renderHtml(const ReportData& report);

// Escapes text for HTML element content and attribute values (& < > " ').
std::string escapeHtml(std::string_view text);

}  // namespace crm::report
