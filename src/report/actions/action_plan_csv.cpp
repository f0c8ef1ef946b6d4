#include "report/actions/action_plan_files.h"

#include <charconv>

#include "report/write_report.h"

namespace crm::report {
namespace {

constexpr auto npos = std::string::npos;

std::string cellText(const ActionCell& cell, bool* isText) {
    *isText = false;
    if (const auto* text = std::get_if<std::string>(&cell)) {
        *isText = true;
        return *text;
    }
    if (const auto* money = std::get_if<Money>(&cell)) return formatMoney(*money);
    if (const auto* day = std::get_if<Date>(&cell)) return formatDate(*day);
    if (const auto* number = std::get_if<double>(&cell)) {
        char text[32];
        const auto result = std::to_chars(text, text + sizeof text, *number);  // shortest form
        return std::string(text, result.ptr);
    }
    return {};
}

}  // namespace

std::string csvField(std::string_view text, bool isText) {
    std::string value(text);
    // OWASP's CSV injection advice: a quote mark makes the cell plain text in Excel and Calc.
    if (isText && !value.empty() && std::string_view("=+-@\t\r").find(value[0]) != npos)
        value.insert(0, 1, '\'');
    if (value.find_first_of(",\"\r\n") == npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string sheetCsv(const PlanSheet& sheet) {
    std::string out;
    for (std::size_t i = 0; i < sheet.columns.size(); ++i)
        out += (i ? "," : "") + csvField(sheet.columns[i].header, true);
    out += "\r\n";
    for (const auto& row : sheet.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            bool isText = false;
            const std::string text = cellText(row[i], &isText);
            out += (i ? "," : "") + csvField(text, isText);
        }
        out += "\r\n";
    }
    return out;
}

bool writeSheetCsv(const PlanSheet& sheet, const std::string& outPath, std::string* error) {
    return writeTextFile(outPath, sheetCsv(sheet), error);
}

}  // namespace crm::report
