#pragma once
// The lines an import left out, by physical line number: bad lines (column, offending text,
// what is wrong) and lines without a customer id (counted, never imported).
#include <QAbstractTableModel>

#include <cstddef>
#include <vector>

#include "engine/transactions/import_result.h"

namespace crm::gui::customer_data {

class LineErrorModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { LineColumn, FieldColumn, TextColumn, ProblemColumn, ColumnCount };

    explicit LineErrorModel(QObject* parent = nullptr);

    // Both lists as the parser returns them (each capped); shown merged in line order.
    void setLines(const std::vector<transactions::LineError>& errors,
                  const std::vector<std::size_t>& noCustomerLines);
    void clear();
    std::size_t lineAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<transactions::LineError> rows_;
};

}  // namespace crm::gui::customer_data
