#pragma once
// The RFM heat grid: customers per recency score (rows, 5 = bought most recently, on top)
// and frequency score (columns, 5 = buys most often, on the right), the count in each cell,
// darker where more customers sit. The tooltip of a cell adds its customers' mean P(alive) and
// mean lifetime value when the model gave them.
#include <QWidget>

#include <array>
#include <cstddef>

#include "engine/customers/rfm.h"
#include "engine/customers/segment_rollup.h"

namespace crm::gui::customer_data {

class RfmGrid : public QWidget {
    Q_OBJECT
  public:
    using Counts = std::array<std::array<std::size_t, 5>, 5>;  // [recency - 1][frequency - 1]

    explicit RfmGrid(QWidget* parent = nullptr);

    void setScores(const customers::RfmResult& rfm);
    // The model's means per cell (CustomerAnalysis::rfmValue); without them the tooltip gives
    // the counts only.
    void setValues(const customers::RfmValue& value);
    void clear();
    QString cellText(int recency, int frequency) const;   // the cell's tooltip
    std::size_t count(int recency, int frequency) const;  // scores 1..5
    std::size_t total() const { return total_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

  private:
    QRectF plotRect() const;
    QRectF cellRect(int recency, int frequency) const;

    Counts counts_{};
    customers::RfmValue value_{};
    std::size_t total_ = 0;
    std::size_t max_ = 0;
};

}  // namespace crm::gui::customer_data
