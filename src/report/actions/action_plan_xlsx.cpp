#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "platform/file_system.h"
#include "report/actions/action_plan_files.h"

namespace crm::report {
namespace {

lxw_datetime toExcelDate(Date day) {
    const date::year_month_day ymd{day};
    return lxw_datetime{static_cast<int>(ymd.year()),
                        static_cast<int>(unsigned(ymd.month())),
                        static_cast<int>(unsigned(ymd.day())),
                        0,
                        0,
                        0.0};
}

struct Formats {
    lxw_format* header;
    lxw_format* text;
    lxw_format* wrapped;
    lxw_format* day;
    lxw_format* money;
    lxw_format* number;
};

Formats makeFormats(lxw_workbook* book) {
    Formats f{};
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDCE6F0);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = workbook_add_format(book);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrapped = workbook_add_format(book);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    f.day = workbook_add_format(book);
    format_set_num_format(f.day, "yyyy-mm-dd");
    format_set_align(f.day, LXW_ALIGN_VERTICAL_TOP);
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0.00");
    format_set_align(f.money, LXW_ALIGN_VERTICAL_TOP);
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "General");
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

lxw_format* columnFormat(const Formats& f, ActionColumnType type) {
    switch (type) {
        case ActionColumnType::LongText:
            return f.wrapped;
        case ActionColumnType::Date:
            return f.day;
        case ActionColumnType::Money:
            return f.money;
        case ActionColumnType::Number:
            return f.number;
        case ActionColumnType::Text:
            return f.text;
    }
    return f.text;
}

void writeCell(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const ActionCell& cell,
               lxw_format* format) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        // A string cell is never evaluated, so text like "=SUM(...)" stays text here.
        worksheet_write_string(sheet, r, c, text->c_str(), format);
    } else if (const auto* money = std::get_if<Money>(&cell)) {
        worksheet_write_number(sheet, r, c, money->toDouble(), format);
    } else if (const auto* day = std::get_if<Date>(&cell)) {
        lxw_datetime when = toExcelDate(*day);
        worksheet_write_datetime(sheet, r, c, &when, format);
    } else if (const auto* number = std::get_if<double>(&cell)) {
        worksheet_write_number(sheet, r, c, *number, format);
    }
}

constexpr double kLinePoints = 15.0;  // the default row height of an 11 pt font

std::size_t codePoints(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Lines a wrapped text takes in a column `width` characters wide, counted generously; bold text
// fits fewer characters (charsPerWidth).
double wrappedLines(std::string_view text, double width, double charsPerWidth = 1.1) {
    double lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const double chars = static_cast<double>(codePoints(text.substr(start, end - start)));
        lines += std::max(1.0, std::ceil(chars / std::max(width * charsPerWidth, 1.0)));
        start = end + 1;
    }
    return lines;
}

// Neither Excel nor Calc reliably grows a row to its wrapped text when opening a file written by
// a library, so rows are given the height their longest wrapped cell needs.
void fitRowHeight(lxw_worksheet* sheet, lxw_row_t r, const std::vector<ActionColumn>& columns,
                  const std::vector<ActionCell>& row) {
    double lines = 1;
    for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c)
        if (const auto* text = std::get_if<std::string>(&row[c]);
            text && columns[c].type == ActionColumnType::LongText)
            lines = std::max(lines, wrappedLines(*text, columns[c].width));
    if (lines > 1) worksheet_set_row(sheet, r, std::min(lines, 27.0) * kLinePoints, nullptr);
}

// Bold frozen header, filters over the table, widths and formats per column.
void writeSheet(lxw_workbook* book, const Formats& formats, const PlanSheet& table) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.name.c_str());
    if (!sheet || table.columns.empty()) return;  // a name Excel refuses: leave the sheet out
    const auto& columns = table.columns;
    double headerLines = 1;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        headerLines = std::max(headerLines, wrappedLines(columns[c].header, columns[c].width, 0.9));
        worksheet_set_column(sheet, col, col, columns[c].width,
                             columnFormat(formats, columns[c].type));
        worksheet_write_string(sheet, 0, col, std::string(columns[c].header).c_str(),
                               formats.header);
    }
    if (headerLines > 1) worksheet_set_row(sheet, 0, headerLines * kLinePoints, nullptr);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        fitRowHeight(sheet, row, columns, table.rows[r]);
        for (std::size_t c = 0; c < table.rows[r].size() && c < columns.size(); ++c)
            writeCell(sheet, row, static_cast<lxw_col_t>(c), table.rows[r][c],
                      columnFormat(formats, columns[c].type));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    // Printed, a plan is read across: landscape, all columns on one page wide, header repeated.
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(columns.size() - 1));
}

}  // namespace

bool writeWorkbookXlsx(const std::vector<PlanSheet>& sheets, const std::string& title,
                       const std::string& outPath, std::string* error) {
    const std::string temporary = outPath + ".tmp";
    lxw_workbook* book = workbook_new(temporary.c_str());
    if (!book) {
        if (error) *error = "cannot write '" + outPath + "': cannot start the workbook";
        return false;
    }
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.c_str());
    properties.comments = const_cast<char*>("Action plan exported by CRM Strategy Workbench");
    workbook_set_properties(book, &properties);

    const Formats formats = makeFormats(book);
    for (const auto& sheet : sheets) writeSheet(book, formats, sheet);

    const lxw_error status = workbook_close(book);
    std::error_code ec;
    if (status == LXW_NO_ERROR) ec = platform::replaceFile(temporary, outPath);
    if (status != LXW_NO_ERROR || ec) {
        std::remove(temporary.c_str());
        if (error)
            *error = "cannot write '" + outPath +
                     "': " + (ec ? ec.message() : std::string(lxw_strerror(status)));
        return false;
    }
    return true;
}

}  // namespace crm::report
