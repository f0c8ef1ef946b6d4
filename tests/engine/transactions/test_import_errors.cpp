// Every error path of the import, with the physical line numbers of
// tests/data/transactions/errors.csv (shown with `cat -n`):
//   1 customer,date,amount,cost        header
//   2 A,2024-01-15,10.00,5             ok
//   3 B,2024-13-45,10.00,5             bad date
//   4 C,2024-01-15,12.5.0,5            bad amount
//   5 ,2024-01-15,1.00,0               no customer
//   6 D,2024-01-15,1.00                3 fields
//   7 E,"2024-01-15",1.00,"multi       bad cost spanning lines 7-8
//   9 F,2024-01-15,,1                  empty amount
//  10 G,,1.00,1                        empty date
//  11 H,2024-01-15,2.00,abc            bad cost
//  12 I,2024-01-16,3.00,1.5            ok
//  13 "J"x,2024-01-15,1,1              text after a closing quote
//  14   ,2024-01-15,1.00,0             blank customer -> no customer
//  15 K,2024-01-17,4.00,2              ok
#include <catch2/catch.hpp>

#include "engine/transactions/transaction_parser.h"
#include "scan_helpers.h"

using namespace crm::transactions;
using crm::transactions::test::readTestFile;

namespace {
const std::string kNumberSyntax =
    " (expected an optional sign, digits and '.' as decimal separator)";

ImportOptions errorFileOptions(OnError policy) {
    ImportOptions o;
    o.onError = policy;
    o.mapping.customer = ColumnRef::byName("customer");
    o.mapping.date = ColumnRef::byName("date");
    o.mapping.amount = ColumnRef::byName("amount");
    o.mapping.cost = ColumnRef::byName("cost");
    return o;
}

LineError err(std::size_t line, std::size_t number, std::string column, std::string text,
              std::string message) {
    return LineError{line, number, std::move(column), std::move(text), std::move(message)};
}
}  // namespace

namespace Catch {
template <>
struct StringMaker<LineError> {
    static std::string convert(const LineError& e) {
        return e.describe() + " [text: " + e.text + "]";
    }
};
}  // namespace Catch

TEST_CASE("skip: every bad line is listed with line, column, text and message", "[errors]") {
    const auto r =
        parseTransactions(readTestFile("transactions/errors.csv"), errorFileOptions(OnError::Skip));
    REQUIRE(r.ok());
    const std::vector<LineError> expected = {
        err(3, 2, "date", "2024-13-45", "\"2024-13-45\" is not a date in format %Y-%m-%d"),
        err(4, 3, "amount", "12.5.0", "\"12.5.0\" is not an amount" + kNumberSyntax),
        err(6, 0, "", "D,2024-01-15,1.00", "has 3 fields, expected 4"),
        err(7, 4, "cost", "multi\nline", "\"multi\nline\" is not a cost" + kNumberSyntax),
        err(9, 3, "amount", "", "empty field, expected an amount"),
        err(10, 2, "date", "", "empty field, expected a date in format %Y-%m-%d"),
        err(11, 4, "cost", "abc", "\"abc\" is not a cost" + kNumberSyntax),
        err(13, 1, "customer", "J", "unexpected text after the closing quote"),
    };
    CHECK(r.errors == expected);
    CHECK(r.noCustomerLines == std::vector<std::size_t>{5, 14});
    CHECK(r.stats.rowsRead == 13);  // 14 non-blank records minus the header
    CHECK(r.stats.imported == 3);
    CHECK(r.stats.skippedBad == 8);
    CHECK(r.stats.skippedNoCustomer == 2);
    CHECK(r.table.sourceLine == std::vector<std::uint32_t>{2, 12, 15});
    CHECK(r.table.customerIds == std::vector<std::string>{"A", "I", "K"});  // bad lines add no ids
    CHECK(r.table.amount == std::vector<std::int64_t>{10000, 3000, 4000});
    CHECK(r.table.cost == std::vector<std::int64_t>{5000, 1500, 2000});
}

TEST_CASE("describe() gives the line, the column and the message", "[errors]") {
    const auto r =
        parseTransactions(readTestFile("transactions/errors.csv"), errorFileOptions(OnError::Skip));
    REQUIRE(r.errors.size() == 8);
    CHECK(r.errors[0].describe() ==
          "line 3, column \"date\": \"2024-13-45\" is not a date in format %Y-%m-%d");
    CHECK(r.errors[2].describe() == "line 6: has 3 fields, expected 4");
    LineError noHeader = r.errors[0];
    noHeader.column.clear();
    CHECK(noHeader.describe() ==
          "line 3, column 2: \"2024-13-45\" is not a date in format %Y-%m-%d");
}

TEST_CASE("stop: the first bad line ends the import and nothing is imported", "[errors]") {
    const auto r =
        parseTransactions(readTestFile("transactions/errors.csv"), errorFileOptions(OnError::Stop));
    CHECK(r.status == ImportStatus::StoppedOnError);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] ==
          err(3, 2, "date", "2024-13-45", "\"2024-13-45\" is not a date in format %Y-%m-%d"));
    CHECK(r.table.size() == 0);
    CHECK(r.table.customerIds.empty());
    CHECK(r.stats.imported == 0);
    CHECK(r.stats.rowsRead == 2);
}

TEST_CASE("stop: line numbers after a multi-line quoted field", "[errors]") {
    // Line 2's note spans lines 2-4; line 5 has the bad amount.
    const std::string csv =
        "customer,date,amount,note\n"
        "A,2024-01-01,1,\"one\ntwo\nthree\"\n"
        "B,2024-01-01,x,\n";
    ImportOptions o = errorFileOptions(OnError::Stop);
    o.mapping.cost.reset();
    const auto r = parseTransactions(csv, o);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].describe() ==
          "line 5, column \"amount\": \"x\" is not an amount (expected an optional sign, digits "
          "and '.' as decimal "
          "separator)");
}

TEST_CASE("skip: the list is capped, the count is not", "[errors]") {
    ImportOptions o = errorFileOptions(OnError::Skip);
    o.maxListedErrors = 2;
    const auto r = parseTransactions(readTestFile("transactions/errors.csv"), o);
    CHECK(r.errors.size() == 2);
    CHECK(r.errors[1].line == 4);
    CHECK(r.stats.skippedBad == 8);
    CHECK(r.noCustomerLines.size() == 2);
    // The default cap is 1000 lines: 1500 bad lines list 1000 and count 1500.
    std::string csv = "customer,date,amount\n";
    for (int i = 0; i < 1500; ++i) csv += "c,bad-date,1\n";
    ImportOptions noCost = errorFileOptions(OnError::Skip);
    noCost.mapping.cost.reset();
    const auto many = parseTransactions(csv, noCost);
    CHECK(many.errors.size() == 1000);
    CHECK(many.errors.back().line == 1001);
    CHECK(many.stats.skippedBad == 1500);
    CHECK(many.ok());
    CHECK(many.table.size() == 0);
}

TEST_CASE("more error paths", "[errors]") {
    ImportOptions o;
    o.onError = OnError::Skip;
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.quantity = ColumnRef::byNumber(3);
    o.mapping.unitPrice = ColumnRef::byNumber(4);
    o.mapping.margin = ColumnRef::byNumber(5);
    o.dialect.hasHeader = false;
    const std::string csv =
        "a,2024-01-01,1,2,0\n"                       // 1 ok
        "b,2024-01-01,one,2,0\n"                     // 2 bad quantity
        "c,2024-01-01,1,,0\n"                        // 3 empty unit price
        "d,2024-01-01,1,2,1e3\n"                     // 4 bad margin
        "e,2024-01-01,9000000000000,9000000000,0\n"  // 5 product out of range
        "f,2024-01-01,1,2,0,extra\n"                 // 6 6 fields
        "g,\"2024-01-01,1,2,0\n";                    // 7 quote never closed
    const auto r = parseTransactions(csv, o);
    REQUIRE(r.ok());
    REQUIRE(r.errors.size() == 6);
    CHECK(r.errors[0].describe() == "line 2, column 3: \"one\" is not a quantity" + kNumberSyntax);
    CHECK(r.errors[1].describe() == "line 3, column 4: empty field, expected a unit price");
    CHECK(r.errors[2].describe() == "line 4, column 5: \"1e3\" is not a margin" + kNumberSyntax);
    CHECK(r.errors[3].describe() == "line 5, column 4: quantity x unit price is out of range");
    CHECK(r.errors[4].describe() == "line 6: has 6 fields, expected 5");
    CHECK(r.errors[4].text == "f,2024-01-01,1,2,0,extra");
    CHECK(r.errors[5].describe() == "line 7, column 2: quoted field is never closed");
    CHECK(r.table.amount == std::vector<std::int64_t>{2000});
    CHECK(r.table.cost == std::vector<std::int64_t>{2000});  // amount - margin
}

TEST_CASE("error text is cut at 80 bytes on a character boundary", "[errors]") {
    // 79 ASCII bytes then "é" (2 bytes): cutting at 80 would split it, so 79 bytes remain.
    const std::string longDate = std::string(79, '9') + "\xC3\xA9" + "tail";
    ImportOptions o = errorFileOptions(OnError::Skip);
    o.mapping.cost.reset();
    const auto r = parseTransactions("customer,date,amount\nA," + longDate + ",1\n", o);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].text == std::string(79, '9'));
    CHECK(r.errors[0].message ==
          "\"" + std::string(79, '9') + "\" is not a date in format %Y-%m-%d");
}

TEST_CASE("lines without customer never stop the import", "[errors]") {
    ImportOptions o = errorFileOptions(OnError::Stop);
    o.mapping.cost.reset();
    const auto r = parseTransactions(
        "customer,date,amount\n,2024-01-01,1\n\"\",2024-01-01,2\nB,2024-01-01,3\n", o);
    REQUIRE(r.ok());
    CHECK(r.stats.skippedNoCustomer == 2);
    CHECK(r.noCustomerLines == std::vector<std::size_t>{2, 3});
    CHECK(r.table.amount == std::vector<std::int64_t>{3000});
}

TEST_CASE("mappings that do not fit the file are refused before reading lines", "[errors]") {
    const std::string csv = "customer,date,amount,amount\nA,2024-01-01,1,2\n";
    auto withAmount = [](ColumnRef amount) {
        ImportOptions o;
        o.mapping.customer = ColumnRef::byName("customer");
        o.mapping.date = ColumnRef::byName("date");
        o.mapping.amount = std::move(amount);
        return o;
    };
    auto message = [&](const ImportOptions& o) {
        const auto r = parseTransactions(csv, o);
        CHECK(r.status == ImportStatus::InvalidSetup);
        CHECK(r.table.size() == 0);
        return r.message;
    };
    CHECK(message(withAmount(ColumnRef::byName("price"))) ==
          "no column named \"price\" (the header has \"customer\", \"date\", \"amount\", "
          "\"amount\")");
    CHECK(message(withAmount(ColumnRef::byName("amount"))) ==
          "column name \"amount\" appears more than once; use its number");
    CHECK(message(withAmount(ColumnRef::byNumber(5))) ==
          "column 5 does not exist: the lines have 4 fields");
    CHECK(parseTransactions(csv, withAmount(ColumnRef::byNumber(4))).table.amount ==
          std::vector<std::int64_t>{2000});

    ImportOptions o = withAmount(ColumnRef::byNumber(3));
    o.dialect.hasHeader = false;
    o.mapping.customer = ColumnRef::byName("customer");
    CHECK(message(o) ==
          "column \"customer\" is given by name but the file has no header; use its number");

    o = withAmount(ColumnRef::byNumber(3));
    o.mapping.unitPrice = ColumnRef::byNumber(4);
    CHECK(message(o) == "map either an amount column or quantity and unit price, not both");
    o.mapping.amount.reset();
    CHECK(message(o) == "map an amount column, or both a quantity and a unit price column");
    o = withAmount(ColumnRef::byNumber(3));
    o.mapping.cost = ColumnRef::byNumber(4);
    o.mapping.margin = ColumnRef::byNumber(4);
    CHECK(message(o) == "map either a cost or a margin column, not both");
    o = withAmount(ColumnRef::byNumber(3));
    o.dialect.decimalSeparator = ';';
    CHECK(message(o) == "the decimal separator must be '.' or ','");
    o = withAmount(ColumnRef::fromText("0"));
    CHECK(message(o) == "a mapped column has neither a name nor a number");
}

TEST_CASE("column references from command-line text", "[errors]") {
    CHECK(ColumnRef::fromText("3") == ColumnRef::byNumber(3));
    CHECK(ColumnRef::fromText("007") == ColumnRef::byNumber(7));
    CHECK(ColumnRef::fromText("3a") == ColumnRef::byName("3a"));
    CHECK(ColumnRef::fromText("customer id") == ColumnRef::byName("customer id"));
    CHECK(ColumnRef::fromText("3").describe() == "3");
    CHECK(ColumnRef::fromText("cust").describe() == "\"cust\"");
}

TEST_CASE("a malformed header is a setup error", "[errors]") {
    ImportOptions o;
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.amount = ColumnRef::byNumber(3);
    const auto r = parseTransactions("\"customer,date,amount\nA,2024-01-01,1\n", o);
    CHECK(r.status == ImportStatus::InvalidSetup);
    CHECK(r.message == "the header (line 1) is malformed: quoted field is never closed");
}
