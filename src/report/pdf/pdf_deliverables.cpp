#include "report/pdf/pdf_deliverables.h"

#include <QFontMetricsF>
#include <QImage>

#include "report/pdf/pdf_blocks.h"
#include "report/pdf/wrapped_text.h"
#include "report/report_text.h"

namespace crm::report::pdf {
namespace {

using deliverables::RichBlockKind;

// The runs as one string with bold/italic ranges over it.
WrappedText runsText(const std::vector<deliverables::TextRun>& runs, const QFont& font,
                     double width, QPaintDevice* device) {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const auto& run : runs) {
        const QString piece = WrappedText::fromUtf8(run.text);
        if (run.bold || run.italic) {
            QTextCharFormat format;
            if (run.bold) format.setFontWeight(QFont::Bold);
            if (run.italic) format.setFontItalic(true);
            formats.push_back(
                {static_cast<int>(text.size()), static_cast<int>(piece.size()), format});
        }
        text += piece;
    }
    return WrappedText(text, font, width, device, formats);
}

// Draws lines onto as many pages as they need, the first at flow.y.
void drawLines(PageFlow& flow, const WrappedText& wrapped, double indent) {
    int first = 0;
    while (first < wrapped.lineCount()) {
        const int fits = static_cast<int>(flow.remaining() / wrapped.lineHeight());
        if (fits < 1) {
            flow.startPage(true);
            continue;
        }
        const int count = std::min(fits, wrapped.lineCount() - first);
        if (QPainter* p = flow.painter()) {
            p->setPen(flow.style().ink);
            wrapped.draw(p, QPointF(flow.left() + indent, flow.y), first, count);
        }
        flow.y += wrapped.lineHeight() * count;
        first += count;
    }
}

}  // namespace

void drawRichText(PageFlow& flow, const RichTextBlock& block) {
    const PdfStyle& s = flow.style();
    drawSubheading(flow, block.heading, s.mm(10));
    const QFontMetricsF metrics(s.body, flow.device());
    const double indent = s.mm(6);
    for (std::size_t i = 0; i < block.text.size(); ++i) {
        const auto& b = block.text[i];
        const bool item = b.kind != RichBlockKind::Paragraph;
        if (i > 0 && (!item || block.text[i - 1].kind != b.kind)) flow.y += s.mm(1.5);
        const WrappedText wrapped =
            runsText(b.runs, s.body, flow.width() - (item ? indent : 0), flow.device());
        // A paragraph or item does not start with a lone line at the bottom of a page.
        flow.ensureSpace(wrapped.height(2));
        if (QPainter* p = flow.painter(); p && item) {
            const QString marker = b.kind == RichBlockKind::Bullet
                                       ? QStringLiteral("\u2022")
                                       : QString::number(b.number) + QLatin1Char('.');
            p->setFont(s.body);
            p->setPen(s.accent);
            // Numbers end at the same place, like a word processor's hanging indent.
            const double x = flow.left() + indent - s.mm(1.5) - metrics.horizontalAdvance(marker);
            p->drawText(QPointF(x, flow.y + metrics.ascent()), marker);
        }
        drawLines(flow, wrapped, item ? indent : 0);
        flow.y += s.mm(item ? 0.8 : 1.2);
    }
    flow.y += s.blockGap;
}

void drawSignOff(PageFlow& flow, const SignOffBlock& block) {
    const PdfStyle& s = flow.style();
    drawSubheading(flow, block.heading, s.mm(24));
    const double gap = s.mm(4);
    const double nameWidth = flow.width() * 0.42, dateWidth = flow.width() * 0.18;
    const double dateX = flow.left() + nameWidth + gap;
    const double signX = dateX + dateWidth + gap;
    const double signWidth = flow.left() + flow.width() - signX;
    const QFontMetricsF small(s.smallBold, flow.device());

    auto header = [&] {
        if (QPainter* p = flow.painter()) {
            p->setFont(s.smallBold);
            p->setPen(s.muted);
            const double base = flow.y + small.ascent();
            p->drawText(QPointF(flow.left(), base),
                        QString::fromStdString(reportText("Name and role")));
            p->drawText(QPointF(dateX, base), QString::fromStdString(reportText("Date")));
            p->drawText(QPointF(signX, base), QString::fromStdString(reportText("Signature")));
            p->setPen(QPen(s.rule, s.pt(0.5)));
            const double ruleY = flow.y + small.lineSpacing() + s.mm(0.5);
            p->drawLine(QPointF(flow.left(), ruleY), QPointF(flow.left() + flow.width(), ruleY));
        }
        flow.y += small.lineSpacing() + s.mm(2);
    };
    header();
    for (const auto& person : block.people) {
        const WrappedText name(WrappedText::fromUtf8(person.name), s.bold, nameWidth,
                               flow.device());
        const WrappedText role(WrappedText::fromUtf8(person.role), s.body, nameWidth,
                               flow.device());
        const WrappedText date(WrappedText::fromUtf8(person.date), s.body, dateWidth,
                               flow.device());
        const double textHeight = name.height() + (person.role.empty() ? 0 : role.height());
        // Room to sign: the line sits well below the top of the row.
        const double rowHeight = std::max(textHeight, s.mm(14)) + s.mm(4);
        if (rowHeight > flow.remaining()) {
            flow.startPage(true);
            header();
        }
        if (QPainter* p = flow.painter()) {
            p->setPen(s.ink);
            name.draw(p, QPointF(flow.left(), flow.y));
            p->setPen(s.muted);
            role.draw(p, QPointF(flow.left(), flow.y + name.height()));
            p->setPen(s.ink);
            date.draw(p, QPointF(dateX, flow.y));
            const double lineY = flow.y + rowHeight - s.mm(4);
            p->setPen(QPen(s.ink, s.pt(0.8)));
            p->drawLine(QPointF(signX, lineY), QPointF(signX + signWidth, lineY));
            if (person.date.empty())  // a line to write the date on
                p->drawLine(QPointF(dateX, lineY), QPointF(dateX + dateWidth, lineY));
            p->setPen(QPen(s.rule, s.pt(0.5)));
            p->drawLine(QPointF(flow.left(), flow.y + rowHeight),
                        QPointF(flow.left() + flow.width(), flow.y + rowHeight));
        }
        flow.y += rowHeight + s.mm(2);
    }
    flow.y += s.blockGap;
}

double drawLogo(QPainter* painter, const Logo& logo, const QRectF& box) {
    QImage image;
    if (!image.loadFromData(reinterpret_cast<const uchar*>(logo.bytes.data()),
                            static_cast<int>(logo.bytes.size())) ||
        image.isNull())
        return 0;
    const double scale = std::min(box.width() / image.width(), box.height() / image.height());
    const QRectF target(box.topLeft(), QSizeF(image.width() * scale, image.height() * scale));
    if (painter) {
        // Qt stores pictures in a PDF as JPEG unless told otherwise: a PNG logo's sharp edges
        // and flat colours would get blurred.
        const bool lossless = painter->testRenderHint(QPainter::LosslessImageRendering);
        painter->setRenderHint(QPainter::LosslessImageRendering, logo.mimeType == "image/png");
        painter->drawImage(target, image);
        painter->setRenderHint(QPainter::LosslessImageRendering, lossless);
    }
    return target.height();
}

}  // namespace crm::report::pdf
