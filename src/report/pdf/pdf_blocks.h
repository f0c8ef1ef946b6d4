#pragma once
// Drawing the report's blocks onto the page flow. Each function starts a new page when the
// block (or its next line / row) no longer fits, so nothing runs past the bottom margin.
#include "report/pdf/page_flow.h"
#include "report/report_data.h"

namespace crm::report::pdf {

struct TableLook {
    bool header = true;  // draw (and repeat) the header row
    bool boldFirstColumn = false;
    bool zebra = true;
};

void drawSectionHeading(PageFlow& flow, const Section& section);
void drawSubheading(PageFlow& flow, const std::string& text, double keepWithNext);
// Wrapped text, continued on the next page line by line when needed.
void drawText(PageFlow& flow, const QString& text, const QFont& font, const QColor& colour,
              double indent = 0, int boldPrefix = 0);
void drawTable(PageFlow& flow, const Table& table, const TableLook& look = {});
// Draws the chart as vectors (QSvgRenderer) at most maxWidth wide and fitting the page.
void drawChart(PageFlow& flow, const Chart& chart, double maxWidth);
void drawBlock(PageFlow& flow, const Block& block);

// The colour of a red/amber/green status: the charts' colour, so a finding matches its bar.
QColor ragColour(Rag rag);

}  // namespace crm::report::pdf
