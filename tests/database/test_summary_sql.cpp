// The summary query's text: the user's names reach it only through the quoting function, the
// observation end only as the parameter $1, and incomplete mappings are refused.
#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "database/summary_sql.h"

namespace {

using crm::customers::PeriodConvention;
using namespace crm::database;

// Stands in for PQescapeIdentifier: wraps the name in markers and remembers it.
struct RecordingQuote {
    std::vector<std::string> names;
    std::string operator()(const std::string& name) {
        names.push_back(name);
        return "<<" + name + ">>";
    }
};

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

const SummaryColumns kColumns{"who", "when", "amount", "", "", "", "", ""};

}  // namespace

TEST_CASE("every name the user gives is quoted, and nothing else of theirs is pasted") {
    RecordingQuote quote;
    const std::string attack = "x\"; DROP TABLE t; --";
    const SummaryColumns columns{attack, "when", "amount", "qty", "", "cost", "", ""};
    const std::string sql = customerSummarySql({attack, ""}, columns, PeriodConvention::Days,
                                               [&quote](const std::string& n) { return quote(n); });
    CHECK(count(sql, attack) == 2);  // the table and the customer column
    CHECK(count(sql, "<<" + attack + ">>") == 2);
    CHECK(count(sql, "<<qty>>") == 1);
    CHECK(count(sql, "<<cost>>") == 1);
    CHECK(count(sql, "$1::integer IS NULL OR day <= $1::integer") == 7);  // windowed aggregates
    CHECK(count(sql, "$1") == 14);
    CHECK(count(sql, "$2") == 0);
}

TEST_CASE("a query is the source as it is, and its columns are still quoted") {
    RecordingQuote quote;
    const std::string sql = customerSummarySql({"", "SELECT * FROM sales WHERE region = 'north'"},
                                               kColumns, PeriodConvention::Days,
                                               [&quote](const std::string& n) { return quote(n); });
    CHECK(count(sql, "FROM (SELECT * FROM sales WHERE region = 'north') AS source_rows") == 1);
    std::sort(quote.names.begin(), quote.names.end());
    CHECK(quote.names == std::vector<std::string>{"amount", "when", "who"});
}

TEST_CASE("calendar weeks start on Monday, day periods are the days") {
    const auto quote = [](const std::string& n) { return "\"" + n + "\""; };
    // 1970-01-01 (day 0) is a Thursday: day -3 is the Monday that starts its week.
    CHECK(count(customerSummarySql({"t", ""}, kColumns, PeriodConvention::CalendarWeeks, quote),
                "floor((day + 3) / 7.0)::integer AS period") == 1);
    CHECK(count(customerSummarySql({"t", ""}, kColumns, PeriodConvention::DaysInWeeks, quote),
                "SELECT customer, day AS period") == 1);
    // Months count from January 1970 (tests/cli/analyze_postgres.sh runs it on a server).
    CHECK(count(customerSummarySql({"t", ""}, kColumns, PeriodConvention::CalendarMonths, quote),
                "((extract(year FROM DATE '1970-01-01' + day) - 1970) * 12 + extract(month FROM "
                "DATE '1970-01-01' + day) - 1)::integer AS period") == 1);
}

TEST_CASE("an incomplete source or mapping is refused") {
    const auto quote = [](const std::string& n) { return n; };
    const auto sql = [&](SummarySource s, SummaryColumns c) {
        return customerSummarySql(s, c, PeriodConvention::Days, quote);
    };
    CHECK_THROWS_AS(sql({"", ""}, kColumns), std::invalid_argument);
    CHECK_THROWS_AS(sql({"t", "SELECT 1"}, kColumns), std::invalid_argument);
    CHECK_THROWS_AS(sql({"t", ""}, {"who", "", "amount", "", "", "", "", ""}),
                    std::invalid_argument);
    CHECK_THROWS_AS(sql({"t", ""}, {"who", "when", "", "", "", "", "", ""}), std::invalid_argument);
    CHECK_THROWS_AS(sql({"t", ""}, {"who", "when", "", "", "price", "", "", ""}),
                    std::invalid_argument);  // a unit price needs a quantity
    CHECK_THROWS_AS(sql({"t", ""}, {"who", "when", "amount", "qty", "price", "", "", ""}),
                    std::invalid_argument);
    CHECK_THROWS_AS(sql({"t", ""}, {"who", "when", "amount", "", "", "cost", "margin", ""}),
                    std::invalid_argument);
    CHECK_NOTHROW(sql({"t", ""}, {"who", "when", "", "qty", "price", "", "margin", ""}));
}

TEST_CASE("with a holdout, the split is the parameter $2 and four fields follow") {
    RecordingQuote quote;
    const auto sql = customerSummarySql(
        {"t", ""}, kColumns, PeriodConvention::Days,
        [&quote](const std::string& n) { return quote(n); }, true);
    CHECK(count(sql, "day <= $2::integer") == 1);  // the calibration's purchase days
    CHECK(count(sql, "day > $2::integer") == 1);   // the holdout's
    CHECK(count(sql, "FILTER (WHERE calibration_days > 0)") == 3);
    CHECK(count(sql, "FILTER (WHERE holdout_days > 0)") == 1);
    CHECK(count(sql, "$3") == 0);
    // Without it the query has no $2 at all (the server would refuse a parameter it lacks).
    CHECK(count(customerSummarySql({"t", ""}, kColumns, PeriodConvention::Days, quote), "$2") == 0);
}

TEST_CASE("the tracking and segment-name queries share the summary's tables") {
    RecordingQuote quote;
    const SummaryColumns columns{"who", "when", "amount", "", "", "", "", "seg\"; --"};
    const auto tracking =
        repeatPurchasesByPeriodSql({"t", ""}, columns, PeriodConvention::CalendarWeeks,
                                   [&quote](const std::string& n) { return quote(n); });
    CHECK(count(tracking, "period_total AS (") == 1);
    CHECK(count(tracking, "WHERE first_period * 7 - 3 <= $2::integer") == 1);
    CHECK(count(tracking, "GROUP BY customer\n") == 1);  // only segment_choice's: no summary step
    const auto names = segmentNamesSql({"t", ""}, columns, PeriodConvention::Days,
                                       [&quote](const std::string& n) { return quote(n); });
    CHECK(count(names, "<<seg\"; -->>") == 1);  // quoted like every other name
    CHECK(count(names, "ORDER BY segment COLLATE \"C\"") == 1);
    CHECK(count(names, "$2") == 0);
    CHECK_THROWS_AS(segmentNamesSql({"t", ""}, kColumns, PeriodConvention::Days, quote),
                    std::invalid_argument);
}
