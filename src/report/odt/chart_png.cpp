#include "report/odt/chart_png.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace crm::report {

std::string chartPngFromSvg(const std::string& svg, int widthPx, int heightPx) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) return {};
    if (widthPx <= 0 || heightPx <= 0 || widthPx > 8000 || heightPx > 8000) return {};
    QSvgRenderer renderer(QByteArray::fromStdString(svg));
    if (!renderer.isValid()) return {};
    QImage image(widthPx, heightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(11811);  // 300 dpi, so the picture keeps its printed size
    image.setDotsPerMeterY(11811);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        renderer.render(&painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) return {};
    return bytes.toStdString();
}

}  // namespace crm::report
