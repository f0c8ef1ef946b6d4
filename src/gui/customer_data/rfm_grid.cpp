#include "gui/customer_data/rfm_grid.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {
constexpr double kLeft = 58.0, kBottom = 44.0, kTop = 6.0, kRight = 6.0;

QColor heat(double t) {  // 0 -> near white, 1 -> the chart blue
    const QColor low(0xf3, 0xf7, 0xfb), high(0x1f, 0x5f, 0x9e);
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()),
                  mix(low.blue(), high.blue()));
}
}  // namespace

RfmGrid::RfmGrid(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("rfmGrid"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RfmGrid::setScores(const customers::RfmResult& rfm) {
    counts_ = {};
    total_ = max_ = 0;
    for (const customers::RfmScore& s : rfm.scores) {
        if (s.recency < 1 || s.recency > 5 || s.frequency < 1 || s.frequency > 5) continue;
        ++counts_[s.recency - 1][s.frequency - 1];
        ++total_;
    }
    for (const auto& row : counts_)
        for (std::size_t c : row) max_ = std::max(max_, c);
    update();
}

void RfmGrid::setValues(const customers::RfmValue& value) { value_ = value; }

QString RfmGrid::cellText(int recency, int frequency) const {
    const std::size_t n = count(recency, frequency);
    const std::optional<double> share =
        total_ > 0 ? std::optional(static_cast<double>(n) / static_cast<double>(total_))
                   : std::nullopt;
    if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5) return {};
    const customers::ValueMeans& means =
        value_.recencyFrequency[static_cast<std::size_t>(recency - 1)]
                               [static_cast<std::size_t>(frequency - 1)];
    if (n == 0 || !means.meanProbabilityAlive || !means.meanClv)
        return tr("Recency %1, frequency %2: %3 customers (%4)")
            .arg(recency)
            .arg(frequency)
            .arg(countText(n), shareText(share));
    return tr("Recency %1, frequency %2: %3 customers (%4), mean P(alive) %5, mean lifetime "
              "value %6")
        .arg(recency)
        .arg(frequency)
        .arg(countText(n), shareText(share), numberText(*means.meanProbabilityAlive, 2),
             unitsText(*means.meanClv));
}

void RfmGrid::clear() {
    value_ = {};
    counts_ = {};
    total_ = max_ = 0;
    update();
}

std::size_t RfmGrid::count(int recency, int frequency) const {
    if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5) return 0;
    return counts_[static_cast<std::size_t>(recency - 1)][static_cast<std::size_t>(frequency - 1)];
}

QSize RfmGrid::sizeHint() const { return {330, 250}; }
QSize RfmGrid::minimumSizeHint() const { return {240, 190}; }

QRectF RfmGrid::plotRect() const {
    return QRectF(kLeft, kTop, width() - kLeft - kRight, height() - kTop - kBottom);
}

QRectF RfmGrid::cellRect(int recency, int frequency) const {
    const QRectF p = plotRect();
    const double w = p.width() / 5.0, h = p.height() / 5.0;
    return QRectF(p.left() + (frequency - 1) * w, p.top() + (5 - recency) * h, w, h);
}

void RfmGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF p = plotRect();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f) {
            const QRectF cell = cellRect(r, f);
            const std::size_t n = count(r, f);
            const double t =
                max_ > 0 ? std::sqrt(static_cast<double>(n) / static_cast<double>(max_)) : 0.0;
            painter.fillRect(cell, heat(t));
            painter.setPen(QColor(0xff, 0xff, 0xff));
            painter.drawRect(cell);
            painter.setPen(t > 0.55 ? QColor(Qt::white) : QColor(0x26, 0x32, 0x38));
            painter.drawText(cell, Qt::AlignCenter, countText(n));
        }
    painter.setPen(QColor(0x60, 0x7d, 0x8b));
    painter.setFont(small);
    for (int i = 1; i <= 5; ++i) {
        const QRectF row = cellRect(i, 1), column = cellRect(1, i);
        painter.drawText(QRectF(kLeft - 22, row.top(), 18, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        painter.drawText(QRectF(column.left(), p.bottom() + 2, column.width(), 16), Qt::AlignCenter,
                         QString::number(i));
    }
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(QRectF(p.left(), p.bottom() + 20, p.width(), 20), Qt::AlignCenter,
                     tr("Frequency score (5 = buys most often)"));
    painter.save();
    painter.translate(14, p.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-p.height() / 2 - 20, -10, p.height() + 40, 20), Qt::AlignCenter,
                     tr("Recency (5 = latest)"));
    painter.restore();
}

bool RfmGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                if (cellRect(r, f).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), cellText(r, f), this);
                    return true;
                }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace crm::gui::customer_data
