#include "gui/customer_data/value_histogram.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {

double niceStep(double range, int bins) {
    const double raw = range / bins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) return m * magnitude;
    return 10.0 * magnitude;
}

}  // namespace

Histogram makeHistogram(const std::vector<double>& values, int targetBins) {
    Histogram h;
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x)) v.push_back(x);
    if (v.empty()) return h;
    std::sort(v.begin(), v.end());
    const double p95 = v[static_cast<std::size_t>(0.95 * static_cast<double>(v.size() - 1))];
    const double low = std::min(0.0, v.front());
    const double high = std::max(p95, low + 1e-9);
    h.step = niceStep(high - low, targetBins);
    const double start = std::floor(low / h.step) * h.step;
    const auto bins =
        static_cast<std::size_t>(std::ceil((high - start) / h.step)) + 1;  // +1: the tail
    for (std::size_t b = 0; b < bins; ++b)
        h.edges.push_back(start + static_cast<double>(b) * h.step);
    h.counts.assign(bins, 0);
    for (double x : v) {
        const auto b = static_cast<std::size_t>(std::max(0.0, std::floor((x - start) / h.step)));
        ++h.counts[std::min(b, bins - 1)];
    }
    // Drop a tail bin nobody is in.
    if (h.counts.back() == 0 && h.counts.size() > 1) {
        h.counts.pop_back();
        h.edges.pop_back();
    }
    return h;
}

ValueHistogram::ValueHistogram(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("clvHistogram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QString ValueHistogram::edgeText(double v) {
    const double a = std::abs(v);
    // Thousands and millions abbreviated as the language does ("12k", German "12 Tsd.").
    if (a >= 1e6) return tr("%1M").arg(numberText(v / 1e6, 1));
    if (a >= 1e4) return tr("%1k").arg(numberText(v / 1e3, 0));
    return numberText(v, 1);
}

void ValueHistogram::setValues(const std::vector<double>& values, const QString& valueAxisTitle) {
    histogram_ = makeHistogram(values);
    axisTitle_ = valueAxisTitle;
    update();
}

void ValueHistogram::clear() {
    histogram_ = {};
    update();
}

QSize ValueHistogram::sizeHint() const { return {380, 220}; }
QSize ValueHistogram::minimumSizeHint() const { return {260, 160}; }

void ValueHistogram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QColor ink(0x26, 0x32, 0x38), muted(0x60, 0x7d, 0x8b), grid(0xcf, 0xd8, 0xdc),
        bar(0x00, 0x72, 0xb2);
    const QRectF plot(64, 8, width() - 64 - 10, height() - 8 - 48);
    if (histogram_.counts.empty() || plot.width() < 20 || plot.height() < 20) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter, tr("No lifetime values to show"));
        return;
    }
    const std::size_t bins = histogram_.counts.size();
    const double top =
        static_cast<double>(*std::max_element(histogram_.counts.begin(), histogram_.counts.end()));
    const double yStep = niceStep(std::max(top, 1.0), 4);
    const double yMax = std::ceil(std::max(top, 1.0) / yStep) * yStep;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (double t = 0; t <= yMax + yStep / 2; t += yStep) {
        const double y = plot.bottom() - plot.height() * t / yMax;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(muted);
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         countText(static_cast<std::size_t>(t)));
    }
    const double w = plot.width() / static_cast<double>(bins);
    const std::size_t labelEvery = bins > 8 ? 2 : 1;
    for (std::size_t b = 0; b < bins; ++b) {
        const double h = plot.height() * static_cast<double>(histogram_.counts[b]) / yMax;
        const bool tail = b + 1 == bins;
        painter.fillRect(QRectF(plot.left() + b * w + 1, plot.bottom() - h, w - 2, h),
                         tail ? bar.lighter(150) : bar);
        if (b % labelEvery == 0 || tail) {
            painter.setPen(muted);
            const QString text = tail ? QStringLiteral("≥") + edgeText(histogram_.edges[b])
                                      : edgeText(histogram_.edges[b]);
            painter.drawText(QRectF(plot.left() + b * w - w, plot.bottom() + 2, 2 * w, 16),
                             Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }
    painter.setPen(grid.darker(130));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setFont(font());
    painter.setPen(ink);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 20, plot.width(), 22), Qt::AlignCenter,
                     axisTitle_);
    painter.save();
    painter.translate(12, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 20), Qt::AlignCenter,
                     tr("Customers"));
    painter.restore();
}

}  // namespace crm::gui::customer_data
