// The document's currency in the report: the cover names it, money headings and sentences
// carry the code, and a document without one reads "currency units" as before.
#include <catch2/catch.hpp>

#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "report/number_format.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;

namespace {

ReportData reportIn(const std::string& currency) {
    auto a = testing::makeTestAssessment();
    a.currency = currency;
    ReportInputs inputs{testing::day(2026, 4, 2), testing::makeTestScores(),
                        testing::makeTestCurve()};
    inputs.customerFigures = testing::makeTestCustomerFigures();
    return buildReportData(a, a.cycles[0], inputs);
}

const Section& sectionNumbered(const ReportData& r, const std::string& id) {
    for (const auto& s : r.sections)
        if (s.id == id) return s;
    FAIL("no section " << id);
    return r.sections.front();
}

const Table* findTable(const Section& s, const std::string& heading) {
    for (const auto& b : s.blocks)
        if (const auto* t = std::get_if<Table>(&b); t && t->heading == heading) return t;
    return nullptr;
}

std::string paragraphTitled(const Section& s, const std::string& heading) {
    for (const auto& b : s.blocks)
        if (const auto* p = std::get_if<Paragraph>(&b); p && p->heading == heading) return p->text;
    return {};
}

}  // namespace

TEST_CASE("money texts: the code after the amount, in headings, on the cover",
          "[report][currency]") {
    CHECK(formatAmountIn(Money{120000500}, "EUR") == "120,000.50 EUR");
    CHECK(formatAmountIn(Money::fromUnits(-27500), "USD") == "-27,500 USD");
    CHECK(formatAmountIn(Money::fromUnits(27500), "") == "27,500");
    CHECK(formatAmountIn(42.5, "JPY") == "42.50 JPY");
    CHECK(moneyHeading("Revenue", "GBP") == "Revenue (GBP)");
    CHECK(moneyHeading("Revenue", "") == "Revenue");
    CHECK(currencyCaption("CHF") == "CHF (Swiss franc)");
    CHECK(currencyCaption("XAU") == "XAU");
    CHECK(currencyCaption("") == "not set (amounts in currency units)");
}

TEST_CASE("a report in CHF: cover, tables, chart axis and sentences name the currency",
          "[report][currency]") {
    const ReportData r = reportIn("CHF");
    CHECK(r.title.company == "Harbour Instruments");  // test_assessment.cpp
    CHECK(r.title.currency == "CHF");

    const Section& segments = sectionNumbered(r, "step-6");
    const Table* seg = findTable(segments, "Segments");
    REQUIRE(seg);
    CHECK(seg->columns[2].header == "Revenue (CHF)");
    CHECK(seg->columns[6].header == "Value / customer (CHF)");
    // makeTestCustomerFigures: 5 customers worth 200 in all; mean lifetime value 42.5, total 212.5.
    CHECK_THAT(paragraphTitled(segments, "From the imported customer data"),
               Catch::Contains("with a net value of 200 CHF (returns deducted)"));
    CHECK_THAT(paragraphTitled(segments, "Lifetime value"),
               Catch::Contains("worth 42.50 CHF, all of them together 212.50 CHF"));

    const Table* resources = findTable(sectionNumbered(r, "step-10"), "Resource requirements");
    REQUIRE(resources);
    CHECK(resources->columns[2].header == "Initial cost (CHF)");
    // r-1 initial 0 + r-2 initial 120,000.500; ongoing 65,000 + 18,000 (test_assessment.cpp).
    CHECK(resources->rows.back() ==
          std::vector<std::string>{"Total", "", "120,000.50", "83,000", ""});

    const std::string html = renderHtml(r);
    CHECK_THAT(html, Catch::Contains("<p class=\"company\">Harbour Instruments</p>"));
    CHECK_THAT(html, Catch::Contains("<dt>Currency</dt><dd>CHF (Swiss franc)</dd>"));
    CHECK_THAT(html, Catch::Contains("<dt>Facilitator</dt><dd>Dana Okafor</dd>"));
    CHECK_THAT(html, Catch::Contains("Revenue (CHF)"));
    CHECK_THAT(html, !Catch::Contains("currency units"));
    CHECK_THAT(renderJson(r), Catch::Contains("\"currency\": \"CHF\""));
}

TEST_CASE("a report of a document without a currency says currency units", "[report][currency]") {
    const ReportData r = reportIn("");
    const Table* seg = findTable(sectionNumbered(r, "step-6"), "Segments");
    REQUIRE(seg);
    CHECK(seg->columns[2].header == "Revenue");
    const std::string html = renderHtml(r);
    CHECK_THAT(html, Catch::Contains("Revenue (currency units)"));
    CHECK_THAT(html,
               Catch::Contains("<dt>Currency</dt><dd>not set (amounts in currency units)</dd>"));
}
