#pragma once
// The action plan as CSV (RFC 4180) and as an .xlsx workbook (libxlsxwriter).
#include <string>
#include <string_view>
#include <vector>

#include "report/actions/action_plan.h"

namespace crm::report {

// One CSV field: quoted when it holds a comma, quote, CR or LF. Text starting with = + - @
// (or a tab or CR, which some spreadsheets skip before one of those)
// gets a leading ' so a spreadsheet shows it instead of running it as a formula.
std::string csvField(std::string_view text, bool isText);

// UTF-8, CRLF line ends, a header line, then one line per row. Amounts as plain decimals
// ("1234.5"), dates as YYYY-MM-DD.
std::string actionPlanCsv(const std::vector<ActionRow>& rows);

// Both written to OUT.tmp, then renamed. False with *error naming the file.
bool writeActionPlanCsv(const std::vector<ActionRow>& rows, const std::string& outPath,
                        std::string* error);
// Sheet "Actions", then moreSheets (e.g. trackingSheets()); each with typed cells, a bold
// frozen header, filters and column widths.
bool writeActionPlanXlsx(const std::vector<ActionRow>& rows,
                         const std::vector<PlanSheet>& moreSheets, const std::string& sheetTitle,
                         const std::string& outPath, std::string* error);

}  // namespace crm::report
