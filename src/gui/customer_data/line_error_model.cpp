#include "gui/customer_data/line_error_model.h"

#include <algorithm>
#include <iterator>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

LineErrorModel::LineErrorModel(QObject* parent) : RowVectorTableModel(columnTable(), parent) {}

LineErrorModel::ColumnTable LineErrorModel::columnTable() {
    using M = LineErrorModel;
    using Line = const transactions::LineError&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Line"),
         .alignment = Qt::AlignRight | Qt::AlignVCenter,
         .display = [](const M&, Line e) -> QVariant { return static_cast<qulonglong>(e.line); }},
        {.header = QT_TR_NOOP("Column"),
         .display = [](const M&, Line e) -> QVariant {
             if (e.columnNumber == 0)
                 return e.column.empty() ? tr("whole line") : toQString(e.column);
             return e.column.empty()
                        ? QString::number(e.columnNumber)
                        : QStringLiteral("%1 (%2)").arg(toQString(e.column)).arg(e.columnNumber);
         }},
        {.header = QT_TR_NOOP("Text"),
         .display = [](const M&, Line e) -> QVariant { return toQString(e.text); }},
        {.header = QT_TR_NOOP("Problem"),
         .display = [](const M&, Line e) -> QVariant { return toQString(e.message); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void LineErrorModel::setLines(const std::vector<transactions::LineError>& errors,
                              const std::vector<std::size_t>& noCustomerLines) {
    std::vector<transactions::LineError> rows = errors;
    for (std::size_t line : noCustomerLines) {
        transactions::LineError e;
        e.line = line;
        e.column = tr("customer id").toStdString();
        e.message = tr("no customer id: counted, not imported").toStdString();
        rows.push_back(std::move(e));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const transactions::LineError& a, const transactions::LineError& b) {
                         return a.line < b.line;
                     });
    setRows(std::move(rows));
}

void LineErrorModel::clear() { setRows({}); }

std::size_t LineErrorModel::lineAt(int row) const {
    return row >= 0 && row < rowCount() ? this->row(row).line : 0;
}

QVariant LineErrorModel::extraData(const transactions::LineError& e, int, int role) const {
    return role == Qt::ToolTipRole ? QVariant(toQString(e.describe())) : QVariant();
}

}  // namespace crm::gui::customer_data
