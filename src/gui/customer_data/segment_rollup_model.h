#pragma once
// The per-segment roll-ups (or per RFM group without a segment column): customers, net value,
// margin, mean lifetime value and the share at churn risk.
#include <QAbstractTableModel>

#include "gui/customer_data/customer_data_snapshot.h"

namespace crm::gui::customer_data {

class SegmentRollupModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        NameColumn,
        CustomersColumn,
        NetValueColumn,
        MarginColumn,
        MarginPctColumn,
        MeanClvColumn,
        ChurnRiskColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit SegmentRollupModel(QObject* parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::optional<double> marginPct(const customers::SegmentRollup& r) const;

    SnapshotPtr snapshot_;
    int rows_ = 0;
};

}  // namespace crm::gui::customer_data
