#include <catch2/catch.hpp>

#include "engine/transactions/date_parse.h"

using namespace crm::transactions;

// Day numbers: 1970-01-01 = 0; 1997-01-01 = 9862 (27 years, 7 of them leap: 27*365+7);
// 2024-02-29 = 19782 (2024-01-01 = 19723 = 54*365+13, + 31 + 28).
TEST_CASE("each date format", "[date]") {
    CHECK(parseDate("1970-01-01", DateFormat::IsoDate) == 0);
    CHECK(parseDate("1997-01-01", DateFormat::IsoDate) == 9862);
    CHECK(parseDate("2024-02-29", DateFormat::IsoDate) == 19782);
    CHECK(parseDate("2024-2-29", DateFormat::IsoDate) == 19782);
    CHECK(parseDate("2024-02-29 23:59:59", DateFormat::IsoDateTime) == 19782);
    CHECK(parseDate("2024-02-29T00:00:00.250", DateFormat::IsoDateTime) == 19782);
    CHECK(parseDate("19970101", DateFormat::Compact) == 9862);
    CHECK(parseDate("29/02/2024", DateFormat::DayMonthYear) == 19782);
    CHECK(parseDate("1/1/1997", DateFormat::DayMonthYear) == 9862);
    CHECK(parseDate("02/29/2024", DateFormat::MonthDayYear) == 19782);
    CHECK(parseDate(" 1/1/1970 ", DateFormat::MonthDayYear) == 0);
    CHECK(parseDate("1969-12-31", DateFormat::IsoDate) == -1);
}

TEST_CASE("impossible or misformatted dates are rejected", "[date]") {
    CHECK_FALSE(parseDate("2024-13-45", DateFormat::IsoDate));
    CHECK_FALSE(parseDate("2023-02-29", DateFormat::IsoDate));  // not a leap year
    CHECK_FALSE(parseDate("2024-04-31", DateFormat::IsoDate));
    CHECK_FALSE(parseDate("2024-00-10", DateFormat::IsoDate));
    CHECK_FALSE(
        parseDate("2024-01-01 12:00:00", DateFormat::IsoDate));  // time needs the datetime format
    CHECK_FALSE(parseDate("2024-01-01", DateFormat::IsoDateTime));
    CHECK_FALSE(parseDate("2024-01-01 24:00:00", DateFormat::IsoDateTime));
    CHECK_FALSE(parseDate("2024-01-01 12:60:00", DateFormat::IsoDateTime));
    CHECK_FALSE(parseDate("2024-01-01 12:00:00+02", DateFormat::IsoDateTime));
    CHECK_FALSE(parseDate("1997011", DateFormat::Compact));
    CHECK_FALSE(parseDate("199701011", DateFormat::Compact));
    CHECK_FALSE(parseDate("13/13/2024", DateFormat::DayMonthYear));
    CHECK_FALSE(parseDate("31/12/2024", DateFormat::MonthDayYear));
    CHECK_FALSE(parseDate("1/1/24", DateFormat::DayMonthYear));  // two-digit years are ambiguous
    CHECK_FALSE(parseDate("", DateFormat::IsoDate));
    CHECK_FALSE(parseDate("2024/01/01", DateFormat::IsoDate));
}

TEST_CASE("date format spellings round-trip", "[date]") {
    for (DateFormat f : kAllDateFormats) CHECK(dateFormatFromText(dateFormatText(f)) == f);
    CHECK(dateFormatText(DateFormat::IsoDateTime) == "%Y-%m-%d %H:%M:%S");
    CHECK_FALSE(dateFormatFromText("%d.%m.%Y"));
}
