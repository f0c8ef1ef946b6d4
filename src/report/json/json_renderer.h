#pragma once
// The report model as JSON (nlohmann, keys in a fixed order). Documented in
// docs/file-format.md, section "Report JSON". Charts appear as their data, not as SVG.
#include <string>

#include "report/report_data.h"

namespace crm::report {

inline constexpr int kReportJsonVersion = 1;

std::string renderJson(const ReportData& report);

}  // namespace crm::report
