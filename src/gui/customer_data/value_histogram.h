#pragma once
// A small histogram of the predicted lifetime values: equal bins with round edges up to about
// the 95th percentile, the long tail gathered in a last "and more" bin, so one big customer
// does not squeeze everyone else into the first bar.
#include <QWidget>

#include <cstddef>
#include <vector>

namespace crm::gui::customer_data {

struct Histogram {
    double step = 0.0;
    std::vector<double> edges;        // lower edge of each bin; the last bin is open-ended
    std::vector<std::size_t> counts;  // one per bin
};

// Non-finite values are ignored. Empty histogram for no values.
Histogram makeHistogram(const std::vector<double>& values, int targetBins = 10);

class ValueHistogram : public QWidget {
    Q_OBJECT
  public:
    explicit ValueHistogram(QWidget* parent = nullptr);

    void setValues(const std::vector<double>& values, const QString& valueAxisTitle);
    void clear();
    const Histogram& histogram() const { return histogram_; }
    // A bin edge under the axis: "850", "12k", "1.5M" (German "12 Tsd.", "1,5 Mio.").
    static QString edgeText(double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    Histogram histogram_;
    QString axisTitle_;
};

}  // namespace crm::gui::customer_data
