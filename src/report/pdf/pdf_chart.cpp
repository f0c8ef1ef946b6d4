#include "report/pdf/pdf_chart.h"

#include <QFontMetricsF>
#include <QSvgRenderer>

#include "report/pdf/wrapped_text.h"

namespace crm::report::pdf {

QSizeF chartSize(const ChartDrawing& drawing) { return QSizeF(drawing.width, drawing.height); }

void paintChart(QPainter& painter, const ChartDrawing& drawing, const QRectF& target) {
    if (drawing.width <= 0 || drawing.height <= 0) return;
    QSvgRenderer shapes(QByteArray::fromStdString(drawing.shapesSvg));
    shapes.render(&painter, target);

    // QtSvg 6.4 draws SVG text as glyph outlines; setting it here keeps it text.
    const double scale = target.width() / drawing.width;
    const double dpi = painter.device()->logicalDpiY();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    for (const auto& t : drawing.texts) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(t.size * 72.0 / dpi);  // t.size chart units = pixels before scaling
        font.setBold(t.bold);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);  // no ligatures, as in pdf_style.cpp
        const QString text = WrappedText::fromUtf8(t.content);
        const double width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        const double shift = t.anchor == Anchor::Middle ? width / 2
                             : t.anchor == Anchor::End  ? width
                                                        : 0.0;
        painter.save();
        painter.translate(t.x, t.y);
        if (t.rotate != 0.0) painter.rotate(t.rotate);
        painter.setFont(font);
        painter.setPen(QColor(QString::fromStdString(t.fill)));
        painter.drawText(QPointF(-shift, 0), text);
        painter.restore();
    }
    painter.restore();
}

}  // namespace crm::report::pdf
