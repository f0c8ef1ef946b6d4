#include "gui/customer_data/csv_preview_model.h"

#include <algorithm>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

CsvPreviewModel::CsvPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void CsvPreviewModel::setPreview(transactions::Preview preview) {
    beginResetModel();
    preview_ = std::move(preview);
    std::size_t columns = preview_.header.size();
    for (const auto& row : preview_.rows) columns = std::max(columns, row.size());
    columns_ = static_cast<int>(columns);
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(preview_.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columns_;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const auto& row = preview_.rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    if (column >= row.size())
        return role == Qt::ToolTipRole ? QVariant(tr("This line has fewer fields")) : QVariant();
    return toQString(row[column]);
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || section < 0) return {};
    if (orientation == Qt::Vertical) {
        if (section >= static_cast<int>(preview_.lines.size())) return {};
        return QString::number(preview_.lines[static_cast<std::size_t>(section)]);
    }
    if (section >= columns_) return {};
    const auto column = static_cast<std::size_t>(section);
    if (column < preview_.header.size() && !preview_.header[column].empty())
        return QStringLiteral("%1: %2").arg(section + 1).arg(toQString(preview_.header[column]));
    return tr("Column %1").arg(section + 1);
}

}  // namespace crm::gui::customer_data
