// The optional sections in the PDF (what changed, the room's disagreement, parking lot,
// evidence, customer data) and `crmw report` reading imported transactions.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "pdf_tools.h"
#include "report/builder/report_builder.h"
#include "report/pdf/report_command.h"
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

// Five customers, net values 0, 10, 20, 30, 140: top 20% = 140 / 200 = 70%.
transactions::TransactionTable fiveCustomers() {
    transactions::TransactionTable t;
    t.customerIds = {"A", "B", "C", "D", "E"};
    const std::int64_t units[] = {0, 10, 20, 30, 140};
    for (std::uint32_t c = 0; c < 5; ++c) {
        t.customer.push_back(c);
        t.day.push_back(20000 + static_cast<std::int32_t>(c));
        t.amount.push_back(units[c] * 1000);
        t.cost.push_back(0);
        t.quantitySign.push_back(units[c] > 0 ? 1 : 0);
        t.segment.push_back(0);
        t.order.push_back(0);
        t.sourceLine.push_back(c + 2);
    }
    return t;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
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

TEST_CASE("crmw report adds the customer data the document holds", "[report][pdf][customers]") {
    const std::string out = (scratchDir() / "with-customers.html").string();
    ReportCommandOptions options;
    options.inputPath = "test.crmw";
    options.outputPath = out;
    options.date = "2026-04-02";
    auto load = [](const std::string&, std::string*) -> std::optional<Assessment> {
        return makeTestAssessment();
    };
    std::ostringstream stdoutText, stderrText;
    auto loadLines = [](const std::string&) { return fiveCustomers(); };
    REQUIRE(runReportCommand(options, load, loadLines, stdoutText, stderrText) == kReportOk);
    const std::string html = readFile(out);
    CHECK(contains(html, "Customers by RFM group"));
    CHECK(contains(html, "bring 70% of it"));

    auto noLines = [](const std::string&) { return transactions::TransactionTable{}; };
    REQUIRE(runReportCommand(options, load, noLines, stdoutText, stderrText) == kReportOk);
    CHECK_FALSE(contains(readFile(out), "Customers by RFM group"));
}
