// The optional sections in the PDF (what changed, the room's disagreement, parking lot,
// evidence, customer data).
#include <catch2/catch.hpp>

#include "pdf_tools.h"
#include "report/builder/report_builder.h"
#include "report/pdf/write_pdf_report.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

Assessment fullAssessment() {
    auto a = makeTestAssessment();
    addEarlierCycle(a);
    addWorkshopData(a.cycles[0]);
    return a;
}

}  // namespace

TEST_CASE("PDF: the optional sections are listed, headed and keep hostile text literal",
          "[report][pdf][workshop][changes]") {
    auto a = fullAssessment();
    ReportInputs inputs{day(2026, 4, 2), makeTestScores(), makeTestCurve()};
    inputs.customerFigures = makeTestCustomerFigures();
    const std::string path = (scratchDir() / "full-sections.pdf").string();
    std::string error;
    REQUIRE(writePdf(buildReportData(a, a.cycles[0], inputs), path, PdfOptions{}, &error));
    CHECK(pdfImageCount(path) == 0);
    const std::string toc = collapseSpaces(pdfPageText(path, 2));
    for (const char* heading : {"What changed since 2025", "Where the room disagreed",
                                "Parking lot", "B Evidence and notes"}) {
        INFO(heading);
        const int page = tocPage(toc, heading);
        REQUIRE(page > 3);
        CHECK(contains(collapseSpaces(pdfPageText(path, page)), heading));
    }
    const std::string all = collapseSpaces(runCommand("pdftotext '" + path + "' -"));
    CHECK(contains(all, "<script>alert(2)</script>"));
    CHECK(contains(all, "Bobby'); DROP TABLE cycles;--"));
    CHECK_FALSE(contains(all, "&lt;"));
    for (const char* label : {"Spread of the ratings per item", "Above the disagreement threshold",
                              "Current maturity in both cycles", "Customers by RFM group",
                              "Share of customers (lowest value first)"})
        CHECK(contains(all, label));
}
