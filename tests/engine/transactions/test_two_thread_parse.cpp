// The parse in two halves on two threads gives exactly what the one-thread parse gives.
// ImportOptions::twoThreadsFromBytes = 0 forces the split on these small inputs;
// parseInTwoThreads is also called directly to prove the split was taken, not skipped.
#include <catch2/catch.hpp>

#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "engine/transactions/transaction_parser.h"
#include "engine/transactions/two_thread_parse.h"

using namespace crm::transactions;

namespace {

ImportOptions fullOptions(OnError onError) {
    ImportOptions o;
    o.onError = onError;
    o.mapping.customer = ColumnRef::byName("customer");
    o.mapping.date = ColumnRef::byName("date");
    o.mapping.amount = ColumnRef::byName("amount");
    o.mapping.quantity = ColumnRef::byName("quantity");
    o.mapping.cost = ColumnRef::byName("cost");
    o.mapping.order = ColumnRef::byName("order");
    o.mapping.segment = ColumnRef::byName("segment");
    return o;
}

constexpr const char* kHeader = "customer,date,amount,quantity,cost,order,segment";

// Data line i (0-based): every line has the same length, so a file's middle is predictable.
// Customers c00..c52 from the start; from i = 220, every even line is one of late0..late4,
// first seen in that order (i = 220, 222, ..., 228).
std::string dataLine(std::size_t i) {
    char customer[16];
    if (i >= 220 && i % 2 == 0)
        std::snprintf(customer, sizeof customer, "late%zu", (i / 2) % 5);
    else
        std::snprintf(customer, sizeof customer, "c%02zu", (i * 7) % 53);
    char line[96];
    std::snprintf(line, sizeof line, "%s,2024-01-%02zu,%03zu.50,%zu,1.25,o%03zu,s%zu", customer,
                  1 + i % 28, i % 1000, 1 + i % 3, i / 3, i % 3);
    return line;
}

std::vector<std::string> dataLines(std::size_t n) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < n; ++i) lines.push_back(dataLine(i));
    return lines;
}

std::string joined(const std::vector<std::string>& lines, const std::string& lineEnd = "\n") {
    std::string csv = std::string(kHeader) + lineEnd;
    for (const auto& line : lines) csv += line + lineEnd;
    return csv;
}

ImportResult oneThread(const std::string& csv, ImportOptions o) {
    o.twoThreadsFromBytes = std::numeric_limits<std::size_t>::max();
    return parseTransactions(csv, o);
}

ImportResult twoThreads(const std::string& csv, ImportOptions o) {
    o.twoThreadsFromBytes = 0;
    return parseTransactions(csv, o);
}

// Whether the split is taken (no fallback to one thread).
bool splitTaken(const std::string& csv, ImportOptions o) {
    o.twoThreadsFromBytes = 0;
    detail::Layout layout;
    ImportResult setup;
    REQUIRE(detail::readLayout(csv, o, layout, setup));
    return detail::parseInTwoThreads(csv, o, layout, {}).has_value();
}

void requireSame(const ImportResult& a, const ImportResult& b) {
    CHECK(a.status == b.status);
    CHECK(a.message == b.message);
    CHECK(a.header == b.header);
    CHECK(a.stats.rowsRead == b.stats.rowsRead);
    CHECK(a.stats.imported == b.stats.imported);
    CHECK(a.stats.skippedBad == b.stats.skippedBad);
    CHECK(a.stats.skippedNoCustomer == b.stats.skippedNoCustomer);
    CHECK(a.errors == b.errors);
    CHECK(a.noCustomerLines == b.noCustomerLines);
    const TransactionTable& x = a.table;
    const TransactionTable& y = b.table;
    CHECK(x.customer == y.customer);
    CHECK(x.day == y.day);
    CHECK(x.amount == y.amount);
    CHECK(x.cost == y.cost);
    CHECK(x.quantitySign == y.quantitySign);
    CHECK(x.segment == y.segment);
    CHECK(x.order == y.order);
    CHECK(x.sourceLine == y.sourceLine);
    CHECK(x.customerIds == y.customerIds);
    CHECK(x.segmentNames == y.segmentNames);
    CHECK(x.orderIds == y.orderIds);
    CHECK(x.hasCost == y.hasCost);
    CHECK(x.hasSegment == y.hasSegment);
    CHECK(x.hasOrder == y.hasOrder);
    CHECK(x.hasQuantity == y.hasQuantity);
}

std::vector<std::size_t> errorLines(const ImportResult& r) {
    std::vector<std::size_t> lines;
    for (const auto& e : r.errors) lines.push_back(e.line);
    return lines;
}

// 400 lines with a bad date at line 12 (data line 10), 6 fields at line 252, a bad amount at
// line 302 and no customer at line 352: the middle of the file is near line 200.
std::vector<std::string> linesWithBadOnes() {
    auto lines = dataLines(400);
    lines[10] = "c01,2024-02-30,1.00,1,0,o1,s1";
    lines[250] = "c02,2024-01-01,1.00,1,0,o1";
    lines[300] = "c03,2024-01-01,abc,1,0,o1,s1";
    lines[350] = ",2024-01-01,1.00,1,0,o1,s1";
    return lines;
}

}  // namespace

TEST_CASE("two threads: bad lines in both halves, same result as one thread", "[two threads]") {
    const std::string csv = joined(linesWithBadOnes());
    const auto o = fullOptions(OnError::Skip);
    REQUIRE(splitTaken(csv, o));
    const auto one = oneThread(csv, o);
    const auto two = twoThreads(csv, o);
    REQUIRE(two.ok());
    requireSame(one, two);
    // By hand: the lines planted above.
    CHECK(errorLines(two) == std::vector<std::size_t>{12, 252, 302});
    CHECK(two.noCustomerLines == std::vector<std::size_t>{352});
    CHECK(two.stats.rowsRead == 400);
    CHECK(two.stats.imported == 396);
    // 53 customers c00..c52 (7 is prime to 53, the first 220 lines meet them all), then the
    // late ones in the order they first appear, all in the second half.
    REQUIRE(two.table.customerIds.size() == 58);
    CHECK(two.table.customerIds[0] == "c00");
    CHECK(two.table.customerIds[1] == "c07");
    CHECK(std::vector<std::string>(two.table.customerIds.end() - 5, two.table.customerIds.end()) ==
          std::vector<std::string>{"late0", "late1", "late2", "late3", "late4"});
    CHECK(two.table.segmentNames == std::vector<std::string>{"s0", "s1", "s2"});
    CHECK(two.table.sourceLine.back() == 401);  // data line 399 + the header
}

TEST_CASE("two threads: the error list is capped over the whole file", "[two threads]") {
    auto o = fullOptions(OnError::Skip);
    o.maxListedErrors = 2;
    const std::string csv = joined(linesWithBadOnes());
    const auto two = twoThreads(csv, o);
    requireSame(oneThread(csv, o), two);
    CHECK(errorLines(two) == std::vector<std::size_t>{12, 252});
    CHECK(two.stats.skippedBad == 3);
}

TEST_CASE("two threads: stop on the first bad line, in either half", "[two threads]") {
    const auto o = fullOptions(OnError::Stop);
    auto lines = dataLines(400);
    lines[300] = "c03,2024-01-01,abc,1,0,o1,s1";
    const std::string secondOnly = joined(lines);
    REQUIRE(splitTaken(secondOnly, o));
    const auto two = twoThreads(secondOnly, o);
    requireSame(oneThread(secondOnly, o), two);
    CHECK(two.status == ImportStatus::StoppedOnError);
    CHECK(errorLines(two) == std::vector<std::size_t>{302});
    CHECK(two.stats.rowsRead == 301);
    CHECK(two.table.size() == 0);

    const std::string both = joined(linesWithBadOnes());
    const auto first = twoThreads(both, o);
    requireSame(oneThread(both, o), first);
    CHECK(errorLines(first) == std::vector<std::size_t>{12});
    CHECK(first.stats.rowsRead == 11);
}

TEST_CASE("two threads: a quoted field with line breaks across the middle", "[two threads]") {
    // 100 lines, a record whose segment spans three physical lines, 100 more lines.
    const std::string quoted =
        "c05,2024-03-01,9.00,1,1,o9,\"first part of a note\nsecond part of the note, which is "
        "longer\nthird and "
        "last part\"";
    auto lines = dataLines(100);
    lines.push_back(quoted);
    for (std::size_t i = 300; i < 400; ++i) lines.push_back(dataLine(i));
    lines[150] = "c03,2024-01-01,abc,1,0,o1,s1";  // data line 150 = line 154 (header, 2 breaks)
    const std::string csv = joined(lines);
    const std::size_t open = csv.find('"');
    const std::size_t close = csv.find('"', open + 1);
    REQUIRE(open < csv.size() / 2);  // the middle is inside the quoted field
    REQUIRE(csv.size() / 2 < close);
    // The cut is the end of the quoted record, not a line break inside it.
    CHECK(detail::twoThreadCut(csv) == close + 2);
    const auto o = fullOptions(OnError::Skip);
    REQUIRE(splitTaken(csv, o));
    const auto two = twoThreads(csv, o);
    requireSame(oneThread(csv, o), two);
    CHECK(errorLines(two) == std::vector<std::size_t>{154});
    CHECK(two.table.segmentNames.back() ==
          "first part of a note\nsecond part of the note, which is longer\nthird and last part");
    CHECK(two.table.sourceLine[100] == 102);
    CHECK(two.table.sourceLine[101] == 105);
}

TEST_CASE("two threads: a stray quote fools the count, the parse falls back to one thread",
          "[two threads]") {
    // A '"' inside an unquoted field is data, but it makes the count before the middle odd;
    // the quoted field across the middle then makes it even inside that field.
    const std::string quoted =
        "c05,2024-03-01,9.00,1,1,o9,\"first part of a note\nsecond part of the note, which is "
        "longer\nthird and "
        "last part\"";
    auto lines = dataLines(100);
    lines[3] = "c04,2024-01-01,1.00,1,0,o1,s\"1";
    lines.push_back(quoted);
    for (std::size_t i = 300; i < 400; ++i) lines.push_back(dataLine(i));
    const std::string csv = joined(lines);
    const std::size_t close = csv.rfind('"');
    const std::size_t cut = detail::twoThreadCut(csv);
    REQUIRE(cut != 0);
    REQUIRE(cut < close);  // the cut is inside the quoted field
    const auto o = fullOptions(OnError::Skip);
    CHECK_FALSE(splitTaken(csv, o));
    const auto two = twoThreads(csv, o);
    REQUIRE(two.ok());
    requireSame(oneThread(csv, o), two);
    CHECK(two.table.segmentNames.back() ==
          "first part of a note\nsecond part of the note, which is longer\nthird and last part");

    // With no quote after the stray one the count never turns even: no cut at all.
    auto plain = dataLines(200);
    plain[3] = "c04,2024-01-01,1.00,1,0,o1,s\"1";
    CHECK(detail::twoThreadCut(joined(plain)) == 0);
}

TEST_CASE("two threads: the middle falls inside a CRLF", "[two threads]") {
    // Pad the last line's segment (trimmed on import) until byte n/2 is the LF of a CRLF.
    auto lines = dataLines(200);
    lines[120] = "c03,2024-01-01,abc,1,0,o1,s1";
    std::string csv;
    for (std::size_t pad = 0; pad < 200; ++pad) {
        auto padded = lines;
        padded.back() += std::string(pad, ' ');
        csv = joined(padded, "\r\n");
        const std::size_t mid = csv.size() / 2;
        if (csv[mid] == '\n' && csv[mid - 1] == '\r') break;
    }
    const std::size_t mid = csv.size() / 2;
    REQUIRE(csv[mid] == '\n');
    REQUIRE(csv[mid - 1] == '\r');
    CHECK(detail::twoThreadCut(csv) == mid + 1);
    const auto o = fullOptions(OnError::Skip);
    REQUIRE(splitTaken(csv, o));
    const auto two = twoThreads(csv, o);
    requireSame(oneThread(csv, o), two);
    CHECK(errorLines(two) == std::vector<std::size_t>{122});
    CHECK(two.table.sourceLine.back() == 201);
}

TEST_CASE("two threads: lone CR line ends and blank lines", "[two threads]") {
    auto lines = dataLines(200);
    lines[150] = "";  // a blank line is skipped but counted
    lines[160] = "c03,2024-01-01,abc,1,0,o1,s1";
    const std::string csv = joined(lines, "\r");
    const auto o = fullOptions(OnError::Skip);
    REQUIRE(splitTaken(csv, o));
    const auto two = twoThreads(csv, o);
    requireSame(oneThread(csv, o), two);
    CHECK(errorLines(two) == std::vector<std::size_t>{162});
    CHECK(two.stats.rowsRead == 199);
}

TEST_CASE("two threads: without a header, the field count comes from the first lines",
          "[two threads]") {
    ImportOptions o;
    o.onError = OnError::Skip;
    o.dialect.hasHeader = false;
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.amount = ColumnRef::byNumber(3);
    auto lines = dataLines(300);
    lines[250] = "c02,2024-01-01,1.00";  // 3 fields where the others have 7
    std::string csv;
    for (const auto& line : lines) csv += line + "\n";
    REQUIRE(splitTaken(csv, o));
    const auto two = twoThreads(csv, o);
    requireSame(oneThread(csv, o), two);
    REQUIRE(two.errors.size() == 1);
    CHECK(two.errors[0].describe() == "line 251: has 3 fields, expected 7");
}

TEST_CASE("two threads: no cut when the second half would start with a byte order mark",
          "[two threads]") {
    auto lines = dataLines(200);
    for (std::size_t i = 95; i < 110; ++i) lines[i] = "\xEF\xBB\xBF" + lines[i];
    const std::string csv = joined(lines);
    CHECK(detail::twoThreadCut(csv) == 0);
    const auto o = fullOptions(OnError::Skip);
    requireSame(oneThread(csv, o), twoThreads(csv, o));
}

namespace {
// 150,000 lines of "c<i mod 100>,2024-01-01,1": more than two progress intervals.
std::string manyLines() {
    std::string csv = "customer,date,amount\n";
    for (std::size_t i = 0; i < 150'000; ++i)
        csv += "c" + std::to_string(i % 100) + ",2024-01-01,1\n";
    return csv;
}

ImportOptions threeColumns() {
    ImportOptions o;
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.amount = ColumnRef::byNumber(3);
    o.twoThreadsFromBytes = 0;
    return o;
}
}  // namespace

TEST_CASE("two threads: progress on the calling thread, then the end", "[two threads]") {
    const std::string csv = manyLines();
    std::vector<std::size_t> rows, bytes;
    bool otherThread = false;
    const auto caller = std::this_thread::get_id();
    const auto r = parseTransactions(csv, threeColumns(),
                                     [&](std::size_t done, std::size_t total, std::size_t n) {
                                         otherThread |= std::this_thread::get_id() != caller;
                                         CHECK(total == csv.size());
                                         bytes.push_back(done);
                                         rows.push_back(n);
                                         return true;
                                     });
    REQUIRE(r.ok());
    CHECK(r.stats.imported == 150'000);
    CHECK_FALSE(otherThread);
    // At least one call past 65,536 rows before the end (the halves report every 8,192 of
    // their own rows, so the exact count depends on how the threads interleave).
    REQUIRE(rows.size() >= 2);
    CHECK(rows.front() >= 65'536);
    CHECK(rows.back() == 150'000);
    CHECK(bytes.back() == csv.size());
}

TEST_CASE("two threads: a cancel stops both halves and leaves no table", "[two threads]") {
    const std::string csv = manyLines();
    int calls = 0;
    const auto r =
        parseTransactions(csv, threeColumns(), [&](std::size_t, std::size_t, std::size_t) {
            ++calls;
            return false;
        });
    CHECK(r.status == ImportStatus::Cancelled);
    CHECK(calls == 1);
    CHECK(r.table.size() == 0);
    CHECK(r.table.customerIds.empty());
    CHECK(r.stats.imported == 0);
    CHECK(r.stats.rowsRead >= 65'536);

    // A cancel at the final call, once both halves are done, still cancels.
    int finalCalls = 0;
    const auto atEnd =
        parseTransactions(csv, threeColumns(), [&](std::size_t done, std::size_t, std::size_t) {
            ++finalCalls;
            return done != csv.size();
        });
    CHECK(atEnd.status == ImportStatus::Cancelled);
    CHECK(atEnd.table.size() == 0);
    CHECK(atEnd.stats.rowsRead == 150'000);
}
