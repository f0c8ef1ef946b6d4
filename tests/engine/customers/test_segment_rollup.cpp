// Segment roll-ups on the 12-customer fixture. Expected values: by hand, and printed by
//   /usr/bin/python3 tests/engine/customers/expected_small_fixture.py   (lines "segment ...")
#include <catch2/catch.hpp>

#include <limits>
#include <map>
#include <vector>

#include "engine/customers/customer_summary.h"
#include "engine/customers/rfm.h"
#include "engine/customers/segment_rollup.h"
#include "small_fixture.h"

using namespace crm::customers;
using namespace crm::customers::testing;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Model outputs per customer id; C07 (no purchase) is not scored by the model: NaN.
const std::map<std::string, std::pair<double, double>> kClvAndPAlive = {
    {"C01", {900, 0.95}}, {"C02", {400, 0.9}},  {"C03", {60, 0.8}},    {"C04", {800, 0.3}},
    {"C05", {5, 0.4}},    {"C06", {20, 0.5}},   {"C07", {kNaN, kNaN}}, {"C08", {150, 0.7}},
    {"C09", {1, 0.1}},    {"C10", {300, 0.85}}, {"C11", {2, 0.2}},     {"C12", {100, 0.6}},
};

// The small fixture summarised and RFM-scored, with its customers' lifetime values and P(alive)
// from kClvAndPAlive in summary order.
struct ScoredFixture {
    TableBuilder builder = smallFixture();
    CustomerSummaries summaries;
    RfmResult rfm;
    std::vector<double> clv, pAlive;
};

ScoredFixture scoredFixture() {
    ScoredFixture f;
    f.summaries = summarizeCustomers(
        f.builder.table(),
        {.period = PeriodConvention::Days, .observationEnd = dayOf(kSmallFixtureEnd)});
    f.rfm = scoreRfm(f.summaries);
    for (const CustomerSummary& c : f.summaries.customers) {
        const auto& [v, p] = kClvAndPAlive.at(f.builder.table().customerIds[c.customer]);
        f.clv.push_back(v);
        f.pAlive.push_back(p);
    }
    return f;
}

}  // namespace

TEST_CASE("rollup: by segment, customers in their primary segment", "[customers][rollup]") {
    const ScoredFixture f = scoredFixture();
    const SegmentRollups r =
        rollUpSegments(f.builder.table(), f.summaries, f.rfm, {f.clv, f.pAlive, 0.5});
    CHECK(r.basis == RollupBasis::Segment);
    REQUIRE(r.rows.size() == 2);

    // Retail: C01 C02 C03 C05 C06 C07 C10 C11 (C08 bought 60 Retail < 75 Wholesale).
    const SegmentRollup& retail = r.rows[0];
    CHECK(retail.name == "Retail");
    CHECK(retail.customers == 8);
    CHECK(retail.netValue == money("979.5"));  // 500 + 260 + 40 + 0 + 35 - 45.5 + 165 + 25
    CHECK(retail.margin == money("364"));      // 200 + 100 + 15 + 0 - 8 - 8 + 55 + 10
    REQUIRE(retail.meanClv);
    CHECK(*retail.meanClv == Approx(241.0));  // (900 + 400 + 60 + 5 + 20 + 300 + 2) / 7
    CHECK(retail.churnRiskCustomers == 2);    // C05 0.4, C11 0.2; C06 at exactly 0.5 is not
    CHECK(*retail.churnRiskShare == Approx(2.0 / 7.0));

    // Wholesale: C04 C08 C09 C12.
    const SegmentRollup& wholesale = r.rows[1];
    CHECK(wholesale.customers == 4);
    CHECK(wholesale.netValue == money("1565"));       // 1300 + 135 - 20 + 150
    CHECK(wholesale.margin == money("490"));          // 400 + 45 + 0 + 45
    CHECK(*wholesale.meanClv == Approx(262.75));      // (800 + 150 + 1 + 100) / 4
    CHECK(*wholesale.churnRiskShare == Approx(0.5));  // C04 0.3, C09 0.1
    // Mean P(alive) ("segment mean P(alive)" lines): Retail (0.95 + 0.9 + 0.8 + 0.4 + 0.5 +
    // 0.85 + 0.2) / 7 = 4.6 / 7; Wholesale (0.3 + 0.7 + 0.1 + 0.6) / 4 = 0.425.
    CHECK(*retail.meanProbabilityAlive == Approx(4.6 / 7.0));
    CHECK(*wholesale.meanProbabilityAlive == Approx(0.425));
}

TEST_CASE("rollup: mean P(alive) and CLV per RFM group, grid cell and R-F-M cell",
          "[customers][rollup]") {
    // Expected: the "rfm ... value" lines of expected_small_fixture.py. Cells there:
    // C01 5-5-5, C02 and C10 4-4-4, C03 5-1-2, C04 1-5-5, C05 2-1-1, C06 2-1-2, C08 and C12
    // 3-3-3, C09 and C11 1-1-1; C07 bought nothing.
    const ScoredFixture fixture = scoredFixture();
    const RfmValue v = rollUpRfmValue(fixture.rfm, {fixture.clv, fixture.pAlive, 0.5});
    const auto group = [&v](RfmGroup g) { return v.groups[static_cast<std::size_t>(g)]; };
    CHECK(group(RfmGroup::Loyal).customers == 2);                               // C02 and C10
    CHECK(*group(RfmGroup::Loyal).meanProbabilityAlive == Approx(0.875));       // (0.9 + 0.85) / 2
    CHECK(*group(RfmGroup::Loyal).meanClv == Approx(350.0));                    // (400 + 300) / 2
    CHECK(*group(RfmGroup::Hibernating).meanProbabilityAlive == Approx(0.45));  // C05, C06
    CHECK(*group(RfmGroup::Hibernating).meanClv == Approx(12.5));               // (5 + 20) / 2
    CHECK(group(RfmGroup::NoPurchase).customers == 1);  // C07, not scored by the model
    CHECK_FALSE(group(RfmGroup::NoPurchase).meanProbabilityAlive);
    CHECK_FALSE(group(RfmGroup::NoPurchase).meanClv);
    CHECK(group(RfmGroup::Promising).customers == 0);
    CHECK_FALSE(group(RfmGroup::Promising).meanClv);

    // The window's grid: recency 2, frequency 1 holds C05 and C06 (two M cells).
    CHECK(v.recencyFrequency[1][0].customers == 2);
    CHECK(*v.recencyFrequency[1][0].meanProbabilityAlive == Approx(0.45));
    CHECK(*v.recencyFrequency[4][4].meanClv == Approx(900.0));  // C01
    CHECK(v.recencyFrequency[2][0].customers == 0);

    REQUIRE(v.cells.size() == 8);
    CHECK(v.cells[0].first == "1-1-1");  // C09 and C11
    CHECK(v.cells[0].second.customers == 2);
    CHECK(*v.cells[0].second.meanProbabilityAlive == Approx(0.15));  // (0.1 + 0.2) / 2
    CHECK(*v.cells[0].second.meanClv == Approx(1.5));                // (1 + 2) / 2
    CHECK(v.cells[2].first == "2-1-1");                              // C05 alone
    CHECK(*v.cells[2].second.meanClv == Approx(5.0));
    CHECK(v.cells[7].first == "5-5-5");
}

TEST_CASE("rollup: by RFM group without a segment column, no model inputs", "[customers][rollup]") {
    TableBuilder b;
    b.add("A", "2024-01-01", "10").add("B", "2024-01-01", "20").add("C", "2024-01-02", "-5");
    const CustomerSummaries s = summarizeCustomers(b.table());
    const RfmResult rfm = scoreRfm(s);
    const SegmentRollups r = rollUpSegments(b.table(), s, rfm);
    CHECK(r.basis == RollupBasis::RfmGroup);
    REQUIRE(r.rows.size() == kRfmGroupCount);
    // A and B both bought once on the same day: R 1, F 1; M: A 1, B 1 + floor(5/2) = 3.
    // A: FM 1 -> lost; B: FM floor(4/2) = 2 -> lost. C: only a return -> no_purchase.
    const SegmentRollup& lost = r.rows[static_cast<std::size_t>(RfmGroup::Lost)];
    CHECK(lost.name == "lost");
    CHECK(lost.customers == 2);
    CHECK(lost.netValue == money("30"));
    CHECK_FALSE(lost.meanClv);
    CHECK_FALSE(lost.churnRiskShare);
    const SegmentRollup& none = r.rows[static_cast<std::size_t>(RfmGroup::NoPurchase)];
    CHECK(none.customers == 1);
    CHECK(none.netValue == money("-5"));

    const std::vector<double> tooShort = {1.0};
    CHECK_THROWS_AS(rollUpSegments(b.table(), s, rfm, {tooShort, {}, 0.5}), std::invalid_argument);
}
