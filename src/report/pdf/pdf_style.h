#pragma once
// Fonts, colours and distances of the PDF, in device units of the writer (1200 dpi).
#include <QColor>
#include <QFont>
#include <QPaintDevice>

namespace crm::report::pdf {

struct PdfStyle {
    double dpi = 1200.0;
    double pt(double points) const { return points * dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * dpi / 25.4; }

    QFont body, bold, italic, small, smallBold, smallItalic, h1, h2, h3, title, subtitle, big;
    QColor ink{0x26, 0x32, 0x38}, muted{0x60, 0x7d, 0x8b}, accent{0x0d, 0x47, 0xa1},
        rule{0xcf, 0xd8, 0xdc}, band{0xec, 0xef, 0xf1}, zebra{0xf6, 0xf8, 0xf9};

    // Page frame: margins and the bands for the running header and footer.
    double marginLeft = 0, marginRight = 0, marginTop = 0, marginBottom = 0;
    double headerHeight = 0, footerHeight = 0;
    double cellPadX = 0, cellPadY = 0, blockGap = 0;

    static PdfStyle forDevice(const QPaintDevice& device);
};

}  // namespace crm::report::pdf
