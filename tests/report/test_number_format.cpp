#include <catch2/catch.hpp>

#include "report/number_format.h"
#include "report/report_text.h"

using namespace crm;
using namespace crm::report;

TEST_CASE("formatFixed groups thousands and rounds without locale", "[report][format]") {
    CHECK(formatFixed(1234567.891, 2) == "1,234,567.89");
    CHECK(formatFixed(998.5, 0) == "999");  // half away from zero, not printf's half to even
    CHECK(formatFixed(31.25, 1) == "31.3");
    CHECK(formatFixed(-1234.5, 1) == "-1,234.5");
    CHECK(formatFixed(-0.04, 1) == "0.0");  // no "-0.0"
    CHECK(formatFixed(12, 0) == "12");
}

TEST_CASE("formatValue drops trailing zeros", "[report][format]") {
    CHECK(formatValue(12.50) == "12.5");
    CHECK(formatValue(3.0) == "3");
    CHECK(formatValue(1234.0) == "1,234");
    CHECK(formatValue(66.666, 1) == "66.7");
    CHECK(formatValue(std::optional<double>{}) == "");
}

TEST_CASE("formatAmount prints exact money", "[report][format]") {
    CHECK(formatAmount(Money::fromUnits(4200000)) == "4,200,000");
    CHECK(formatAmount(Money{120000500}) == "120,000.50");  // 120000.5 units
    CHECK(formatAmount(Money{-1005}) == "-1.01");           // -1.005: half away from zero
    CHECK(formatAmount(Money{999995}) == "1,000.00");       // 999.995 rounds up into the next unit
    CHECK(formatAmount(std::optional<Money>{}) == "");
}

TEST_CASE("formatPercent and formatCount", "[report][format]") {
    CHECK(formatPercent(71.25, 1) == "71.3%");
    CHECK(formatPercent(5) == "5%");
    CHECK(formatCount(std::int64_t{1400}) == "1,400");
    CHECK(formatCount(std::nullopt) == "");
}

// The same functions inside a German report (report_text.h): German separators, "%" and the
// currency sign after a no-break space (\u00a0), dates day first. Expected strings by hand.
TEST_CASE("inside a German report the numbers and dates are German", "[report][format][de]") {
    const ReportLanguage german("de");
    CHECK(formatFixed(1234567.891, 2) == "1.234.567,89");
    CHECK(formatValue(12.50) == "12,5");
    CHECK(formatCount(std::optional<std::int64_t>{1645}) == "1.645");
    CHECK(formatPercent(71.25, 1) == "71,3\u00a0%");
    CHECK(formatPercentShort(19.8, 1) == "19,8\u00a0%");
    CHECK(formatAmount(Money{120000500}) == "120.000,50");
    CHECK(formatAmount(Money{-1005}) == "-1,01");
    CHECK(formatAmountIn(Money::fromUnits(27500), "EUR") == "27.500\u00a0€");
    CHECK(formatAmountIn(Money::fromUnits(27500), "SEK") == "27.500\u00a0SEK");
    CHECK(formatAmountIn(Money::fromUnits(27500), "") == "27.500");
    CHECK(formatDay(Date{date::year{2026} / 12 / 31}) == "31.12.2026");
    CHECK(currencyCaption("") == "nicht festgelegt (Beträge in Währungseinheiten)");
    {
        const ReportLanguage english("en");  // scopes nest
        CHECK(formatDay(Date{date::year{2026} / 3 / 31}) == "2026-03-31");
        CHECK(formatAmountIn(Money::fromUnits(27500), "EUR") == "27,500 EUR");
    }
    CHECK(formatPercent(5, 0) == "5\u00a0%");  // German again after the inner scope
    CHECK(reportText("Executive summary") == "Zusammenfassung für die Geschäftsführung");
    CHECK(reportFormat("Page {0} of {1}", 3, 54) == "Seite 3 von 54");
    CHECK(reportPlural("{0} customer", "{0} customers", 1) == "1 Kunde");
    CHECK(reportPlural("{0} customer", "{0} customers", 5) == "5 Kunden");
    CHECK(choiceText("Done") == "Erledigt");
}

TEST_CASE("outside any report language, and for an unknown one, the report is English",
          "[report][format][de]") {
    CHECK(formatPercent(71.25, 1) == "71.3%");
    const ReportLanguage unknown("xx");
    CHECK(reportLanguage() == "en");
    CHECK(reportText("Executive summary") == "Executive summary");
}
