#include <catch2/catch.hpp>

#include <QByteArray>

#include <fstream>
#include <regex>
#include <sstream>

#include "pdf_tools.h"
#include "report/builder/report_builder.h"
#include "report/pdf/write_pdf_report.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

ReportData scoredReport() {
    auto a = makeTestAssessment();
    return buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
}

std::string writeTestPdf(const ReportData& report, const std::string& name,
                         PaperSize paper = PaperSize::A4) {
    const std::string path = (scratchDir() / name).string();
    std::string error;
    REQUIRE(writePdf(report, path, PdfOptions{paper, {}}, &error));
    return path;
}

// Written once, read by several tests.
const std::string& scoredA4() {
    static const std::string path = writeTestPdf(scoredReport(), "scored-a4.pdf");
    return path;
}

}  // namespace

TEST_CASE("PDF: title page, contents with page numbers, one-page summary, every section",
          "[report][pdf]") {
    const std::string& pdf = scoredA4();
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 15);  // title + contents + summary + 12 sections each on a new page

    const std::string title = pdfPageText(pdf, 1);
    for (const char* text :
         {"CRM strategy report", "Harbour Instruments", "2026", "2026-04-02", "Dana Okafor"})
        CHECK(contains(title, text));
    CHECK_FALSE(contains(title, "Page 1"));  // no running header or number on the title page

    const std::string toc = collapseSpaces(pdfPageText(pdf, 2));
    CHECK(contains(toc, "Contents"));
    CHECK(tocPage(toc, "Executive summary") == 3);
    const std::string summary = pdfPageText(pdf, 3);
    CHECK(contains(summary, "Executive summary"));
    CHECK(contains(summary, "Top capability gaps"));
    CHECK(contains(summary, "Top recommendations"));
    CHECK(contains(summary, "Metrics off track"));
    CHECK(contains(summary, "Practicing"));
    CHECK(
        contains(pdfPageText(pdf, 4), "1 Business strategy"));  // the summary took exactly one page

    // Each heading is on the page the contents promise, and the page says its number.
    for (const auto& heading : kSectionTitles) {
        INFO(heading);
        const int page = tocPage(toc, heading);
        REQUIRE(page > 3);
        const std::string text = collapseSpaces(pdfPageText(pdf, page));
        CHECK(contains(text, heading));
        CHECK(contains(text, "Page " + std::to_string(page) + " of " + std::to_string(pages)));
        CHECK(contains(
            text,
            "Harbour Instruments \u00b7 CRM strategy report \u00b7 cycle 2026"));  // running header
    }
}

TEST_CASE("PDF: A4 and Letter paper", "[report][pdf]") {
    CHECK(contains(runCommand("pdfinfo '" + scoredA4() + "'"), "595 x 842 pts (A4)"));
    const std::string letter = writeTestPdf(scoredReport(), "scored-letter.pdf", PaperSize::Letter);
    CHECK(contains(runCommand("pdfinfo '" + letter + "'"), "612 x 792 pts (letter)"));
    CHECK(contains(pdfPageText(letter, 4), "1 Business strategy"));  // the summary fits Letter too
}

TEST_CASE("PDF: charts are vectors, no raster image anywhere", "[report][pdf][charts]") {
    CHECK(pdfImageCount(scoredA4()) == 0);
    // Chart labels, axes and legends are real text in the PDF.
    std::string all = runCommand("pdftotext '" + scoredA4() + "' -");
    for (const char* label :
         {"Maturity today and targeted", "Scale: 1 = ad hoc, 5 = fully embedded",
          "Importance to customers", "Our performance", "% of the way from baseline to target",
          "Target reached", "Off track", "Share of customers (lowest value first)", "Equal shares",
          "Revenue (currency units)"})
        CHECK(contains(all, label));
}

TEST_CASE("PDF: user text is printed as text", "[report][pdf][escaping]") {
    bool found = false;
    for (int page = 4; page <= pdfPageCount(scoredA4()) && !found; ++page)
        found = contains(pdfPageText(scoredA4(), page), kScriptName);
    CHECK(found);
}

TEST_CASE("PDF: long tables continue on the next page with the header repeated", "[report][pdf]") {
    auto a = makeTestAssessment();
    auto& kpis = a.cycles[0].kpis;
    for (int i = 0; i < 120; ++i) {
        Kpi k = kpis[0];
        k.id = "k-extra-" + std::to_string(i);
        k.name = "Repeat purchase rate of region " + std::to_string(i) +
                 " measured monthly against the plan";
        kpis.push_back(k);
    }
    const std::string pdf =
        writeTestPdf(buildReportData(a, a.cycles[0], {day(2026, 4, 2), std::nullopt, std::nullopt}),
                     "long-table.pdf");
    int continued = 0;
    for (int page = 1; page <= pdfPageCount(pdf); ++page) {
        const std::string text = collapseSpaces(pdfPageText(pdf, page));
        if (!contains(text, "KPIs (continued)")) continue;
        ++continued;
        INFO("page " << page);
        CHECK(contains(text, "Perspective"));  // the header row again
        CHECK(contains(text, "Review"));
    }
    CHECK(continued >= 2);
}

TEST_CASE("PDF: text never runs past the margins, however long", "[report][pdf]") {
    auto a = makeTestAssessment();
    auto& c = a.cycles[0];
    std::string essay;
    for (int i = 0; i < 900; ++i) essay += "customers value reliable calibration ";
    c.statement.businessModel = essay;             // several pages of one paragraph
    c.priorities[0].text = std::string(400, 'W');  // one unbreakable word
    c.segments[0].description = "Line one\nLine two\n\nAfter a blank line";
    c.objectives[0].name = std::string(120, 'x') + " and more words after it";
    const std::string pdf = writeTestPdf(
        buildReportData(a, c, {day(2026, 4, 2), makeTestScores(), std::nullopt}), "long-text.pdf");
    const std::string bboxFile = (scratchDir() / "long-text-bbox.html").string();
    runCommand("pdftotext -bbox '" + pdf + "' '" + bboxFile + "'");
    std::ifstream in(bboxFile);
    std::stringstream html;
    html << in.rdbuf();
    const std::string text = html.str();
    const double pageWidth = 595.0, pageHeight = 842.0, margin = 18.0 * 72 / 25.4;
    std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re");
    int words = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word);
         it != std::sregex_iterator(); ++it, ++words) {
        const double xMin = std::stod((*it)[1]), xMax = std::stod((*it)[3]),
                     yMax = std::stod((*it)[4]);
        if (xMin < margin - 1.0 || xMax > pageWidth - margin + 1.0 || yMax > pageHeight - 20.0) {
            FAIL_CHECK("word outside the text area: " << it->str());
            break;
        }
    }
    CHECK(words > 5000);
}

TEST_CASE("PDF: the executive summary stays on one page with long texts",
          "[report][pdf][summary]") {
    ReportData r = scoredReport();
    const std::string longText(600, 'a');
    for (auto& rec : r.summary.topRecommendations) rec.action = "Do this. " + longText;
    for (auto& gap : r.summary.topGaps)
        gap.reason = std::string(300, 'g') + " and words " + longText;
    for (int i = 0; i < 5; ++i)
        r.summary.offTrackMetrics.push_back(
            {"Metric " + std::to_string(i), Rag::Red, "Off track", "5% of the way", longText});
    const std::string pdf = writeTestPdf(r, "long-summary.pdf");
    CHECK(contains(pdfPageText(pdf, 3), "Executive summary"));
    CHECK(contains(pdfPageText(pdf, 4), "1 Business strategy"));
}

TEST_CASE("writeReport writes each format from the assessment", "[report][pdf][entry]") {
    const auto a = makeTestAssessment();
    for (auto [format, name] : {std::pair{ReportFormat::Pdf, "entry.pdf"},
                                {ReportFormat::Html, "entry.html"},
                                {ReportFormat::Json, "entry.json"}}) {
        const std::string path = (scratchDir() / name).string();
        std::string error;
        CHECK(writeReport(a, "c-2026", format, PaperSize::Letter, path, day(2026, 4, 2), &error));
        CHECK(error.empty());
        CHECK(std::filesystem::file_size(path) > 1000);
        CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    }
    std::string error;
    CHECK_FALSE(writeReport(a, "c-2026", ReportFormat::Pdf, PaperSize::A4, "/nonexistent-dir/r.pdf",
                            day(2026, 4, 2), &error));
    CHECK(contains(error, "cannot write '/nonexistent-dir/r.pdf'"));
    CHECK_FALSE(writeReport(a, "nope", ReportFormat::Html, PaperSize::A4,
                            (scratchDir() / "x.html").string(), day(2026, 4, 2), &error));
    CHECK(error == "there is no cycle 'nope' in the assessment");
}

TEST_CASE("the PDF writer reports progress page by page", "[report][pdf]") {
    std::vector<std::pair<int, int>> calls;
    std::string error;
    const QByteArray bytes = renderPdf(
        scoredReport(),
        PdfOptions{PaperSize::A4, [&](int page, int pages) { calls.emplace_back(page, pages); }},
        &error);
    REQUIRE_FALSE(bytes.isEmpty());
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.front() == std::pair{1, calls.front().second});
    CHECK(calls.back().first == calls.back().second);
    CHECK(static_cast<int>(calls.size()) == calls.back().second);
}
