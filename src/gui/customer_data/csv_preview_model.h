#pragma once
// The first rows of the chosen file as the import will split them: one column per field,
// the header (or "Column n") on top and the physical line number on the left.
#include <QAbstractTableModel>

#include "engine/transactions/format_detection.h"

namespace crm::gui::customer_data {

class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit CsvPreviewModel(QObject* parent = nullptr);

    void setPreview(transactions::Preview preview);
    const transactions::Preview& preview() const { return preview_; }
    int fieldCount() const { return columns_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    transactions::Preview preview_;
    int columns_ = 0;
};

}  // namespace crm::gui::customer_data
