#include "gui/workshop/presenter_radar.h"

#include <QPainter>
#include <QtMath>

#include "engine/workshop/rating_spread.h"
#include "gui/app/document_session.h"

namespace crm::gui {

namespace {
constexpr int kLevels = 5;
const QColor kCurrent(31, 119, 180);
const QColor kTarget(230, 126, 34);
}  // namespace

PresenterRadar::PresenterRadar(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("presenterRadar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&session_, &DocumentSession::edited, this, &PresenterRadar::reload);
    connect(&session_, &DocumentSession::documentReset, this, &PresenterRadar::reload);
    reload();
}

void PresenterRadar::reload() {
    axes_.clear();
    if (const Cycle* cycle = session_.cycle()) {
        const Cycle effective = workshop::effectiveCycle(*cycle, session_.assessment().profile);
        for (const auto& c : effective.capabilities)
            axes_.push_back(
                {QString::fromStdString(c.name.empty() ? c.areaKey : c.name), c.current, c.target});
    }
    update();
}

void PresenterRadar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = static_cast<int>(axes_.size());
    const QFontMetrics fm(font());
    if (n < 3) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The radar needs at least three capabilities."));
        return;
    }
    const int legendHeight = fm.height() + 12;
    const QRectF area = QRectF(rect()).adjusted(0, legendHeight, 0, 0);
    // Labels wrap onto two lines of about ten characters beside the rings.
    const double labelRoom = fm.horizontalAdvance(QStringLiteral("Organisation"));
    const double radius = std::max(
        40.0, std::min(area.width() - 2 * labelRoom - 24, area.height() - 5.0 * fm.height()) / 2.0);
    const QPointF centre = area.center();
    auto point = [&](int axis, double level) {
        const double angle = -M_PI / 2 + 2 * M_PI * axis / n;
        const double r = radius * level / kLevels;
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };
    p.setPen(QPen(QColor(190, 190, 190), 1));
    for (int level = 1; level <= kLevels; ++level) {
        QPolygonF ring;
        for (int i = 0; i < n; ++i) ring << point(i, level);
        p.drawPolygon(ring);
    }
    for (int i = 0; i < n; ++i) {
        p.setPen(QPen(QColor(190, 190, 190), 1));
        p.drawLine(centre, point(i, kLevels));
        const QString& label = axes_[i].name;
        const QPointF at = point(i, kLevels + 0.3);
        const QRect fit = fm.boundingRect(QRect(0, 0, static_cast<int>(labelRoom), 4 * fm.height()),
                                          Qt::AlignCenter | Qt::TextWordWrap, label);
        const double w = fit.width(), h = fit.height();
        QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
        if (at.x() > centre.x() + 2)
            box.moveLeft(at.x() + 4);
        else if (at.x() < centre.x() - 2)
            box.moveRight(at.x() - 4);
        if (at.y() < centre.y() - radius * 0.9)
            box.moveBottom(at.y());
        else if (at.y() > centre.y() + radius * 0.9)
            box.moveTop(at.y());
        box.moveLeft(std::clamp(box.left(), 2.0, std::max(2.0, width() - w - 2.0)));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, label);
    }
    auto series = [&](auto value, const QColor& colour) {
        QPolygonF shape;
        for (int i = 0; i < n; ++i)
            shape << point(i, static_cast<double>(value(axes_[i]).value_or(0)));
        QColor fill = colour;
        fill.setAlpha(50);
        p.setPen(QPen(colour, 4));
        p.setBrush(fill);
        p.drawPolygon(shape);
        p.setBrush(colour);
        for (const auto& pt : shape) p.drawEllipse(pt, 6, 6);
    };
    series([](const Axis& a) { return a.target; }, kTarget);
    series([](const Axis& a) { return a.current; }, kCurrent);
    int x = 8;
    for (const auto& [text, colour] :
         {std::pair{tr("Current"), kCurrent}, std::pair{tr("Target"), kTarget}}) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(x, 6, fm.height(), fm.height() - 4));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPointF(x + fm.height() + 8, 4 + fm.ascent()), text);
        x += fm.height() + 30 + fm.horizontalAdvance(text);
    }
}

}  // namespace crm::gui
