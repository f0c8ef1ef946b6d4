// Inputs found by tests/fuzz/csv/fuzz_csv.cpp that once failed, kept as regressions.
#include <catch2/catch.hpp>

#include "engine/transactions/format_detection.h"
#include "engine/transactions/transaction_parser.h"

using namespace crm::transactions;

TEST_CASE("detection keeps unescaped fields after the scanner moved on", "[fuzz]") {
    // Found by the fuzzer (heap-use-after-free): the detection kept views of "" fields,
    // which live in the scanner only until its next record.
    const auto d =
        detectFormat("\"cust\"\"omer\",date,amount\nA,2024-01-01,1\n\"B\"\"x\",2024-01-02,2\n");
    REQUIRE(d.dialect.hasHeader);
    CHECK(d.header == std::vector<std::string>{"cust\"omer", "date", "amount"});
    CHECK(d.columns.customer == 1);
    CHECK(d.columns.amount == 3);
}
