// The one-page executive summary. Laid out twice at most: if the texts leave too little room
// for the chart, each item is cut to fewer lines. Nothing spills onto a second page.
#include <QFontMetricsF>

#include "report/charts/chart_svg.h"
#include "report/pdf/pdf_blocks.h"
#include "report/pdf/pdf_chart.h"
#include "report/pdf/pdf_front_pages.h"
#include "report/pdf/wrapped_text.h"
#include "report/report_text.h"

namespace crm::report::pdf {
namespace {

// Draws (painter != null) or measures the texts of the summary from y; returns the y after them.
class SummaryText {
  public:
    SummaryText(const PageFlow& flow, QPainter* painter, int maxLines)
        : flow_(flow), s_(flow.style()), p_(painter), maxLines_(maxLines) {}

    double run(const ExecutiveSummary& sum, double y) {
        y_ = y;
        if (sum.scored) {
            maturityBand(sum);
            if (!sum.maturityReason.empty()) paragraph(sum.maturityReason, s_.body, s_.ink);
            figures(sum.headlineFigures);
            heading(reportText("Top capability gaps"));
            if (sum.topGaps.empty()) paragraph(sum.gapsEmptyText, s_.italic, s_.muted);
            int n = 0;
            for (const auto& g :
                 sum.topGaps)  // the reason repeats these numbers: one line is enough
                item(
                    std::to_string(++n) + ".",
                    g.capability + ": " +
                        reportFormat("{0} \u2192 {1}, gap score {2}", g.current, g.target, g.score),
                    "", QColor());
            heading(reportText("Top recommendations"));
            if (sum.topRecommendations.empty())
                paragraph(reportText("The assessment found nothing to recommend."), s_.italic,
                          s_.muted);
            n = 0;
            for (const auto& r : sum.topRecommendations)
                item(std::to_string(++n) + ".", r.action,
                     r.impact.empty() ? r.cause
                                      : reportFormat("{0} impact, because {1}", r.impact, r.cause),
                     QColor());
            heading(reportText("Metrics off track"));
            if (sum.offTrackMetrics.empty()) paragraph(sum.metricsEmptyText, s_.italic, s_.muted);
            for (const auto& m : sum.offTrackMetrics)
                item("", m.name, m.progress.empty() ? m.reason : m.progress + ". " + m.reason,
                     ragColour(m.rag));
            if (!sum.moreOffTrack.empty()) paragraph(sum.moreOffTrack, s_.italic, s_.muted);
        }
        if (!sum.note.empty()) paragraph(sum.note, s_.italic, s_.muted);
        return y_;
    }

  private:
    void maturityBand(const ExecutiveSummary& sum) {
        QFontMetricsF big(s_.big, flow_.device()), small(s_.small, flow_.device()),
            h2(s_.h2, flow_.device());
        const double h = small.lineSpacing() + big.lineSpacing() + s_.mm(5);
        if (p_) {
            p_->fillRect(QRectF(flow_.left(), y_, flow_.width(), h), s_.band);
            p_->fillRect(QRectF(flow_.left(), y_, s_.mm(1.5), h), s_.accent);
            const double x = flow_.left() + s_.mm(5);
            p_->setFont(s_.small);
            p_->setPen(s_.muted);
            p_->drawText(QPointF(x, y_ + s_.mm(2.5) + small.ascent()),
                         QString::fromStdString(reportText("CRM maturity")));
            QString index =
                sum.maturityIndex.empty()
                    ? QString()
                    : WrappedText::fromUtf8(reportFormat("Index {0} / 100", sum.maturityIndex));
            const double indexWidth = h2.horizontalAdvance(index);
            p_->setFont(s_.big);
            p_->setPen(s_.ink);
            p_->drawText(QPointF(x, y_ + s_.mm(2.5) + small.lineSpacing() + big.ascent()),
                         big.elidedText(WrappedText::fromUtf8(sum.maturityLevel), Qt::ElideRight,
                                        flow_.width() - indexWidth - s_.mm(14)));
            p_->setFont(s_.h2);
            p_->setPen(s_.accent);
            p_->drawText(QPointF(flow_.left() + flow_.width() - s_.mm(4) - indexWidth,
                                 y_ + h / 2 + h2.ascent() / 2),
                         index);
        }
        y_ += h + s_.mm(3);
    }

    void figures(const std::vector<KeyValue>& items) {
        if (items.empty()) return;
        const double gap = s_.mm(3);
        const double w = (flow_.width() - gap * static_cast<double>(items.size() - 1)) /
                         static_cast<double>(items.size());
        double tallest = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            QString label = WrappedText::limitLines(WrappedText::fromUtf8(items[i].key), s_.small,
                                                    w - s_.mm(4), flow_.device(), 2);
            WrappedText labelText(label, s_.small, w - s_.mm(4), flow_.device());
            WrappedText value(WrappedText::limitLines(WrappedText::fromUtf8(items[i].value), s_.h2,
                                                      w - s_.mm(4), flow_.device(), 1),
                              s_.h2, w - s_.mm(4), flow_.device());
            const double h = labelText.lineHeight() * 2 + value.height() + s_.mm(4);
            tallest = std::max(tallest, h);
            if (p_) {
                const double x = flow_.left() + static_cast<double>(i) * (w + gap);
                p_->setPen(QPen(s_.rule, s_.pt(0.8)));
                p_->drawRect(QRectF(x, y_, w, h));
                p_->setPen(s_.muted);
                labelText.draw(p_, QPointF(x + s_.mm(2), y_ + s_.mm(1.5)));
                p_->setPen(s_.ink);
                value.draw(p_, QPointF(x + s_.mm(2), y_ + s_.mm(2) + labelText.lineHeight() * 2));
            }
        }
        y_ += tallest + s_.mm(2);
    }

    void heading(const std::string& text) {
        y_ += s_.mm(2.5);
        WrappedText h(QString::fromStdString(text), s_.h3, flow_.width(), flow_.device());
        if (p_) {
            p_->setPen(s_.accent);
            h.draw(p_, QPointF(flow_.left(), y_));
        }
        y_ += h.height() + s_.mm(1);
    }

    // Whole sentences only: a paragraph is never cut.
    void paragraph(const std::string& text, const QFont& font, const QColor& colour) {
        WrappedText wrapped(WrappedText::fromUtf8(text), font, flow_.width(), flow_.device());
        if (p_) {
            p_->setPen(colour);
            wrapped.draw(p_, QPointF(flow_.left(), y_));
        }
        y_ += wrapped.height() + s_.mm(1);
    }

    // A numbered or dotted item: bold title, then the detail when title and detail fit in
    // maxLines_ lines; otherwise the title alone. Nothing is cut mid-sentence.
    void item(const std::string& marker, const std::string& title, const std::string& detail,
              const QColor& dot) {
        const double indent = s_.mm(6), width = flow_.width() - indent;
        const QString boldPart = WrappedText::fromUtf8(title);
        const int titleLines = WrappedText(boldPart, s_.bold, width, flow_.device()).lineCount();
        QString text = boldPart;
        if (!detail.empty()) {
            const QString whole =
                boldPart + QStringLiteral(" \u2014 ") + WrappedText::fromUtf8(detail);
            if (WrappedText(whole, s_.body, width, flow_.device()).lineCount() <=
                std::max(maxLines_, titleLines))
                text = whole;
        }
        const int boldLength = static_cast<int>(boldPart.size());
        WrappedText wrapped(text, s_.body, width, flow_.device(), Qt::AlignLeft,
                            std::min(boldLength, static_cast<int>(text.size())));
        if (p_) {
            if (dot.isValid()) {
                p_->setPen(Qt::NoPen);
                p_->setBrush(dot);
                p_->drawEllipse(QPointF(flow_.left() + s_.mm(2), y_ + wrapped.lineHeight() * 0.5),
                                s_.mm(1.2), s_.mm(1.2));
                p_->setBrush(Qt::NoBrush);
            } else {
                p_->setFont(s_.bold);
                p_->setPen(s_.accent);
                p_->drawText(
                    QPointF(flow_.left(), y_ + QFontMetricsF(s_.bold, flow_.device()).ascent()),
                    WrappedText::fromUtf8(marker));
            }
            p_->setPen(s_.ink);
            wrapped.draw(p_, QPointF(flow_.left() + indent, y_));
        }
        y_ += wrapped.height() + s_.mm(1.2);
    }

    const PageFlow& flow_;
    const PdfStyle& s_;
    QPainter* p_;
    int maxLines_;
    double y_ = 0;
};

}  // namespace

void drawExecutiveSummary(PageFlow& flow, const ExecutiveSummary& summary) {
    const PdfStyle& s = flow.style();
    flow.setSectionTitle(QString::fromStdString(reportText("Executive summary")));
    flow.startPage(true);
    drawSectionHeading(flow, Section{"summary", "", reportText("Executive summary"), "", {}});

    std::optional<ChartDrawing> chart;
    QSizeF natural;
    if (summary.chart) {
        chart = drawChart(summary.chart->spec);
        natural = chartSize(*chart);
    }
    // The chart labels stay readable (about 7 pt) from 75% of the text width; to keep that
    // room, the texts get shorter.
    const double minChartHeight =
        natural.isEmpty() ? 0 : flow.width() * 0.75 * natural.height() / natural.width();
    int lines = 3;
    for (; lines > 1; --lines)
        if (flow.bottom() - SummaryText(flow, nullptr, lines).run(summary, flow.y) >=
            minChartHeight)
            break;
    flow.y = SummaryText(flow, flow.painter(), lines).run(summary, flow.y);

    if (chart && !natural.isEmpty()) {
        flow.y += s.mm(3);
        const double room = flow.bottom() - flow.y;
        const double w = std::min(flow.width(), room * natural.width() / natural.height());
        const double h = w * natural.height() / natural.width();
        if (QPainter* p = flow.painter(); p && h > 0)
            paintChart(*p, *chart, QRectF(flow.left() + (flow.width() - w) / 2, flow.y, w, h));
        flow.y += h;
    }
}

}  // namespace crm::report::pdf
