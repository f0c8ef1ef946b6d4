#pragma once
// The action plan's sheets as CSV (RFC 4180) and as an .xlsx workbook (libxlsxwriter).
#include <string>
#include <string_view>
#include <vector>

#include "report/actions/action_plan.h"

namespace crm::report {

// One CSV field: quoted when it holds a comma, quote, CR or LF. Text starting with = + - @
// (or a tab or CR, which some spreadsheets skip before one of those)
// gets a leading ' so a spreadsheet shows it instead of running it as a formula.
std::string csvField(std::string_view text, bool isText);

// UTF-8, CRLF line ends, the column headers, then one line per row. Amounts as plain decimals
// ("1234.5"), dates as YYYY-MM-DD, numbers in their shortest form.
std::string sheetCsv(const PlanSheet& sheet);

// Both written to OUT.tmp, then renamed. False with *error naming the file.
bool writeSheetCsv(const PlanSheet& sheet, const std::string& outPath, std::string* error);
// One worksheet per sheet, in order; each with typed cells, a bold frozen header, filters,
// column widths and a landscape print layout one page wide. `title` goes in the properties.
bool writeWorkbookXlsx(const std::vector<PlanSheet>& sheets, const std::string& title,
                       const std::string& outPath, std::string* error);

}  // namespace crm::report
