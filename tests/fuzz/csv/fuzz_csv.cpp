// libFuzzer entry point for the transaction CSV import: every scanner dialect, the
// parser with two fixed mappings, and the format detection, on arbitrary bytes.
// Invariants that must hold for any input are checked with __builtin_trap().
//
// Built by tests/fuzz/CMakeLists.txt (CRMW_FUZZ=ON, clang); run with `scripts/fuzz fuzz_csv`.
// The seeds and regression inputs are replayed by tests/reliability/test_fuzz_regressions.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/transactions/csv_scanner.h"
#include "engine/transactions/format_detection.h"
#include "engine/transactions/transaction_parser.h"

using namespace crm::transactions;

namespace {

void check(bool condition) {
    if (!condition) __builtin_trap();
}

void scanEverything(std::string_view input, Delimiter delimiter) {
    CsvScanner scanner(input, delimiter);
    CsvRecord record;
    std::size_t lastLine = 0, lastEnd = 0;
    while (scanner.next(record)) {
        check(record.line > lastLine);
        check(record.begin >= lastEnd && record.begin <= record.end && record.end <= input.size());
        check(!record.fields.empty());
        check(record.error == nullptr || record.errorField < record.fields.size());
        for (std::string_view f : record.fields) check(f.size() <= input.size());
        lastLine = record.line;
        lastEnd = record.end;
    }
    check(scanner.offset() == input.size());
}

void checkResult(const ImportResult& r, const ImportOptions& o) {
    const auto& t = r.table;
    const std::size_t n = t.customer.size();
    check(t.day.size() == n && t.amount.size() == n && t.cost.size() == n &&
          t.quantitySign.size() == n && t.segment.size() == n && t.order.size() == n &&
          t.sourceLine.size() == n);
    for (std::size_t i = 0; i < n; ++i) {
        check(t.customer[i] < t.customerIds.size());
        check(!t.customerIds[t.customer[i]].empty());
        check(!t.hasSegment || t.segment[i] < t.segmentNames.size());
        check(!t.hasOrder || t.order[i] < t.orderIds.size());
        check(i == 0 || t.sourceLine[i] > t.sourceLine[i - 1]);
    }
    check(r.errors.size() <= std::max<std::size_t>(1, o.maxListedErrors));
    for (const auto& e : r.errors) check(e.text.size() <= 80 && e.line > 0);
    if (r.ok()) {
        check(r.stats.imported == n);
        check(r.stats.imported + r.stats.skippedBad + r.stats.skippedNoCustomer ==
              r.stats.rowsRead);
    } else {
        check(n == 0 && t.customerIds.empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    for (Delimiter d :
         {Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab, Delimiter::Whitespace})
        scanEverything(input, d);

    ImportOptions named;  // header, names, skip bad lines
    named.onError = OnError::Skip;
    named.maxListedErrors = 5;
    named.mapping.customer = ColumnRef::byName("customer");
    named.mapping.date = ColumnRef::byName("date");
    named.mapping.amount = ColumnRef::byName("amount");
    named.mapping.cost = ColumnRef::byName("cost");
    named.mapping.segment = ColumnRef::byName("segment");
    checkResult(parseTransactions(input, named), named);

    ImportOptions numbered;  // no header, numbers, quantity x price, decimal comma, stop
    numbered.dialect = {Delimiter::Whitespace, false, ','};
    numbered.mapping.customer = ColumnRef::byNumber(1);
    numbered.mapping.date = ColumnRef::byNumber(2);
    numbered.mapping.dateFormat = DateFormat::DayMonthYear;
    numbered.mapping.quantity = ColumnRef::byNumber(3);
    numbered.mapping.unitPrice = ColumnRef::byNumber(4);
    numbered.mapping.margin = ColumnRef::byNumber(5);
    numbered.mapping.order = ColumnRef::byNumber(6);
    checkResult(parseTransactions(input, numbered), numbered);

    const DetectedFormat detected = detectFormat(input, 50);
    if (const auto mapping = detected.suggestedMapping()) {
        const ImportOptions guessed{detected.dialect, *mapping, OnError::Skip, 10};
        checkResult(parseTransactions(input, guessed), guessed);
    }
    const Preview p = preview(input, detected.dialect, 10);
    check(p.rows.size() <= 10 && p.rows.size() == p.lines.size());
    return 0;
}
