#pragma once
// One standalone HTML file: inline CSS, inline SVG charts, no script, no network.
// Prints well: each section starts on a new page, table headers repeat, charts never split.
#include <string>

#include "report/report_data.h"

namespace crm::report {

std::string renderHtml(const ReportData& report);

}  // namespace crm::report
