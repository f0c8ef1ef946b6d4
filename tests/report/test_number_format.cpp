#include <catch2/catch.hpp>

#include "report/number_format.h"

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
