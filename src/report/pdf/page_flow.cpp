#include "report/pdf/page_flow.h"
#include "report/report_text.h"

#include <QFontMetricsF>

namespace crm::report::pdf {

PageFlow::PageFlow(QPdfWriter& writer, QPainter* painter, const PdfStyle& style,
                   RunningText running, int totalPages, std::function<void(int)> onPage)
    : writer_(writer),
      painter_(painter),
      style_(style),
      running_(std::move(running)),
      totalPages_(totalPages),
      onPage_(std::move(onPage)) {
    pageWidth_ = writer.width();
    pageHeight_ = writer.height();
}

double PageFlow::top() const { return style_.marginTop + style_.headerHeight; }
double PageFlow::bottom() const { return pageHeight_ - style_.marginBottom - style_.footerHeight; }

void PageFlow::startPage(bool decorated) {
    if (page_ > 0 && painter_) writer_.newPage();
    ++page_;
    decorated_ = decorated;
    y = decorated ? top() : style_.marginTop;
    if (onPage_) onPage_(page_);
    if (decorated) drawDecorations();
    if (running_.draft) drawDraftMark();
}

// Light and diagonal behind the text, plus a plain "DRAFT" at the top right, so the mark
// survives a black-and-white copy and a text search finds it on every page.
void PageFlow::drawDraftMark() {
    if (!painter_) return;
    QPainter& p = *painter_;
    p.save();
    QFont big = style_.title;
    big.setPointSizeF(big.pointSizeF() * 4);
    big.setBold(true);
    p.setFont(big);
    p.setPen(QColor(0xc6, 0x28, 0x28, 40));
    p.translate(pageWidth_ / 2, pageHeight_ / 2);
    p.rotate(-45);
    QFontMetricsF metrics(big, &writer_);
    const QString word = QString::fromStdString(reportText("DRAFT"));
    p.drawText(QPointF(-metrics.horizontalAdvance(word) / 2, metrics.ascent() / 3), word);
    p.restore();
    p.setFont(style_.smallBold);
    p.setPen(QColor(0xc6, 0x28, 0x28));
    QFontMetricsF small(style_.smallBold, &writer_);
    const QString label = QString::fromStdString(reportText("DRAFT"));
    p.drawText(QPointF(left() + width() - small.horizontalAdvance(label), style_.marginTop * 0.6),
               label);
}

void PageFlow::ensureSpace(double height) {
    if (height > remaining() && y > top() + 1.0) startPage(true);
}

void PageFlow::drawDecorations() {
    if (!painter_) return;
    QPainter& p = *painter_;
    const double l = left(), r = left() + width();
    const double headerBase = style_.marginTop + style_.headerHeight * 0.55;
    QFontMetricsF small(style_.small, &writer_);
    p.setFont(style_.small);
    p.setPen(style_.muted);
    // The section title takes the right half at most; the left text gets what is left.
    QString right = small.elidedText(sectionTitle_, Qt::ElideRight, width() * 0.5);
    double rightWidth = small.horizontalAdvance(right);
    QString leftText =
        small.elidedText(running_.headerLeft, Qt::ElideRight, width() - rightWidth - style_.mm(6));
    p.drawText(QPointF(l, headerBase), leftText);
    p.drawText(QPointF(r - rightWidth, headerBase), right);
    p.setPen(QPen(style_.rule, style_.pt(0.6)));
    p.drawLine(QPointF(l, headerBase + style_.mm(2)), QPointF(r, headerBase + style_.mm(2)));

    const double footerTop = bottom() + style_.mm(3);
    p.drawLine(QPointF(l, footerTop), QPointF(r, footerTop));
    p.setPen(style_.muted);
    const double footerBase = footerTop + small.ascent() + style_.mm(1.5);
    QString number =
        QString::fromStdString(totalPages_ > 0 ? reportFormat("Page {0} of {1}", page_, totalPages_)
                                               : reportFormat("Page {0}", page_));
    double numberWidth = small.horizontalAdvance(number);
    p.drawText(QPointF(l, footerBase), small.elidedText(running_.footerLeft, Qt::ElideRight,
                                                        width() - numberWidth - style_.mm(6)));
    p.drawText(QPointF(r - numberWidth, footerBase), number);
}

}  // namespace crm::report::pdf
