#pragma once
// The pages before the sections: title page, table of contents, one-page executive summary.
#include <string>
#include <vector>

#include "report/pdf/page_flow.h"
#include "report/report_data.h"

namespace crm::report::pdf {

struct TocEntry {
    std::string number;
    std::string title;
    int page = 0;  // 0 while not known (first, measuring run)
};

void drawTitlePage(PageFlow& flow, const TitlePage& title);
// The brief's first lines instead of a title page: what, whose, which cycle, which currency.
void drawBriefHeader(PageFlow& flow, const TitlePage& title);
void drawContents(PageFlow& flow, const std::vector<TocEntry>& entries);
// Always exactly one page: long texts are cut to fewer lines and the chart takes what is left.
void drawExecutiveSummary(PageFlow& flow, const ExecutiveSummary& summary);

}  // namespace crm::report::pdf
