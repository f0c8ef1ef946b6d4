#include <QFontMetricsF>

#include "report/number_format.h"
#include "report/pdf/pdf_blocks.h"
#include "report/pdf/pdf_deliverables.h"
#include "report/pdf/pdf_front_pages.h"
#include "report/pdf/wrapped_text.h"
#include "report/report_text.h"

namespace crm::report::pdf {

void drawTitlePage(PageFlow& flow, const TitlePage& t) {
    const PdfStyle& s = flow.style();
    flow.startPage(false);
    QPainter* p = flow.painter();
    const double bandHeight = s.mm(16);
    if (p) p->fillRect(QRectF(0, 0, flow.pageWidth(), bandHeight), s.accent);
    if (t.logo)  // above the title, which starts at 22% of the page (about 65 mm on A4)
        drawLogo(p, *t.logo, QRectF(flow.left(), bandHeight + s.mm(12), s.mm(60), s.mm(25)));
    flow.y = flow.pageHeight() * 0.22;
    auto line = [&](const std::string& text, const QFont& font, const QColor& colour,
                    double gapAfter) {
        WrappedText wrapped(WrappedText::fromUtf8(text), font, flow.width(), flow.device());
        if (p) {
            p->setPen(colour);
            wrapped.draw(p, QPointF(flow.left(), flow.y));
        }
        flow.y += wrapped.height() + gapAfter;
    };
    line(t.reportTitle, s.title, s.accent, s.mm(4));
    line(t.company, s.subtitle, s.ink, s.mm(2));
    if (!t.industry.empty()) line(t.industry, s.body, s.muted, 0);
    flow.y += s.mm(14);
    if (p) p->fillRect(QRectF(flow.left(), flow.y, s.mm(30), s.pt(2)), s.accent);
    flow.y += s.mm(8);
    Table facts{"", {{""}, {""}}, {}, ""};
    if (!t.preparedFor.empty()) facts.rows.push_back({reportText("Prepared for"), t.preparedFor});
    if (!t.preparedBy.empty()) facts.rows.push_back({reportText("Prepared by"), t.preparedBy});
    facts.rows.insert(
        facts.rows.end(),
        {{reportText("Cycle"), t.cycleName},
         {reportText("Report date"), t.reportDate},
         {reportText("Facilitator"), t.facilitator.empty() ? "\u2014" : t.facilitator},
         {reportText("Currency"), currencyCaption(t.currency)},
         {reportText("Assessment date"), t.assessmentDate.empty() ? "\u2014" : t.assessmentDate},
         {reportText("Methodology"),
          reportFormat("{0} (fingerprint {1})", t.profileName, t.profileHash)}});
    drawTable(flow, facts, TableLook{false, true, false});
    if (!t.confidentiality.empty()) {
        flow.y += s.mm(6);
        line(t.confidentiality, s.bold, s.accent, 0);
    }
    if (t.draft) {
        flow.y += s.mm(6);
        line(t.draftNote, s.italic, QColor(0xc6, 0x28, 0x28), 0);
    }
    flow.y = flow.pageHeight() - s.marginBottom - s.mm(6);
    line(reportText("Prepared with CRM Strategy Workbench"), s.small, s.muted, 0);
}

void drawBriefHeader(PageFlow& flow, const TitlePage& t) {
    const PdfStyle& s = flow.style();
    flow.setSectionTitle(QString::fromStdString(reportText("Executive brief")));
    flow.startPage(true);
    auto line = [&](const std::string& text, const QFont& font, const QColor& colour,
                    double gapAfter) {
        WrappedText wrapped(WrappedText::fromUtf8(text), font, flow.width(), flow.device());
        if (QPainter* p = flow.painter()) {
            p->setPen(colour);
            wrapped.draw(p, QPointF(flow.left(), flow.y));
        }
        flow.y += wrapped.height() + gapAfter;
    };
    line(t.reportTitle + ": " + t.company, s.h1, s.accent, s.mm(1));
    const std::string facts =
        t.assessmentDate.empty()
            ? reportFormat("Cycle {0}. Report date {1}. Amounts in {2}.", t.cycleName, t.reportDate,
                           currencyCaption(t.currency))
            : reportFormat("Cycle {0}, assessed on {1}. Report date {2}. Amounts in {3}.",
                           t.cycleName, t.assessmentDate, t.reportDate,
                           currencyCaption(t.currency));
    line(facts, s.small, s.muted, s.mm(1));
    if (QPainter* p = flow.painter())
        p->fillRect(QRectF(flow.left(), flow.y, flow.width(), s.pt(1.6)), s.accent);
    flow.y += s.mm(3);
    if (t.draft) line(t.draftNote, s.italic, QColor(0xc6, 0x28, 0x28), s.mm(2));
}

void drawContents(PageFlow& flow, const std::vector<TocEntry>& entries) {
    const PdfStyle& s = flow.style();
    flow.setSectionTitle(QString::fromStdString(reportText("Contents")));
    flow.startPage(true);
    drawSectionHeading(flow, Section{"contents", "", reportText("Contents"), "", {}});
    QFontMetricsF metrics(s.body, flow.device());
    const double numberWidth = s.mm(10), pageWidth = s.mm(14);
    const double rowHeight = metrics.lineSpacing() * 1.9;
    for (const auto& e : entries) {
        flow.ensureSpace(rowHeight);
        if (QPainter* p = flow.painter()) {
            const double base = flow.y + metrics.ascent();
            const double titleRoom = flow.width() - numberWidth - pageWidth;
            QString title = metrics.elidedText(WrappedText::fromUtf8(e.title), Qt::ElideRight,
                                               titleRoom - s.mm(4));
            QString page = e.page > 0 ? QString::number(e.page) : QString();
            p->setFont(s.body);
            p->setPen(s.muted);
            p->drawText(QPointF(flow.left(), base), WrappedText::fromUtf8(e.number));
            p->setPen(s.ink);
            p->drawText(QPointF(flow.left() + numberWidth, base), title);
            p->drawText(QPointF(flow.left() + flow.width() - metrics.horizontalAdvance(page), base),
                        page);
            // Dotted leader from the title to the page number.
            p->setPen(QPen(s.rule, s.pt(0.8), Qt::DotLine));
            const double from =
                flow.left() + numberWidth + metrics.horizontalAdvance(title) + s.mm(2);
            const double to = flow.left() + flow.width() - pageWidth + s.mm(2);
            if (to > from) p->drawLine(QPointF(from, base), QPointF(to, base));
        }
        flow.y += rowHeight;
    }
}

}  // namespace crm::report::pdf
