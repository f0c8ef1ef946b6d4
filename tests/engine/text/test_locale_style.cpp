// Numbers, money, percentages and dates in English and German; every expected string is written
// by hand from the conventions in engine/text/locale_style.h (German: Duden, DIN 5008). \u00a0 is
// the no-break space German sets before "%" and the currency.
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/text/locale_style.h"

using crm::text::LocaleStyle;

namespace {
const LocaleStyle& english = LocaleStyle::forLanguage("en");
const LocaleStyle& german = LocaleStyle::forLanguage("de");
}  // namespace

TEST_CASE("numbers are grouped with each language's signs", "[text][locale]") {
    CHECK(english.number(1234.56, 2) == "1,234.56");
    CHECK(german.number(1234.56, 2) == "1.234,56");
    CHECK(english.number(1234567.891, 2) == "1,234,567.89");
    CHECK(german.number(1234567.891, 2) == "1.234.567,89");
    CHECK(german.number(999, 0) == "999");
    CHECK(german.number(1000, 0) == "1.000");
    CHECK(german.number(0.5, 1) == "0,5");
    CHECK(LocaleStyle::forLanguage("fr").number(1234.5, 1) == "1,234.5");  // unknown: English
}

TEST_CASE("negative numbers keep their sign, negative zero does not", "[text][locale]") {
    CHECK(english.number(-1234.5, 2) == "-1,234.50");
    CHECK(german.number(-1234.5, 2) == "-1.234,50");
    CHECK(german.number(-0.004, 2) == "0,00");
    CHECK(english.number(-0.004, 2) == "0.00");
}

TEST_CASE("rounding is half away from zero", "[text][locale]") {
    CHECK(english.number(31.25, 1) == "31.3");
    CHECK(german.number(31.25, 1) == "31,3");
    CHECK(german.number(-31.25, 1) == "-31,3");
    CHECK(german.number(0.125, 2) == "0,13");  // 0.125 is exact in binary: a true tie
    CHECK(german.number(999.996, 2) == "1.000,00");
    CHECK(german.number(2.5, 0) == "3");
    CHECK(german.shortNumber(12.50, 2) == "12,5");
    CHECK(german.shortNumber(3.0, 2) == "3");
    CHECK(german.shortNumber(1234, 2) == "1.234");
    CHECK(english.shortNumber(1234.125, 2) == "1,234.13");
    CHECK(german.number(std::nan(""), 2) == "k. A.");
    CHECK(english.number(std::nan(""), 2) == "n/a");
}

TEST_CASE("money uses the sign for common currencies in German, the code otherwise",
          "[text][locale]") {
    CHECK(english.money(27500, "EUR", 0) == "27,500 EUR");
    CHECK(german.money(27500, "EUR", 0) == "27.500\u00a0€");
    CHECK(german.money(1234.56, "EUR", 2) == "1.234,56\u00a0€");
    CHECK(german.money(1234.56, "USD", 2) == "1.234,56\u00a0$");
    CHECK(german.money(1234.56, "GBP", 2) == "1.234,56\u00a0£");
    CHECK(german.money(1234.56, "CHF", 2) == "1.234,56\u00a0CHF");
    CHECK(german.money(1234.56, "SEK", 2) == "1.234,56\u00a0SEK");
    CHECK(english.money(1234.56, "USD", 2) == "1,234.56 USD");
    CHECK(german.money(-50, "EUR", 0) == "-50\u00a0€");
    CHECK(german.money(27500, "", 0) == "27.500");
    CHECK(german.withCurrency(german.grouped("1234.5"), "EUR") == "1.234,5\u00a0€");
}

TEST_CASE("percentages", "[text][locale]") {
    CHECK(english.percent(71.25, 1) == "71.3%");
    CHECK(german.percent(71.25, 1) == "71,3\u00a0%");
    CHECK(german.percent(100, 0) == "100\u00a0%");
    CHECK(english.percent(5, 0) == "5%");
}

TEST_CASE("dates", "[text][locale]") {
    CHECK(english.date(2026, 3, 31) == "2026-03-31");
    CHECK(german.date(2026, 12, 31) == "31.12.2026");
    CHECK(german.date(2026, 3, 1) == "01.03.2026");
}
