#pragma once
// The per-segment roll-ups (or per RFM group without a segment column): customers, net value,
// margin, mean lifetime value and the share at churn risk.
#include "gui/common/column_table_model.h"
#include "gui/customer_data/customer_data_snapshot.h"

namespace crm::gui::customer_data {

class SegmentRollupModel
    : public ColumnTableModel<SegmentRollupModel, const customers::SegmentRollup&> {
    Q_OBJECT
  public:
    enum Column {
        NameColumn,
        CustomersColumn,
        NetValueColumn,
        MarginColumn,
        MarginPctColumn,
        MeanClvColumn,
        MeanProbabilityAliveColumn,
        ChurnRiskColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit SegmentRollupModel(QObject* parent = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // The document's currency, named in the money columns' headers ("Net value (EUR)").
    void setCurrency(const QString& currency) { currency_ = currency; }

  private:
    static ColumnTable columnTable();
    int numberOfRows() const override { return rows_; }
    const customers::SegmentRollup& rowAt(int row) const override {
        return snapshot_->analysis.segments.rows[static_cast<std::size_t>(row)];
    }
    bool byGroup() const;  // rows per RFM group, not per segment
    QString name(const customers::SegmentRollup& r) const;
    std::optional<double> marginPct(const customers::SegmentRollup& r) const;

    SnapshotPtr snapshot_;
    QString currency_;
    int rows_ = 0;
};

}  // namespace crm::gui::customer_data
