// The executive brief and the report's honesty about gaps, read as an executive reads them:
// the PDF's text (pdftotext) and page count (pdfinfo).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "pdf_tools.h"
#include "report/builder/report_builder.h"
#include "report/pdf/write_pdf_report.h"
#include "report/write_report.h"
#include "sample_workshop.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

std::string writeSample(ReportFormat format, ReportKind kind, const std::string& name) {
    const std::string path = (scratchDir() / name).string();
    std::string error;
    REQUIRE(writeReport(loadSampleWorkshop(), "", format, PaperSize::A4, path, kSampleReportDate,
                        nullptr, kind, &error));
    return path;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A sentence cut short: an ellipsis at the end of a line or before a full stop.
bool hasCutSentence(const std::string& text) {
    return std::regex_search(text, std::regex("\u2026[ ]*(\n|$|\\.)"));
}

// An item id such as "trt-101" or "kpi-7" where a name belongs.
std::string firstId(const std::string& text) {
    std::smatch match;
    return std::regex_search(text, match, std::regex("\\b[a-z]{2,5}-[0-9]+\\b")) ? match.str() : "";
}

// Text with every run of spaces and line breaks made one space, so a wrapped sentence matches.
std::string oneLine(const std::string& text) {
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

// The sample with almost nothing entered: the first cycle emptied, its name and date kept.
Assessment nearlyEmptyAssessment() {
    Assessment a = makeTestAssessment();
    Cycle& cycle = a.cycles[0];
    Cycle fresh;
    fresh.id = cycle.id;
    fresh.name = cycle.name;
    fresh.assessmentDate = cycle.assessmentDate;
    cycle = fresh;
    return a;
}

}  // namespace

TEST_CASE("brief: the sample's brief is two A4 pages of whole sentences", "[report][pdf][brief]") {
    const std::string pdf = writeSample(ReportFormat::Pdf, ReportKind::Brief, "brief.pdf");
    REQUIRE(pdfPageCount(pdf) == 2);
    const std::string one = collapseSpaces(pdfPageText(pdf, 1));
    const std::string all = collapseSpaces(runCommand("pdftotext -layout '" + pdf + "' -"));
    CHECK(contains(one, "Executive brief: Quillmere Office Supply"));
    CHECK(contains(one, "Where we stand"));
    // 11 capabilities with a mean of 2.91 (make_sample.py): (2.91 - 1) / 4 x 100 = 47.7, which
    // lies between the band edges 40 and 60: the third of five levels.
    CHECK(contains(one, "Optimizing level, the third of five levels"));
    for (const char* band : {"Developing", "Practicing", "Leading", "Maximum value"})
        CHECK(contains(one, band));
    for (const char* heading :
         {"What we decided", "What we ask of you", "What it costs", "Top risks", "Next milestones"})
        CHECK(contains(all, heading));
    // The eight resources of the 2026 cycle: 4,000 + 18,500 + 28,000 + 86,000 + 6,000 + 12,500 +
    // 9,000 + 2,500 = 166,500 to start; 34,000 + 5,000 + 6,000 + 9,500 + 23,760 + 7,200 +
    // 104,000 + 3,000 = 192,460 a year.
    CHECK(contains(all, "Approve the budget of 166,500 EUR to"));  // the cell wraps here
    CHECK(contains(all, "192,460 EUR a year."));
    CHECK(contains(all, "Off track: Gross margin"));
    CHECK_FALSE(hasCutSentence(all));
    CHECK(firstId(all).empty());
    CHECK_FALSE(contains(all, "DRAFT"));  // the sample is 94% complete
}

TEST_CASE("brief: HTML has the brief's sections and no contents or summary page",
          "[report][html][brief]") {
    const std::string html =
        readFile(writeSample(ReportFormat::Html, ReportKind::Brief, "brief.html"));
    CHECK(contains(html, "<header class=\"brief-header\">"));
    CHECK_FALSE(contains(html, "<nav class=\"toc\">"));
    CHECK_FALSE(contains(html, "id=\"summary\""));
    const auto stand = html.find("Where we stand"), asks = html.find("What we ask of you"),
               next = html.find("Next milestones");
    REQUIRE(stand != std::string::npos);
    CHECK(stand < asks);
    CHECK(asks < next);
}

TEST_CASE("summary: maturity in words, no formula, nothing cut", "[report][pdf][summary]") {
    const std::string pdf = writeSample(ReportFormat::Pdf, ReportKind::Full, "full.pdf");
    const std::string summary = collapseSpaces(pdfPageText(pdf, 3));
    REQUIRE(contains(summary, "Executive summary"));
    CHECK(contains(summary, "Optimizing, level 3 of 5"));
    CHECK_FALSE(contains(summary, "/ 4 x 100"));
    CHECK_FALSE(hasCutSentence(summary));
    // Nine of the sample's metrics are off track; five are listed, the rest counted after them.
    CHECK(contains(summary, "4 more metrics are off track; section 8 lists every metric."));
}

TEST_CASE("draft: below the completeness threshold every page says DRAFT and what is missing",
          "[report][pdf][draft]") {
    const Assessment a = nearlyEmptyAssessment();
    const std::string path = (scratchDir() / "draft.pdf").string();
    std::string error;
    REQUIRE(writeReport(a, "", ReportFormat::Pdf, PaperSize::A4, path, day(2026, 4, 2), &error));
    const int pages = pdfPageCount(path);
    REQUIRE(pages > 3);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(contains(pdfPageText(path, page), "DRAFT"));
    }
    const std::string summary = oneLine(pdfPageText(path, 3));
    CHECK(contains(summary, "This report is a draft: its inputs are"));
    CHECK(contains(summary, "and a final report needs 60%."));
    CHECK(contains(summary, "Steps with nothing entered yet: 1 Business strategy"));
    // Nothing was measured, so no statement of absence.
    CHECK_FALSE(contains(summary, "No metric is off track"));
    CHECK_FALSE(contains(summary, "No capability is below its target"));
    CHECK(contains(summary, "Gaps cannot be judged yet"));
    CHECK(contains(summary, "Progress cannot be judged yet"));

    const std::string briefPath = (scratchDir() / "draft-brief.pdf").string();
    REQUIRE(writeReport(a, "", ReportFormat::Pdf, PaperSize::A4, briefPath, day(2026, 4, 2),
                        nullptr, ReportKind::Brief, &error));
    const std::string brief = collapseSpaces(runCommand("pdftotext '" + briefPath + "' -"));
    CHECK(contains(brief, "DRAFT"));
    CHECK(contains(brief, "Risks cannot be judged"));
    CHECK_FALSE(contains(brief, "No metric is off track"));
}
