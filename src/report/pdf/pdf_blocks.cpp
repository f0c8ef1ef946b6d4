// Headings, paragraphs, key/value lists, findings and charts on the page flow.
#include "report/pdf/pdf_blocks.h"

#include <QFontMetricsF>
#include <QPainter>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/pdf/pdf_chart.h"
#include "report/pdf/pdf_deliverables.h"
#include "report/pdf/wrapped_text.h"

namespace crm::report::pdf {

QColor ragColour(Rag rag) {
    const std::string_view hex = chart_style::ragColour(rag);  // "#2e7d32"
    return QColor(QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size())));
}

void drawSectionHeading(PageFlow& flow, const Section& section) {
    const PdfStyle& style = flow.style();
    QString title = WrappedText::fromUtf8(
        section.number.empty() ? section.title : section.number + "  " + section.title);
    WrappedText heading(title, style.h1, flow.width(), flow.device());
    if (QPainter* p = flow.painter()) {
        p->setPen(style.accent);
        heading.draw(p, QPointF(flow.left(), flow.y));
    }
    flow.y += heading.height() + style.mm(1.5);
    if (QPainter* p = flow.painter())
        p->fillRect(QRectF(flow.left(), flow.y, flow.width(), style.pt(1.6)), style.accent);
    flow.y += style.mm(4);
    if (!section.lead.empty()) {
        drawText(flow, WrappedText::fromUtf8(section.lead), style.italic, style.muted);
        flow.y += style.blockGap;
    }
}

void drawSubheading(PageFlow& flow, const std::string& text, double keepWithNext) {
    if (text.empty()) return;
    const PdfStyle& style = flow.style();
    WrappedText heading(WrappedText::fromUtf8(text), style.h3, flow.width(), flow.device());
    flow.ensureSpace(heading.height() + keepWithNext);
    if (QPainter* p = flow.painter()) {
        p->setPen(style.ink);
        heading.draw(p, QPointF(flow.left(), flow.y));
    }
    flow.y += heading.height() + style.mm(1.5);
}

void drawText(PageFlow& flow, const QString& text, const QFont& font, const QColor& colour,
              double indent, int boldPrefix) {
    WrappedText wrapped(text, font, flow.width() - indent, flow.device(), Qt::AlignLeft,
                        boldPrefix);
    int first = 0;
    while (first < wrapped.lineCount()) {
        int fits = static_cast<int>(flow.remaining() / wrapped.lineHeight());
        if (fits < 1) {
            flow.startPage(true);
            continue;
        }
        int count = std::min(fits, wrapped.lineCount() - first);
        if (QPainter* p = flow.painter()) {
            p->setPen(colour);
            wrapped.draw(p, QPointF(flow.left() + indent, flow.y), first, count);
        }
        flow.y += wrapped.lineHeight() * count;
        first += count;
    }
}

void drawChart(PageFlow& flow, const Chart& chart, double maxWidth) {
    const PdfStyle& style = flow.style();
    const ChartDrawing drawing = drawChart(chart.spec);
    const QSizeF natural = chartSize(drawing);
    if (natural.isEmpty()) return;
    WrappedText caption(WrappedText::fromUtf8(chart.caption), style.smallItalic, flow.width(),
                        flow.device(), Qt::AlignHCenter);
    const double captionHeight = chart.caption.empty() ? 0.0 : caption.height() + style.mm(1);
    double w = std::min(maxWidth, flow.width());
    double h = w * natural.height() / natural.width();
    const double most = flow.contentHeight() - captionHeight - style.mm(2);
    if (h > most) {  // a very tall chart shrinks to one page
        w *= most / h;
        h = most;
    }
    flow.ensureSpace(h + captionHeight);
    if (QPainter* p = flow.painter()) {
        paintChart(*p, drawing, QRectF(flow.left() + (flow.width() - w) / 2, flow.y, w, h));
        if (captionHeight > 0) {
            p->setPen(style.muted);
            caption.draw(p, QPointF(flow.left(), flow.y + h + style.mm(1)));
        }
    }
    flow.y += h + captionHeight + style.blockGap;
}

namespace {

void drawFindings(PageFlow& flow, const FindingList& list) {
    const PdfStyle& style = flow.style();
    drawSubheading(flow, list.heading, style.mm(10));
    if (list.items.empty() && !list.emptyText.empty())
        drawText(flow, WrappedText::fromUtf8(list.emptyText), style.italic, style.muted);
    const double indent = style.mm(5);
    if (!list.items.empty() && !list.key.empty()) {  // what the dot colours mean, on one line
        const QFontMetricsF metrics(style.small, flow.device());
        flow.ensureSpace(metrics.height() * 3);
        double x = flow.left();
        for (const auto& k : list.key) {
            const QString label = WrappedText::fromUtf8(k.label);
            if (QPainter* p = flow.painter()) {
                p->setPen(Qt::NoPen);
                p->setBrush(ragColour(k.rag));
                p->drawEllipse(QPointF(x + style.mm(1.8), flow.y + metrics.height() * 0.5),
                               style.mm(1.2), style.mm(1.2));
                p->setBrush(Qt::NoBrush);
                p->setFont(style.small);
                p->setPen(style.muted);
                p->drawText(QPointF(x + indent, flow.y + metrics.ascent()), label);
            }
            x += indent + metrics.horizontalAdvance(label) + style.mm(5);
        }
        flow.y += metrics.height() + style.mm(1.5);
    }
    for (const auto& f : list.items) {
        QString title = WrappedText::fromUtf8(f.title);
        QString text = f.detail.empty()
                           ? title
                           : title + QStringLiteral(" \u2014 ") + WrappedText::fromUtf8(f.detail);
        WrappedText probe(text, style.body, flow.width() - indent, flow.device());
        flow.ensureSpace(probe.height(std::min(probe.lineCount(), 2)));
        if (QPainter* p = flow.painter()) {
            const double r = style.mm(1.2);
            p->setPen(Qt::NoPen);
            p->setBrush(ragColour(f.rag));
            p->drawEllipse(QPointF(flow.left() + style.mm(1.8), flow.y + probe.lineHeight() * 0.5),
                           r, r);
            p->setBrush(Qt::NoBrush);
        }
        drawText(flow, text, style.body, style.ink, indent, static_cast<int>(title.size()));
        flow.y += style.mm(1.2);
    }
    flow.y += style.blockGap;
}

void drawKeyValues(PageFlow& flow, const KeyValueList& list) {
    Table table{list.heading, {{"", Align::Left}, {"", Align::Left}}, {}, ""};
    for (const auto& kv : list.items)
        table.rows.push_back({kv.key, kv.value.empty() ? "\u2014" : kv.value});
    drawTable(flow, table, TableLook{false, true, false});
}

void drawParagraph(PageFlow& flow, const Paragraph& paragraph) {
    const PdfStyle& style = flow.style();
    drawSubheading(flow, paragraph.heading, style.mm(10));
    drawText(flow, WrappedText::fromUtf8(paragraph.text), style.body, style.ink);
    flow.y += style.blockGap;
}

}  // namespace

void drawBlock(PageFlow& flow, const Block& block) {
    struct Visitor {
        PageFlow& flow;
        void operator()(const Paragraph& p) const { drawParagraph(flow, p); }
        void operator()(const KeyValueList& l) const { drawKeyValues(flow, l); }
        void operator()(const Table& t) const { drawTable(flow, t); }
        void operator()(const FindingList& l) const { drawFindings(flow, l); }
        void operator()(const Chart& c) const { drawChart(flow, c, flow.width()); }
        void operator()(const RichTextBlock& r) const { drawRichText(flow, r); }
        void operator()(const SignOffBlock& b) const { drawSignOff(flow, b); }
    };
    std::visit(Visitor{flow}, block);
}

}  // namespace crm::report::pdf
