#pragma once
// A table model described by its columns: each column has its header (with an optional tooltip),
// its alignment and a value function per role it answers; a column with an edit function takes
// edits, the others are read-only. A model derived from it supplies its rows and its own column
// table; the base answers rowCount, columnCount, data, headerData, flags and setData.
// RowVectorTableModel keeps the rows too, for a model whose rows are a vector.
//
// Model is the derived class (its state reaches the value functions), Row is what a value
// function gets for a row: a const reference to the model's row, or a cheap handle such as a
// position. The column table is built once (a static of the model) and only read here, so a cell
// costs a table lookup and one call through a plain function pointer.
#include <QAbstractTableModel>

#include <span>
#include <vector>

namespace crm::gui {

template <typename Model, typename Row>
struct TableColumn {
    using Value = QVariant (*)(const Model& model, Row row);

    const char* header = nullptr;  // QT_TR_NOOP text, translated in the model's context
    // The header when it depends on the model's state (a cycle's name, a horizon); else `header`.
    QString (*headerOf)(const Model& model) = nullptr;
    const char* headerToolTip = nullptr;  // QT_TR_NOOP text
    Qt::Alignment alignment = {};         // none: the view's default

    // A role whose function is absent here goes to the model's extraData.
    Value display = nullptr;
    Value toolTip = nullptr;
    Value sortKey = nullptr;  // under the model's sort-key role (a number or a plain text)
    Value foreground = nullptr;
    Value background = nullptr;
    Value font = nullptr;

    // An editable column: the edit (true when taken), and which rows take one (absent: all).
    bool (*edit)(Model& model, Row row, const QVariant& value) = nullptr;
    bool (*editable)(const Model& model, Row row) = nullptr;
};

template <typename Model, typename Row>
class ColumnTableModel : public QAbstractTableModel {
  public:
    using ColumnSpec = TableColumn<Model, Row>;
    using ColumnTable = std::span<const ColumnSpec>;

    int rowCount(const QModelIndex& parent = {}) const final {
        return parent.isValid() ? 0 : numberOfRows();
    }
    int columnCount(const QModelIndex& parent = {}) const final {
        return parent.isValid() ? 0 : static_cast<int>(columns_.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex& index) const final;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) final;

  protected:
    // `columns` must outlive the model (a function-local static of the model).
    ColumnTableModel(ColumnTable columns, QObject* parent, int sortKeyRole = Qt::UserRole)
        : QAbstractTableModel(parent), columns_(columns), sortKeyRole_(sortKeyRole) {}

    virtual int numberOfRows() const = 0;
    virtual Row rowAt(int row) const = 0;  // row is in [0, numberOfRows())
    // The roles the column table does not answer: the model's own roles and those that are the
    // same in every column. Nothing by default.
    virtual QVariant extraData(Row /*row*/, int /*column*/, int /*role*/) const { return {}; }
    // What a row shows in a column (DisplayRole), e.g. as the edit text or in a message.
    QVariant displayValue(Row row, int column) const {
        const ColumnSpec& spec = columns_[static_cast<std::size_t>(column)];
        return spec.display ? spec.display(model(), row) : QVariant();
    }

  private:
    const Model& model() const { return static_cast<const Model&>(*this); }
    // Views ask about the invalid index (no cell) as a matter of course: only an index of
    // another model or out of range is worth checkIndex's warning.
    bool isCell(const QModelIndex& index) const {
        return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid |
                                                        CheckIndexOption::ParentIsInvalid);
    }
    bool isEditable(const ColumnSpec& column, int row) const {
        return column.edit && (!column.editable || column.editable(model(), rowAt(row)));
    }

    ColumnTable columns_;
    int sortKeyRole_;
};

template <typename Model, typename Row>
QVariant ColumnTableModel<Model, Row>::data(const QModelIndex& index, int role) const {
    if (!isCell(index)) return {};
    const ColumnSpec& column = columns_[static_cast<std::size_t>(index.column())];
    Row row = rowAt(index.row());
    typename ColumnSpec::Value value = nullptr;
    switch (role) {
        case Qt::DisplayRole:
            value = column.display;
            break;
        case Qt::TextAlignmentRole:
            if (column.alignment) return QVariant::fromValue(column.alignment);
            break;
        case Qt::ToolTipRole:
            value = column.toolTip;
            break;
        case Qt::ForegroundRole:
            value = column.foreground;
            break;
        case Qt::BackgroundRole:
            value = column.background;
            break;
        case Qt::FontRole:
            value = column.font;
            break;
        default:
            if (role == sortKeyRole_) value = column.sortKey;
    }
    return value ? value(model(), row) : extraData(row, index.column(), role);
}

template <typename Model, typename Row>
QVariant ColumnTableModel<Model, Row>::headerData(int section, Qt::Orientation orientation,
                                                  int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
    const ColumnSpec& column = columns_[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole)
        return column.headerOf ? column.headerOf(model())
                               : metaObject()->tr(column.header, nullptr);
    if (role == Qt::ToolTipRole && column.headerToolTip)
        return metaObject()->tr(column.headerToolTip, nullptr);
    return {};
}

template <typename Model, typename Row>
Qt::ItemFlags ColumnTableModel<Model, Row>::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isCell(index) &&
        isEditable(columns_[static_cast<std::size_t>(index.column())], index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

template <typename Model, typename Row>
bool ColumnTableModel<Model, Row>::setData(const QModelIndex& index, const QVariant& value,
                                           int role) {
    if (role != Qt::EditRole || !isCell(index)) return false;
    const ColumnSpec& column = columns_[static_cast<std::size_t>(index.column())];
    return isEditable(column, index.row()) &&
           column.edit(static_cast<Model&>(*this), rowAt(index.row()), value);
}

// The rows are a vector this base keeps: a row reaches the value functions as `const T&`.
template <typename Model, typename T>
class RowVectorTableModel : public ColumnTableModel<Model, const T&> {
  protected:
    using ColumnTableModel<Model, const T&>::ColumnTableModel;

    const std::vector<T>& rows() const { return rows_; }
    const T& row(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    // Other rows: the views start over (selection and current cell are lost).
    void setRows(std::vector<T> rows) {
        this->beginResetModel();
        rows_ = std::move(rows);
        this->endResetModel();
    }
    // New values of the same rows (same count, same items): the views keep their current cell.
    void updateRows(std::vector<T> rows) {
        rows_ = std::move(rows);
        if (rows_.empty()) return;
        emit this->dataChanged(this->index(0, 0),
                               this->index(this->rowCount() - 1, this->columnCount() - 1));
    }

  private:
    int numberOfRows() const final { return static_cast<int>(rows_.size()); }
    const T& rowAt(int row) const final { return this->row(row); }

    std::vector<T> rows_;
};

}  // namespace crm::gui
