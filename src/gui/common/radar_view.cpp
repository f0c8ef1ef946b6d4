#include "gui/common/radar_view.h"

#include <QPainter>
#include <QSvgRenderer>

#include "report/charts/chart_svg.h"

namespace crm::gui {

namespace {
constexpr double kReportLabelSize = 12.0;  // the report's type size for the spokes' names
constexpr double kSmallestLabel = 9.0;     // in pixels on the screen
}  // namespace

RadarView::RadarView(QWidget* parent) : QWidget(parent), renderer_(new QSvgRenderer(this)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setChart({});
}

void RadarView::setChart(report::RadarChart chart) {
    chart_ = std::move(chart);
    chart_.textScale = textScale_;
    renderer_->load(QByteArray::fromStdString(report::radarChartSvg(chart_)));
    update();
}

void RadarView::setTextScale(double scale) {
    textScale_ = scale;
    setChart(chart_);
    updateGeometry();
}

void RadarView::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

QSize RadarView::sizeHint() const { return renderer_->defaultSize(); }

QSize RadarView::minimumSizeHint() const {
    return sizeHint() * (kSmallestLabel / (kReportLabelSize * textScale_));
}

void RadarView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (axisCount() < 3 && !placeholder_.isEmpty()) {
        p.setPen(QColor(0x60, 0x7d, 0x8b));  // the report's muted grey
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   placeholder_);
        return;
    }
    const QSizeF fitted = QSizeF(sizeHint()).scaled(size(), Qt::KeepAspectRatio);
    const QPointF corner((width() - fitted.width()) / 2, (height() - fitted.height()) / 2);
    renderer_->render(&p, QRectF(corner, fitted));
}

}  // namespace crm::gui
