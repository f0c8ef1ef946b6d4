#include "report/pdf/pdf_style.h"

#include <QFontDatabase>

namespace crm::report::pdf {
namespace {

QFont makeFont(double points, bool bold = false, bool italic = false) {
    // DejaVu Sans ships with every Debian desktop and has the arrows and symbols we print.
    static const QString family =
        QFontDatabase::hasFamily("DejaVu Sans")
            ? QStringLiteral("DejaVu Sans")
            : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);  // layout must not depend on the screen
    font.setKerning(true);
    // Any letter spacing makes Qt switch ligatures off, so "off" stays searchable and
    // copyable as "off" instead of "o" plus the ligature glyph U+FB00.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);  // >= 1/64 px, below that Qt rounds to 0
    return font;
}

}  // namespace

PdfStyle PdfStyle::forDevice(const QPaintDevice& device) {
    PdfStyle s;
    s.dpi = device.logicalDpiY();
    s.body = makeFont(9.5);
    s.bold = makeFont(9.5, true);
    s.italic = makeFont(9.5, false, true);
    s.small = makeFont(8.0);
    s.smallBold = makeFont(8.0, true);
    s.smallItalic = makeFont(8.0, false, true);
    s.h1 = makeFont(18.0, true);
    s.h2 = makeFont(13.0, true);
    s.h3 = makeFont(11.0, true);
    s.title = makeFont(28.0, true);
    s.subtitle = makeFont(16.0);
    s.big = makeFont(20.0, true);
    s.marginLeft = s.marginRight = s.mm(18);
    s.marginTop = s.mm(14);
    s.marginBottom = s.mm(12);
    s.headerHeight = s.mm(10);
    s.footerHeight = s.mm(9);
    s.cellPadX = s.mm(1.6);
    s.cellPadY = s.mm(1.0);
    s.blockGap = s.mm(4.0);
    return s;
}

}  // namespace crm::report::pdf
