#pragma once
// One row per customer of the analysis: value, margin, purchase history, RFM cell and group,
// and the lifetime-value model's predictions. SortRole gives numbers (not the formatted text);
// MoneyLosingRole tells the customers who lose money (negative margin when the data has cost,
// else negative net value). CustomerSortProxy sorts and filters by the same rules directly.
// Rows come highest lifetime value first (CustomerDataSnapshot::byLifetimeValue).
#include <QSortFilterProxyModel>

#include "gui/common/column_table_model.h"
#include "gui/customer_data/customer_data_snapshot.h"

namespace crm::gui::customer_data {

// A row reaches the value functions as its position in analysis.summaries.
class CustomerTableModel : public ColumnTableModel<CustomerTableModel, std::size_t> {
    Q_OBJECT
  public:
    enum Column {
        CustomerColumn,
        LifetimeValueColumn,
        ProbabilityAliveColumn,
        ExpectedPurchasesColumn,
        NetValueColumn,
        MarginColumn,
        PurchaseDaysColumn,
        LastPurchaseColumn,
        RfmCellColumn,
        RfmGroupColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, MoneyLosingRole };

    explicit CustomerTableModel(QObject* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    // The document's currency, named in the money columns' headers ("Net value (EUR)").
    void setCurrency(const QString& currency) { currency_ = currency; }
    bool hasCost() const { return snapshot_ && snapshot_->hasCost; }
    bool isMoneyLosing(int row) const;
    // The SortRole order of two rows, without building QVariants (a million comparisons for a
    // hundred thousand customers).
    bool lessThan(int left, int right, int column) const;

  private:
    static ColumnTable columnTable();
    int numberOfRows() const override { return rows_; }
    std::size_t rowAt(int row) const override { return position(row); }
    QVariant extraData(std::size_t row, int column, int role) const override;

    int horizonMonths() const;            // of the lifetime-value model
    std::size_t position(int row) const;  // in analysis.summaries
    const customers::CustomerSummary& summary(std::size_t row) const;
    bool losesMoney(std::size_t row) const;
    QVariant sortValue(std::size_t row, int column) const;
    double sortNumber(std::size_t row, int column) const;  // every column but the customer id

    SnapshotPtr snapshot_;
    QString currency_;
    int rows_ = 0;
};

// Sorts with CustomerTableModel::lessThan and, for the money-losing table, keeps only the
// customers who lose money.
class CustomerSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    enum class Rows { All, MoneyLosing };
    CustomerSortProxy(CustomerTableModel* source, Rows rows, QObject* parent = nullptr);

  protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    CustomerTableModel* source_;
    Rows rows_;
};

}  // namespace crm::gui::customer_data
