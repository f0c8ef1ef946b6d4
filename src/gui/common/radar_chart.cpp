#include "gui/common/radar_chart.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include "engine/workshop/rating_spread.h"
#include "gui/app/document_session.h"

namespace crm::gui {

namespace {
constexpr int kLevels = 5;
const QColor kCurrent(31, 119, 180);
const QColor kTarget(230, 126, 34);
}  // namespace

RadarChart::RadarChart(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("radarChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&session_, &DocumentSession::edited, this, qOverload<>(&QWidget::update));
    connect(&session_, &DocumentSession::documentReset, this, qOverload<>(&QWidget::update));
}

std::optional<Cycle> RadarChart::scoredCycle() const {
    const Cycle* c = session_.cycle();
    if (!c) return std::nullopt;
    return workshop::effectiveCycle(*c, session_.assessment().profile);
}

int RadarChart::axisCount() const {
    const auto c = scoredCycle();
    return c ? static_cast<int>(c->capabilities.size()) : 0;
}

std::vector<std::pair<int, int>> RadarChart::plottedValues() const {
    std::vector<std::pair<int, int>> out;
    if (const auto c = scoredCycle())
        for (const auto& r : c->capabilities)
            out.emplace_back(static_cast<int>(r.current.value_or(0)),
                             static_cast<int>(r.target.value_or(0)));
    return out;
}

void RadarChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    // The values the scores use: what the room agreed, else the median of its votes.
    const auto c = scoredCycle();
    const int n = c ? static_cast<int>(c->capabilities.size()) : 0;
    if (!c || n < 3) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Rate at least three capabilities to see the maturity radar."));
        return;
    }
    const QFontMetrics fm(font());
    const int legendHeight = fm.height() + 8;
    const QRectF area = QRectF(rect()).adjusted(0, legendHeight, 0, 0);
    // Room beside the rings for side labels of about a dozen characters.
    const double sideRoom = fm.averageCharWidth() * 12.0;
    const double radius = std::max(
        40.0, std::min(area.width() / 2.0 - sideRoom, area.height() / 2.0 - fm.height() * 2.8));
    const QPointF centre = area.center();
    auto point = [&](int axis, double level) {
        const double angle = -M_PI / 2 + 2 * M_PI * axis / n;
        const double r = radius * level / kLevels;
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };
    // Grid: one ring per level and one spoke per capability with its name.
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int level = 1; level <= kLevels; ++level) {
        QPolygonF ring;
        for (int i = 0; i < n; ++i) ring << point(i, level);
        p.drawPolygon(ring);
    }
    for (int i = 0; i < n; ++i) {
        p.drawLine(centre, point(i, kLevels));
        const QString name =
            QString::fromStdString(c->capabilities[static_cast<std::size_t>(i)].name);
        // Long names wrap onto more lines rather than lose their ends.
        const int maxWidth = static_cast<int>(std::max(90.0, radius * 0.9));
        const QRectF wrapped = fm.boundingRect(QRect(0, 0, maxWidth, fm.height() * 4),
                                               Qt::AlignCenter | Qt::TextWordWrap, name);
        const QString& label = name;
        const double w = wrapped.width() + 2;  // a single long word may be wider than maxWidth
        const QPointF at = point(i, kLevels + 0.5);
        QRectF box(at.x() - w / 2, at.y() - wrapped.height() / 2.0, w, wrapped.height());
        if (at.x() > centre.x() + 2)
            box.moveLeft(at.x() - 6);
        else if (at.x() < centre.x() - 2)
            box.moveRight(at.x() + 6);
        box.moveLeft(std::clamp(box.left(), 2.0, width() - w - 2.0));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, label);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
    }
    auto series = [&](auto value, const QColor& colour) {
        QPolygonF shape;
        for (int i = 0; i < n; ++i)
            shape << point(
                i, static_cast<double>(value(c->capabilities[static_cast<std::size_t>(i)])));
        QColor fill = colour;
        fill.setAlpha(60);
        p.setPen(QPen(colour, 2));
        p.setBrush(fill);
        p.drawPolygon(shape);
        p.setBrush(colour);
        for (const auto& pt : shape) p.drawEllipse(pt, 3, 3);
    };
    series([](const CapabilityRating& r) { return r.target.value_or(0); }, kTarget);
    series([](const CapabilityRating& r) { return r.current.value_or(0); }, kCurrent);
    // Legend.
    int x = 8;
    for (const auto& [text, colour] :
         {std::pair{tr("Current"), kCurrent}, std::pair{tr("Target"), kTarget}}) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(x, 6, 14, fm.height() - 4));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 20, 4 + fm.ascent()), text);
        x += 30 + fm.horizontalAdvance(text);
    }
}

}  // namespace crm::gui
