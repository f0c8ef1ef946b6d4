#include <catch2/catch.hpp>

#include "engine/transactions/format_detection.h"
#include "engine/transactions/transaction_parser.h"
#include "scan_helpers.h"

using namespace crm::transactions;
using crm::transactions::test::readTestFile;

TEST_CASE("detects the CDNOW layout and maps its columns", "[detect]") {
    const auto d = detectFormat(readTestFile("transactions/cdnow_head.txt"));
    CHECK(d.dialect.delimiter == Delimiter::Whitespace);
    CHECK(d.dialect.hasHeader);
    CHECK(d.dialect.decimalSeparator == '.');
    CHECK(d.fieldCount == 4);
    CHECK(d.header ==
          std::vector<std::string>{"customer_id", "date", "number_of_cds", "dollar_value"});
    CHECK(d.dateFormat == DateFormat::Compact);
    CHECK_FALSE(d.dateAmbiguous);
    CHECK(d.columns.customer == 1);
    CHECK(d.columns.date == 2);
    CHECK(d.columns.quantity == 3);
    CHECK(d.columns.amount == 4);
    const auto mapping = d.suggestedMapping();
    REQUIRE(mapping);
    ImportOptions o{d.dialect, *mapping, OnError::Stop, 1000};
    const auto r = parseTransactions(readTestFile("transactions/cdnow_head.txt"), o);
    REQUIRE(r.ok());
    CHECK(r.table.amount == std::vector<std::int64_t>{11770, 12000, 77000, 20760});
}

TEST_CASE("detects semicolon, BOM, decimal comma and day-first dates", "[detect]") {
    const auto d = detectFormat(readTestFile("transactions/semicolon_decimal_comma.csv"));
    CHECK(d.dialect.delimiter == Delimiter::Semicolon);  // ',' splits these lines consistently too
    CHECK(d.dialect.hasHeader);
    CHECK(d.dialect.decimalSeparator == ',');
    CHECK(d.dateFormat == DateFormat::DayMonthYear);  // 31/01/2024 and 29/02/2024 decide it
    CHECK_FALSE(d.dateAmbiguous);
    CHECK(d.columns.date == 2);
    CHECK(d.columns.amount == 3);  // "Umsatz" (German for revenue) names the amount
    CHECK(d.columns.margin == 4);  // "Marge"
    CHECK(d.columns.customer == 1);
}

TEST_CASE("detects tab without header and month-first dates", "[detect]") {
    const auto d = detectFormat(readTestFile("transactions/tab_no_header.tsv"));
    CHECK(d.dialect.delimiter == Delimiter::Tab);
    CHECK_FALSE(d.dialect.hasHeader);
    CHECK(d.header.empty());
    CHECK(d.dateFormat == DateFormat::MonthDayYear);  // 12/31/2024: 31 cannot be a month
    CHECK(d.columns.customer == 1);
    CHECK(d.columns.date == 2);
    CHECK(d.columns.amount == 4);
}

TEST_CASE("day/month ambiguity is reported", "[detect]") {
    const auto d =
        detectFormat("client,day,total\nA,01/02/2024,5.00\nB,03/04/2024,6.00\nC,12/11/2024,7.00\n");
    CHECK(d.dialect.delimiter == Delimiter::Comma);
    CHECK(d.dateAmbiguous);
    CHECK(d.dateFormat == DateFormat::DayMonthYear);
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].find("day/month/year is assumed") != std::string::npos);
    CHECK(d.columns.customer == 1);
    CHECK(d.columns.date == 2);
    CHECK(d.columns.amount == 3);
    const auto resolved = detectFormat("client,day,total\nA,01/02/2024,5.00\nB,13/04/2024,6.00\n");
    CHECK_FALSE(resolved.dateAmbiguous);
    CHECK(resolved.dateFormat == DateFormat::DayMonthYear);
}

TEST_CASE("guesses columns from header names", "[detect]") {
    const auto d = detectFormat(
        "OrderID,CustomerID,OrderDate,Qty,UnitPrice,Cost,Segment\n"
        "O1,A,2024-03-05 10:15:00,3,19.99,30,retail\n"
        "O2,B,2024-03-06 11:00:00,1,5.5,2,web\n");
    CHECK(d.dialect.hasHeader);
    CHECK(d.dateFormat == DateFormat::IsoDateTime);
    CHECK(d.columns.order == 1);
    CHECK(d.columns.customer == 2);
    CHECK(d.columns.date == 3);
    CHECK(d.columns.quantity == 4);
    CHECK(d.columns.unitPrice == 5);
    CHECK(d.columns.amount == 0);
    CHECK(d.columns.cost == 6);
    CHECK(d.columns.segment == 7);
    const auto m = d.suggestedMapping();
    REQUIRE(m);
    CHECK(m->unitPrice == ColumnRef::byNumber(5));
    CHECK_FALSE(m->amount);

    const auto price =
        detectFormat("id,date,price,margin\n7,2024-01-01,10.5,1\n8,2024-01-02,3,0.5\n");
    CHECK(price.columns.customer == 1);  // "id" alone is the customer
    CHECK(price.columns.amount == 3);    // "price" without a quantity is the line amount
    CHECK(price.columns.margin == 4);
}

// An analyst's export where one amount reads "n/a": the amount column is still the one named
// "amount", the bad value is a bad line, and "cost" is never taken for the amount as well.
// By hand: good amounts 100 + 250 + 525 = 875; their costs 40 + 100 + 300 = 440.
TEST_CASE("a value that does not parse never moves a role to another column", "[detect]") {
    const std::string csv =
        "customer_id,date,order_id,amount,cost\n"
        "C1,2024-01-05,O1,100.00,40.00\n"
        "C2,2024-01-06,O2,250.00,100.00\n"
        "C1,2024-02-01,O3,n/a,10.00\n"
        "C3,2024-02-03,O4,525.00,300.00\n";
    const auto d = detectFormat(csv);
    CHECK(d.columns.customer == 1);
    CHECK(d.columns.date == 2);
    CHECK(d.columns.order == 3);
    CHECK(d.columns.amount == 4);
    CHECK(d.columns.cost == 5);
    const auto mapping = d.suggestedMapping();
    REQUIRE(mapping);
    ImportOptions o{d.dialect, *mapping, OnError::Skip, 1000};
    const auto r = parseTransactions(csv, o);
    CHECK(r.stats.skippedBad == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 4);
    std::int64_t amount = 0, cost = 0;
    for (std::size_t i = 0; i < r.table.size(); ++i) {
        amount += r.table.amount[i];
        cost += r.table.cost[i];
    }
    CHECK(amount == 875'000);  // thousandths
    CHECK(cost == 440'000);
    o.onError = OnError::Stop;
    CHECK(parseTransactions(csv, o).status == ImportStatus::StoppedOnError);
}

TEST_CASE("with a header, only names assign roles; without one, the values do", "[detect]") {
    // "x" and "y" name nothing: they are left to the user, even though "y" holds decimals.
    const auto named = detectFormat("client,date,x,y\nA,2024-01-01,3,10.5\nB,2024-01-02,1,2.25\n");
    CHECK(named.columns.customer == 1);
    CHECK(named.columns.date == 2);
    CHECK(named.columns.amount == 0);
    CHECK(named.columns.quantity == 0);
    CHECK_FALSE(named.suggestedMapping());
    REQUIRE_FALSE(named.notes.empty());
    CHECK(named.notes.back() == "no column header names the amount; choose its column");
    const auto unnamed = detectFormat("A,2024-01-01,3,10.5\nB,2024-01-02,1,2.25\n");
    CHECK_FALSE(unnamed.dialect.hasHeader);
    CHECK(unnamed.columns.customer == 1);
    CHECK(unnamed.columns.date == 2);
    CHECK(unnamed.columns.amount == 4);  // the first numeric column with decimals
    // Two headers naming the same role: the first keeps it, the second gets none.
    const auto twice = detectFormat("customer,date,amount,total\nA,2024-01-01,1.5,1.5\n");
    CHECK(twice.columns.amount == 3);
}

TEST_CASE("quoted commas do not fool the delimiter detection", "[detect]") {
    const auto d = detectFormat(
        "customer,date,amount\n\"Smith, J.\",2024-01-01,1.5\n\"Doe; A\",2024-01-02,2\n");
    CHECK(d.dialect.delimiter == Delimiter::Comma);
    CHECK(d.fieldCount == 3);
}

TEST_CASE("empty or unusable input gives notes, not guesses", "[detect]") {
    const auto d = detectFormat("");
    CHECK_FALSE(d.suggestedMapping());
    CHECK_FALSE(d.notes.empty());
    const auto text = detectFormat("hello\nworld\n");
    CHECK_FALSE(text.suggestedMapping());
}

TEST_CASE("preview returns the first rows as text", "[detect]") {
    const std::string csv = readTestFile("transactions/quoted.csv");
    const auto p = preview(csv, {Delimiter::Comma, true, '.'}, 2);
    CHECK(p.header == std::vector<std::string>{"id", "date", "amount", "note"});
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows[0] == std::vector<std::string>{"C,1", "2024-01-15", "1.5", "He said \"hi\""});
    CHECK(p.rows[1][3] == "multi\nline\nnote");
    CHECK(p.lines == std::vector<std::size_t>{2, 3});
    const auto detected = preview(readTestFile("transactions/cdnow_head.txt"), 10);
    CHECK(detected.header.size() == 4);
    CHECK(detected.rows.size() == 4);
    CHECK(detected.rows[3] == std::vector<std::string>{"00003", "19970102", "2", "20.76"});
}
