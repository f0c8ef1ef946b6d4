// Tables: column widths from the content, wrapped cells, rows that move to the next page
// whole (up to half a page tall), and the header row repeated on every page the table spans.
// Taller rows are split line by line.
#include <QFontMetricsF>

#include <algorithm>
#include <numeric>
#include <vector>

#include "report/pdf/pdf_blocks.h"
#include "report/pdf/wrapped_text.h"
#include "report/report_text.h"

namespace crm::report::pdf {
namespace {

Qt::Alignment alignmentOf(Align align) {
    switch (align) {
        case Align::Right:
            return Qt::AlignRight;
        case Align::Center:
            return Qt::AlignHCenter;
        case Align::Left:
            return Qt::AlignLeft;
    }
    return Qt::AlignLeft;
}

// Like an HTML table with width 100%: every column gets its longest word, the rest of the
// width goes to the columns whose text would still wrap, in proportion to how much. When even
// the longest words do not fit, only the longest words of text columns are broken (the
// narrowest cap that makes the row fit); words in right-aligned (number) columns never are.
std::vector<double> columnWidths(const Table& table, const PdfStyle& style, QPaintDevice* device,
                                 double available, const TableLook& look) {
    const std::size_t n = table.columns.size();
    std::vector<double> minW(n, 0.0), maxW(n, 0.0);
    std::vector<bool> breakable(n, true);
    const double pad = 2 * style.cellPadX;
    for (std::size_t c = 0; c < n; ++c) {
        breakable[c] = table.columns[c].align != Align::Right;
        if (look.header) {
            auto e = measureText(WrappedText::fromUtf8(table.columns[c].header), style.smallBold,
                                 device);
            minW[c] = e.longestWord;
            maxW[c] = e.longestLine;
        }
        const QFont& font = look.boldFirstColumn && c == 0 ? style.bold : style.body;
        for (const auto& row : table.rows) {
            if (c >= row.size()) continue;
            auto e = measureText(WrappedText::fromUtf8(row[c]), font, device);
            minW[c] = std::max(minW[c], e.longestWord);
            maxW[c] = std::max(maxW[c], e.longestLine);
        }
        // A little slack: layout and metrics may differ in the last fraction of a point.
        minW[c] = minW[c] * 1.02 + style.pt(0.5) + pad;
        maxW[c] = std::max(maxW[c] * 1.02 + style.pt(0.5) + pad, minW[c]);
    }
    if (look.boldFirstColumn && !look.header &&
        n == 2) {  // key/value list: keys as narrow as they can be
        minW[0] = maxW[0] = std::min(maxW[0], available * 0.4);
        minW[1] = std::min(minW[1], available - minW[0]);
        return {minW[0], available - minW[0]};
    }
    auto sum = [](const std::vector<double>& v) {
        return std::accumulate(v.begin(), v.end(), 0.0);
    };
    if (sum(minW) > available) {
        double low = 0.0, high = *std::max_element(minW.begin(), minW.end());
        auto capped = [&](double cap) {
            double total = 0.0;
            for (std::size_t c = 0; c < n; ++c)
                total += breakable[c] ? std::min(minW[c], cap) : minW[c];
            return total;
        };
        for (int i = 0; i < 40; ++i) {
            const double mid = (low + high) / 2;
            (capped(mid) > available ? high : low) = mid;
        }
        for (std::size_t c = 0; c < n; ++c)
            if (breakable[c]) minW[c] = std::min(minW[c], std::max(low, pad * 2));
    }
    const double sumMin = sum(minW), sumMax = sum(maxW);
    std::vector<double> widths(n);
    for (std::size_t c = 0; c < n; ++c) {
        if (sumMax <= available)
            widths[c] = maxW[c] + (available - sumMax) * maxW[c] / sumMax;
        else if (sumMin <= available)
            widths[c] = minW[c] + (available - sumMin) * (maxW[c] - minW[c]) / (sumMax - sumMin);
        else
            widths[c] = available * minW[c] / sumMin;
    }
    return widths;
}

struct LaidRow {
    std::vector<std::unique_ptr<WrappedText>> cells;
    int lines = 1;
    double lineHeight = 0;
};

LaidRow layRow(const std::vector<std::string>& texts, const Table& table,
               const std::vector<double>& widths, const PdfStyle& style, QPaintDevice* device,
               bool header, const TableLook& look) {
    LaidRow row;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const QFont& font =
            header ? style.smallBold : (look.boldFirstColumn && c == 0 ? style.bold : style.body);
        QString text = c < texts.size() ? WrappedText::fromUtf8(texts[c]) : QString();
        row.cells.push_back(std::make_unique<WrappedText>(text, font,
                                                          widths[c] - 2 * style.cellPadX, device,
                                                          alignmentOf(table.columns[c].align)));
        row.lines = std::max(row.lines, row.cells.back()->lineCount());
        row.lineHeight = std::max(row.lineHeight, row.cells.back()->lineHeight());
    }
    return row;
}

class TableDrawer {
  public:
    TableDrawer(PageFlow& flow, const Table& table, const TableLook& look)
        : flow_(flow),
          table_(table),
          look_(look),
          style_(flow.style()),
          widths_(columnWidths(table, style_, flow.device(), flow.width(), look)) {}

    void draw() {
        std::vector<std::string> headerTexts;
        for (const auto& c : table_.columns) headerTexts.push_back(c.header);
        header_ = layRow(headerTexts, table_, widths_, style_, flow_.device(), true, look_);
        for (std::size_t r = 0; r < table_.rows.size(); ++r) drawRow(r);
        flow_.y += style_.blockGap;
    }

    double headerHeight() const { return look_.header ? rowHeight(header_, header_.lines) : 0.0; }

  private:
    double rowHeight(const LaidRow& row, int lines) const {
        return row.lineHeight * lines + 2 * style_.cellPadY;
    }

    void drawHeader() {
        if (!look_.header) return;
        paintRow(header_, 0, header_.lines, style_.band, true);
    }

    void newPageWithHeader() {
        flow_.startPage(true);
        if (!table_.heading.empty()) {
            WrappedText cont(WrappedText::fromUtf8(reportFormat("{0} (continued)", table_.heading)),
                             style_.smallItalic, flow_.width(), flow_.device());
            if (flow_.painter()) {
                flow_.painter()->setPen(style_.muted);
                cont.draw(flow_.painter(), QPointF(flow_.left(), flow_.y));
            }
            flow_.y += cont.height() + style_.mm(1);
        }
        drawHeader();
    }

    void drawRow(std::size_t r) {
        LaidRow row = layRow(table_.rows[r], table_, widths_, style_, flow_.device(), false, look_);
        if (r == 0) {  // keep the header with the first row
            double whole = rowHeight(row, row.lines);
            double firstPart =
                whole <= flow_.contentHeight() / 2 ? whole : rowHeight(row, std::min(row.lines, 3));
            flow_.ensureSpace(headerHeight() + firstPart);
            drawHeader();
        }
        const QColor fill = look_.zebra && r % 2 == 1 ? style_.zebra : QColor(Qt::white);
        int first = 0;
        bool freshPage = false;
        while (first < row.lines) {
            const int left = row.lines - first;
            const int fits =
                static_cast<int>((flow_.remaining() - 2 * style_.cellPadY) / row.lineHeight);
            if (fits >= left) {
                paintRow(row, first, left, fill, false);
                break;
            }
            // Move the rest of the row to the next page when it is at most half a page; split
            // taller rows at the page end (and never loop on a page too small for one line).
            if (!freshPage && (rowHeight(row, left) <= flow_.contentHeight() / 2 || fits < 1)) {
                newPageWithHeader();
                freshPage = true;
                continue;
            }
            const int count = std::max(fits, 1);
            paintRow(row, first, count, fill, false);
            first += count;
            freshPage = false;
        }
    }

    void paintRow(const LaidRow& row, int first, int count, const QColor& fill, bool header) {
        const double h = rowHeight(row, count);
        if (QPainter* p = flow_.painter()) {
            if (fill != QColor(Qt::white))
                p->fillRect(QRectF(flow_.left(), flow_.y, flow_.width(), h), fill);
            p->setPen(style_.ink);
            double x = flow_.left();
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                row.cells[c]->draw(p, QPointF(x + style_.cellPadX, flow_.y + style_.cellPadY),
                                   first, count);
                x += widths_[c];
            }
            p->setPen(QPen(header ? style_.muted : style_.rule, style_.pt(header ? 0.8 : 0.5)));
            p->drawLine(QPointF(flow_.left(), flow_.y + h),
                        QPointF(flow_.left() + flow_.width(), flow_.y + h));
        }
        flow_.y += h;
    }

    PageFlow& flow_;
    const Table& table_;
    TableLook look_;
    const PdfStyle& style_;
    std::vector<double> widths_;
    LaidRow header_;
};

}  // namespace

void drawTable(PageFlow& flow, const Table& table, const TableLook& look) {
    const PdfStyle& style = flow.style();
    if (table.rows.empty()) {
        drawSubheading(flow, table.heading, style.mm(8));
        drawText(flow, WrappedText::fromUtf8(table.emptyText), style.italic, style.muted);
        flow.y += style.blockGap;
        return;
    }
    // The heading stays with the header row and the first lines of the table.
    drawSubheading(flow, table.heading, style.mm(22));
    TableDrawer(flow, table, look).draw();
}

}  // namespace crm::report::pdf
