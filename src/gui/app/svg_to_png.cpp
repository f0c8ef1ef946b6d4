// svg-to-png INPUT.svg OUTPUT_PREFIX SIZE... — renders the SVG into square PNGs named
// OUTPUT_PREFIX-SIZE.png. The build makes the application icon's PNGs with it, so the SVG in
// ui/icons/ is the only drawing of the icon. The SVG must have no text (no fonts are loaded).
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: svg-to-png INPUT.svg OUTPUT_PREFIX SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        err << "svg-to-png: cannot read " << argv[1] << '\n';
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        bool number = false;
        const int size = QString::fromLatin1(argv[i]).toInt(&number);
        if (!number || size <= 0) {
            err << "svg-to-png: not a size: " << argv[i] << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString path =
            QStringLiteral("%1-%2.png").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        if (!image.save(path, "PNG")) {
            err << "svg-to-png: cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
