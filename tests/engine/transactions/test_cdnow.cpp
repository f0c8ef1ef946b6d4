// The real CDNOW master file (Fader, Hardie & Lee 2005; shipped with the MIT-licensed
// `lifetimes` library): whitespace-separated, CRLF, yyyymmdd dates.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <numeric>

#include "engine/transactions/transaction_parser.h"

using namespace crm::transactions;

TEST_CASE("CDNOW master file imports completely and exactly", "[cdnow]") {
    ImportOptions o;
    o.dialect = {Delimiter::Whitespace, true, '.'};
    o.mapping.customer = ColumnRef::byName("customer_id");
    o.mapping.date = ColumnRef::byName("date");
    o.mapping.dateFormat = DateFormat::Compact;
    o.mapping.quantity = ColumnRef::byName("number_of_cds");
    o.mapping.amount = ColumnRef::byName("dollar_value");
    const char* overridden = std::getenv("CRMW_CDNOW_FILE");  // the data set lives outside the repo
    const auto r = parseTransactionsFile(
        overridden ? overridden : REFERENCE_DATA_DIR "/cdnow/CDNOW_master.txt", o);
    REQUIRE(r.ok());
    const auto& t = r.table;
    // Published counts (tests/data/cdnow/README.md and the paper).
    CHECK(r.stats.rowsRead == 69'659);
    CHECK(r.stats.imported == 69'659);
    CHECK(r.stats.skippedBad == 0);
    CHECK(r.stats.skippedNoCustomer == 0);
    CHECK(t.customerIds.size() == 23'570);
    // Independent totals, computed with Python's Decimal:
    //   python3 -c "from decimal import Decimal as D; L=[l.split() for l in
    //     open('CDNOW_master.txt')][1:]; print(sum(D(f[3]) for f in L), sum(int(f[2]) for f in L))"
    //   -> 2500315.63 167881
    // and cross-checked in integer cents with awk:
    //   awk 'NR>1 { split($4,p,"."); s += p[1]*100 + p[2] } END { print s }' CDNOW_master.txt
    //   -> 250031563
    CHECK(std::accumulate(t.amount.begin(), t.amount.end(), std::int64_t{0}) == 2'500'315'630);
    // 80 lines have a dollar value of 0.00; every line has at least one CD.
    CHECK(std::count(t.amount.begin(), t.amount.end(), 0) == 80);
    CHECK(std::count(t.quantitySign.begin(), t.quantitySign.end(), 1) == 69'659);
    // 1997-01-01 = day 9862 .. 1998-06-30 = 9862 + 365 + 180 = 10407.
    CHECK(*std::min_element(t.day.begin(), t.day.end()) == 9862);
    CHECK(*std::max_element(t.day.begin(), t.day.end()) == 10407);
    CHECK(t.sourceLine.front() == 2);
    CHECK(t.sourceLine.back() == 69'660);
    CHECK(t.customerIds.front() == "00001");
}
