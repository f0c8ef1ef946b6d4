// Parsing fixtures in tests/data/transactions/ into exact tables.
// Day numbers: 2024-01-01 = 19723 (54*365 + 13 leap days since 1970), so
// 2024-01-15 = 19737, 01-16 = 19738, 01-17 = 19739, 01-31 = 19753, 02-01 = 19754,
// 02-29 = 19782, 03-05 = 19787 (+31+29+4), 12-31 = 20088 (+365); 1997-01-01 = 9862.
#include <catch2/catch.hpp>

#include "engine/transactions/transaction_parser.h"
#include "scan_helpers.h"

using namespace crm::transactions;
using crm::transactions::test::readTestFile;
using I64 = std::vector<std::int64_t>;
using I32 = std::vector<std::int32_t>;
using U32 = std::vector<std::uint32_t>;
using Strings = std::vector<std::string>;

namespace {
ImportOptions commaOptions(const char* customer, const char* date, const char* amount) {
    ImportOptions o;
    o.mapping.customer = ColumnRef::fromText(customer);
    o.mapping.date = ColumnRef::fromText(date);
    o.mapping.amount = ColumnRef::fromText(amount);
    return o;
}
}  // namespace

TEST_CASE("comma file with header", "[parser]") {
    const auto r = parseTransactions(readTestFile("transactions/basic.csv"),
                                     commaOptions("customer", "date", "amount"));
    REQUIRE(r.ok());
    CHECK(r.header == Strings{"customer", "date", "amount"});
    const auto& t = r.table;
    CHECK(t.customerIds == Strings{"A", "B"});
    CHECK(t.customer == U32{0, 1, 0});
    CHECK(t.day == I32{19737, 19738, 19754});
    CHECK(t.amount == I64{10500, 20000, -3250});  // "10.50", "20", "-3.25"
    CHECK(t.quantitySign == I32{1, 1, -1});       // from the amount: no quantity column
    CHECK(t.sourceLine == U32{2, 3, 4});
    CHECK(t.cost == I64{0, 0, 0});  // every column has one entry per line
    CHECK(t.segment == U32{0, 0, 0});
    CHECK(t.order == U32{0, 0, 0});
    CHECK_FALSE(t.hasCost);
    CHECK_FALSE(t.hasSegment);
    CHECK_FALSE(t.hasOrder);
    CHECK_FALSE(t.hasQuantity);
    CHECK(r.stats.rowsRead == 3);
    CHECK(r.stats.imported == 3);
    CHECK(r.stats.skippedBad == 0);
    CHECK(r.stats.skippedNoCustomer == 0);
}

TEST_CASE("columns by number and case-insensitive names", "[parser]") {
    const std::string csv = readTestFile("transactions/basic.csv");
    const auto byNumber = parseTransactions(csv, commaOptions("1", "2", "3"));
    const auto byCase = parseTransactions(csv, commaOptions("CUSTOMER", "Date", "AMOUNT"));
    REQUIRE(byNumber.ok());
    REQUIRE(byCase.ok());
    CHECK(byNumber.table.amount == I64{10500, 20000, -3250});
    CHECK(byCase.table.amount == I64{10500, 20000, -3250});
}

TEST_CASE("semicolon, BOM, CRLF, decimal comma, day/month/year, margin and segment", "[parser]") {
    ImportOptions o;
    o.dialect = {Delimiter::Semicolon, true, ','};
    o.mapping.customer = ColumnRef::byName("Kunde");
    o.mapping.date = ColumnRef::byName("Datum");
    o.mapping.dateFormat = DateFormat::DayMonthYear;
    o.mapping.amount = ColumnRef::byName("Umsatz");
    o.mapping.margin = ColumnRef::byName("Marge");
    o.mapping.segment = ColumnRef::byName("Segment");
    const auto r = parseTransactions(readTestFile("transactions/semicolon_decimal_comma.csv"), o);
    REQUIRE(r.ok());
    CHECK(r.header.front() == "Kunde");  // the BOM is not part of the first name
    const auto& t = r.table;
    CHECK(t.customerIds == Strings{"K-1", "K-2"});
    CHECK(t.day == I32{19753, 19754, 19782});      // 31/01, 01/02, 29/02/2024
    CHECK(t.amount == I64{12500, -750, 1000000});  // "12,50", "-0,75", "1000"
    CHECK(t.cost ==
          I64{10000, -650, 749875});  // amount - margin: 12.5-2.5, -0.75+0.1, 1000-250.125
    CHECK(t.segmentNames == Strings{"Gold", ""});  // an empty segment is kept as ""
    CHECK(t.segment == U32{0, 1, 0});
    CHECK(t.sourceLine == U32{2, 3, 4});
    CHECK(t.hasCost);
    CHECK(t.hasSegment);
}

TEST_CASE("tab file without header, numeric columns, month/day/year, no final line break",
          "[parser]") {
    ImportOptions o;
    o.dialect = {Delimiter::Tab, false, '.'};
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.dateFormat = DateFormat::MonthDayYear;
    o.mapping.quantity = ColumnRef::byNumber(3);
    o.mapping.amount = ColumnRef::byNumber(4);
    const auto r = parseTransactions(readTestFile("transactions/tab_no_header.tsv"), o);
    REQUIRE(r.ok());
    CHECK(r.header.empty());
    CHECK(r.table.customerIds == Strings{"1001", "1002"});
    CHECK(r.table.day == I32{20088, 19724});  // 12/31/2024, 1/2/2024
    CHECK(r.table.amount == I64{99990, 10});  // "99.99", "0.01"
    CHECK(r.table.quantitySign == I32{1, 1});
    CHECK(r.table.sourceLine == U32{1, 2});
    CHECK(r.table.hasQuantity);
}

TEST_CASE("quoted fields with delimiters, doubled quotes and line breaks", "[parser]") {
    const auto r = parseTransactions(readTestFile("transactions/quoted.csv"),
                                     commaOptions("id", "date", "amount"));
    REQUIRE(r.ok());
    CHECK(r.table.customerIds == Strings{"C,1", "C2", "C\"3"});
    CHECK(r.table.amount == I64{1500, 2000, 3000});
    CHECK(r.table.day == I32{19737, 19738, 19739});
    CHECK(r.table.sourceLine == U32{2, 3, 6});  // the note of line 3 spans lines 3-5
}

TEST_CASE("consecutive unescaped ids are imported intact", "[parser]") {
    const auto r = parseTransactions(
        "customer,date,amount\n\"A\"\"1\",2024-01-15,1\n\"B\"\"2\",2024-01-15,2\n"
        "\"A\"\"1\",2024-01-15,3\n",
        commaOptions("customer", "date", "amount"));
    REQUIRE(r.ok());
    CHECK(r.table.customerIds == Strings{"A\"1", "B\"2"});
    CHECK(r.table.customer == U32{0, 1, 0});
}

TEST_CASE("whitespace runs: the first CDNOW lines", "[parser]") {
    ImportOptions o;
    o.dialect = {Delimiter::Whitespace, true, '.'};
    o.mapping.customer = ColumnRef::byName("customer_id");
    o.mapping.date = ColumnRef::byName("date");
    o.mapping.dateFormat = DateFormat::Compact;
    o.mapping.quantity = ColumnRef::byName("number_of_cds");
    o.mapping.amount = ColumnRef::byName("dollar_value");
    const auto r = parseTransactions(readTestFile("transactions/cdnow_head.txt"), o);
    REQUIRE(r.ok());
    CHECK(r.table.customerIds == Strings{"00001", "00002", "00003"});  // leading zeros kept
    CHECK(r.table.customer == U32{0, 1, 1, 2});
    CHECK(r.table.day == I32{9862, 9873, 9873, 9863});  // 1997-01-01, 01-12, 01-12, 01-02
    CHECK(r.table.amount == I64{11770, 12000, 77000, 20760});
}

TEST_CASE("quantity x unit price, order ids, cost, date with time", "[parser]") {
    ImportOptions o;
    o.mapping.customer = ColumnRef::byName("customer");
    o.mapping.date = ColumnRef::byName("timestamp");
    o.mapping.dateFormat = DateFormat::IsoDateTime;
    o.mapping.quantity = ColumnRef::byName("qty");
    o.mapping.unitPrice = ColumnRef::byName("unit_price");
    o.mapping.cost = ColumnRef::byName("cost");
    o.mapping.order = ColumnRef::byName("order_id");
    o.mapping.segment = ColumnRef::byName("segment");
    const auto r = parseTransactions(readTestFile("transactions/qty_price.csv"), o);
    REQUIRE(r.ok());
    const auto& t = r.table;
    // 3 x 19.99 = 59.97; 1.5 x 0.333 = 0.4995 -> 0.500 (half away from zero);
    // -2 x 19.99 = -39.98; 1000 x 0.0125 = 12.5 exactly (the price keeps its 4th decimal).
    CHECK(t.amount == I64{59970, 500, -39980, 12500});
    CHECK(t.quantitySign == I32{1, 1, -1, 1});
    CHECK(t.cost == I64{30000, 200, -20000, 10000});
    CHECK(t.day == I32{19787, 19787, 19787, 20088});  // the time of day is ignored
    CHECK(t.orderIds == Strings{"O1", "O2", "O3"});
    CHECK(t.order == U32{0, 0, 1, 2});
    CHECK(t.segmentNames == Strings{"retail", "wholesale"});
    CHECK(t.segment == U32{0, 0, 1, 1});
    CHECK(t.customer == U32{0, 0, 1, 2});
    CHECK((t.hasQuantity && t.hasCost && t.hasOrder && t.hasSegment));
}

TEST_CASE("money sums are exact where double is not", "[parser][money]") {
    // 3000 lines: 1000 x 0.1, 1000 x 0.2, 1000 x 0.7 -> exactly 1000 units = 1,000,000 thousandths.
    std::string csv = "customer,date,amount\n";
    for (const char* value : {"0.1", "0.2", "0.7"})
        for (int i = 0; i < 1000; ++i)
            csv += "c" + std::to_string(i % 7) + ",2024-01-01," + value + "\n";
    const auto r = parseTransactions(csv, commaOptions("customer", "date", "amount"));
    REQUIRE(r.ok());
    std::int64_t exact = 0;
    double viaDouble = 0.0;
    for (std::size_t i = 0; i < r.table.size(); ++i) {
        exact += r.table.amount[i];
        viaDouble += static_cast<double>(r.table.amount[i]) / 1000.0;
    }
    CHECK(exact == 1'000'000);
    CHECK(viaDouble != 1000.0);  // the double sum drifts: this test would catch a double path
    CHECK(r.table.customerIds.size() == 7);
}

TEST_CASE("empty input and header-only input import nothing, successfully", "[parser]") {
    for (const char* csv : {"", "\xEF\xBB\xBF", "customer,date,amount\n", "\n\n"}) {
        INFO(csv);
        const auto r = parseTransactions(csv, commaOptions("1", "2", "3"));
        CHECK(r.ok());
        CHECK(r.table.size() == 0);
        CHECK(r.stats.rowsRead == 0);
    }
}

TEST_CASE("a file that cannot be opened throws", "[parser]") {
    CHECK_THROWS_AS(parseTransactionsFile("/nonexistent/file.csv", commaOptions("1", "2", "3")),
                    std::system_error);
    const auto r = parseTransactionsFile(std::string(TEST_DATA_DIR) + "/transactions/basic.csv",
                                         commaOptions("customer", "date", "amount"));
    CHECK(r.table.amount == I64{10500, 20000, -3250});
}
