#include "gui/customer_data/line_error_model.h"

#include <algorithm>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

LineErrorModel::LineErrorModel(QObject* parent) : QAbstractTableModel(parent) {}

void LineErrorModel::setLines(const std::vector<transactions::LineError>& errors,
                              const std::vector<std::size_t>& noCustomerLines) {
    beginResetModel();
    rows_ = errors;
    for (std::size_t line : noCustomerLines) {
        transactions::LineError e;
        e.line = line;
        e.column = tr("customer id").toStdString();
        e.message = tr("no customer id: counted, not imported").toStdString();
        rows_.push_back(std::move(e));
    }
    std::stable_sort(rows_.begin(), rows_.end(),
                     [](const transactions::LineError& a, const transactions::LineError& b) {
                         return a.line < b.line;
                     });
    endResetModel();
}

void LineErrorModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

std::size_t LineErrorModel::lineAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].line : 0;
}

int LineErrorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LineErrorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineErrorModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const transactions::LineError& e = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) return toQString(e.describe());
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case LineColumn:
            return static_cast<qulonglong>(e.line);
        case FieldColumn:
            if (e.columnNumber == 0)
                return e.column.empty() ? tr("whole line") : toQString(e.column);
            return e.column.empty()
                       ? QString::number(e.columnNumber)
                       : QStringLiteral("%1 (%2)").arg(toQString(e.column)).arg(e.columnNumber);
        case TextColumn:
            return toQString(e.text);
        case ProblemColumn:
            return toQString(e.message);
        default:
            return {};
    }
}

QVariant LineErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case LineColumn:
            return tr("Line");
        case FieldColumn:
            return tr("Column");
        case TextColumn:
            return tr("Text");
        case ProblemColumn:
            return tr("Problem");
        default:
            return {};
    }
}

}  // namespace crm::gui::customer_data
