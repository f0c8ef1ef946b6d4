#include "gui/reset/cycle_comparison_radar.h"

#include <QPainter>
#include <QtMath>

namespace crm::gui {

namespace {
constexpr int kLevels = 5;
const QColor kEarlier(127, 127, 127);
const QColor kLater(31, 119, 180);

// A capability's name in at most two lines of `room` pixels: words fill the first line, the
// rest goes to the second, elided if it is still too long.
QStringList wrapLabel(const QFontMetrics& fm, const QString& text, int room) {
    if (fm.horizontalAdvance(text) <= room) return {text};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate =
            first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (!first.isEmpty() && fm.horizontalAdvance(candidate) > room) break;
        first = candidate;
    }
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    QStringList lines{fm.elidedText(first, Qt::ElideRight, room)};
    if (!rest.isEmpty()) lines << fm.elidedText(rest, Qt::ElideRight, room);
    return lines;
}
}  // namespace

CycleComparisonRadar::CycleComparisonRadar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("comparisonRadar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CycleComparisonRadar::setSeries(const QString& earlierName, const QString& laterName,
                                     QVector<Axis> axes) {
    earlierName_ = earlierName;
    laterName_ = laterName;
    axes_ = std::move(axes);
    update();
}

void CycleComparisonRadar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const int n = axisCount();
    if (n < 3) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Both cycles need at least three rated capabilities (step 10) for the "
                      "maturity radar."));
        return;
    }
    const QFontMetrics fm(font());
    const int legendHeight = fm.height() + 10;
    const QRectF area = QRectF(rect()).adjusted(0, legendHeight, 0, 0);
    const double radius =
        std::max(40.0, std::min(area.width() * 0.62, area.height()) / 2.0 - fm.height() * 1.6);
    const QPointF centre = area.center();
    auto point = [&](int axis, double level) {
        const double angle = -M_PI / 2 + 2 * M_PI * axis / n;
        const double r = radius * level / kLevels;
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };
    // Rings for the levels 1..5 and a spoke per capability, named at its end.
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    for (int level = 1; level <= kLevels; ++level) {
        QPolygonF ring;
        for (int i = 0; i < n; ++i) ring << point(i, level);
        p.drawPolygon(ring);
    }
    const double labelRoom = std::max(70.0, (width() - 2 * radius) / 2.0 - 12);
    for (int i = 0; i < n; ++i) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawLine(centre, point(i, kLevels));
        const QPointF at = point(i, kLevels + 0.3);
        const bool right = at.x() > centre.x() + 2, left = at.x() < centre.x() - 2;
        const int room = static_cast<int>(right || left ? labelRoom : radius * 1.2);
        const QStringList lines = wrapLabel(fm, axes_[i].name, room);
        double w = 0;
        for (const auto& line : lines) w = std::max<double>(w, fm.horizontalAdvance(line));
        const double h = fm.height() * lines.size();
        QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
        if (right)
            box.moveLeft(at.x());
        else if (left)
            box.moveRight(at.x());
        if (!right && !left)
            box.moveTop(at.y() < centre.y() ? at.y() - h + fm.height() / 2.0
                                            : at.y() - fm.height() / 2.0);
        box.moveLeft(std::clamp(box.left(), 2.0, width() - w - 2.0));
        const Qt::Alignment align = right  ? Qt::AlignLeft
                                    : left ? Qt::AlignRight
                                           : Qt::AlignHCenter;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box, align | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
    }
    auto series = [&](auto value, const QColor& colour, Qt::PenStyle style, int alpha) {
        QPolygonF shape;
        for (int i = 0; i < n; ++i) shape << point(i, value(axes_[i]).value_or(0.0));
        QColor fill = colour;
        fill.setAlpha(alpha);
        p.setPen(QPen(colour, 2, style));
        p.setBrush(alpha > 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
        p.drawPolygon(shape);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (const auto& pt : shape) p.drawEllipse(pt, 3, 3);
    };
    series([](const Axis& a) { return a.earlier; }, kEarlier, Qt::DashLine, 0);
    series([](const Axis& a) { return a.later; }, kLater, Qt::SolidLine, 60);
    // Legend: which line is which cycle.
    const QString caption = tr("Current maturity:");
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(8, 6 + fm.ascent()), caption);
    int x = 16 + fm.horizontalAdvance(caption);
    const QString earlier = earlierName_, later = laterName_;
    for (const auto& [text, colour, style] :
         {std::tuple{earlier, kEarlier, Qt::DashLine}, std::tuple{later, kLater, Qt::SolidLine}}) {
        p.setPen(QPen(colour, 2, style));
        const double y = 6 + fm.height() / 2.0;
        p.drawLine(QPointF(x, y), QPointF(x + 22, y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 28, 6 + fm.ascent()), text);
        x += 44 + fm.horizontalAdvance(text);
    }
}

}  // namespace crm::gui
