#pragma once
// The RFM heat grid: customers per recency score (rows, 5 = bought most recently, on top)
// and frequency score (columns, 5 = buys most often, on the right), the count in each cell,
// darker where more customers sit.
#include <QWidget>

#include <array>
#include <cstddef>

#include "engine/customers/rfm.h"

namespace crm::gui::customer_data {

class RfmGrid : public QWidget {
    Q_OBJECT
  public:
    using Counts = std::array<std::array<std::size_t, 5>, 5>;  // [recency - 1][frequency - 1]

    explicit RfmGrid(QWidget* parent = nullptr);

    void setScores(const customers::RfmResult& rfm);
    void clear();
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
    std::size_t total_ = 0;
    std::size_t max_ = 0;
};

}  // namespace crm::gui::customer_data
