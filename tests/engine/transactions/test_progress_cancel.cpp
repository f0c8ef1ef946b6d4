#include <catch2/catch.hpp>

#include <tuple>

#include "engine/transactions/transaction_parser.h"

using namespace crm::transactions;

namespace {
// 150,000 lines of "c<i mod 100>,2024-01-01,1"
std::string manyLines(std::size_t n) {
    std::string csv = "customer,date,amount\n";
    for (std::size_t i = 0; i < n; ++i) csv += "c" + std::to_string(i % 100) + ",2024-01-01,1\n";
    return csv;
}

ImportOptions options() {
    ImportOptions o;
    o.mapping.customer = ColumnRef::byNumber(1);
    o.mapping.date = ColumnRef::byNumber(2);
    o.mapping.amount = ColumnRef::byNumber(3);
    return o;
}
}  // namespace

TEST_CASE("progress is reported every 65,536 rows and at the end", "[progress]") {
    const std::string csv = manyLines(150'000);
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> calls;
    const auto r = parseTransactions(csv, options(),
                                     [&](std::size_t done, std::size_t total, std::size_t rows) {
                                         calls.emplace_back(done, total, rows);
                                         return true;
                                     });
    REQUIRE(r.ok());
    CHECK(r.stats.imported == 150'000);
    REQUIRE(calls.size() == 3);  // after 65,536 and 131,072 rows, then the end
    CHECK(std::get<2>(calls[0]) == 65'536);
    CHECK(std::get<2>(calls[1]) == 131'072);
    CHECK(std::get<2>(calls[2]) == 150'000);
    CHECK(std::get<0>(calls[0]) < std::get<0>(calls[1]));
    CHECK(std::get<0>(calls[2]) == csv.size());
    for (const auto& c : calls) CHECK(std::get<1>(c) == csv.size());
}

TEST_CASE("cancel leaves no table", "[progress]") {
    const std::string csv = manyLines(150'000);
    int calls = 0;
    const auto r = parseTransactions(
        csv, options(), [&](std::size_t, std::size_t, std::size_t) { return ++calls < 2; });
    CHECK(r.status == ImportStatus::Cancelled);
    CHECK(calls == 2);
    CHECK(r.table.size() == 0);
    CHECK(r.table.customerIds.empty());
    CHECK(r.stats.imported == 0);
    CHECK(r.stats.rowsRead == 131'072);
}

TEST_CASE("cancel at the final call still cancels", "[progress]") {
    const auto r = parseTransactions(manyLines(10), options(),
                                     [](std::size_t, std::size_t, std::size_t) { return false; });
    CHECK(r.status == ImportStatus::Cancelled);
    CHECK(r.table.size() == 0);
}
