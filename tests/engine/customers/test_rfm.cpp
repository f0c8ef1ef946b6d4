// RFM scores and groups on the 12-customer fixture. Expected values: by hand, and printed by
//   /usr/bin/python3 tests/engine/customers/expected_small_fixture.py   (lines "rfm ...")
#include <catch2/catch.hpp>

#include <iterator>
#include <map>
#include <string_view>
#include <utility>

#include "engine/customers/customer_summary.h"
#include "engine/customers/rfm.h"
#include "small_fixture.h"

using namespace crm::customers;
using namespace crm::customers::testing;

namespace {

std::map<std::string, RfmScore> scoresById(const TableBuilder& b, const CustomerSummaries& s,
                                           const RfmResult& r) {
    std::map<std::string, RfmScore> out;
    for (std::size_t i = 0; i < s.customers.size(); ++i) {
        out[b.table().customerIds[s.customers[i].customer]] = r.scores[i];
    }
    return out;
}

}  // namespace

TEST_CASE("rfm: quintile score is 1 + floor(5 * strictly worse / n)", "[customers][rfm]") {
    // n = 11: w = 0,1,2 -> 1; 3,4 -> 2; 5,6 -> 3; 7,8 -> 4; 9,10 -> 5  (5w/11 floored, plus 1)
    const int expected[11] = {1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    for (std::size_t w = 0; w < 11; ++w) CHECK(quintileScore(w, 11) == expected[w]);
    CHECK(quintileScore(0, 1) == 1);  // a single customer cannot beat anyone
    CHECK(quintileScore(4, 5) == 5);
    CHECK_THROWS_AS(quintileScore(5, 5), std::invalid_argument);
}

TEST_CASE("rfm: the group table covers all 25 cells", "[customers][rfm]") {
    using enum RfmGroup;
    // Rows R = 5..1, columns FM = 1..5, as documented in rfm.h and docs/methodology.md.
    const RfmGroup table[5][5] = {
        {New, PotentialLoyalists, PotentialLoyalists, Champions, Champions},
        {Promising, PotentialLoyalists, PotentialLoyalists, Loyal, Champions},
        {NeedsAttention, NeedsAttention, NeedsAttention, Loyal, Loyal},
        {Hibernating, Hibernating, AtRisk, AtRisk, CannotLose},
        {Lost, Lost, AtRisk, AtRisk, CannotLose},
    };
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) CHECK(rfmGroupOf(r, fm) == table[5 - r][fm - 1]);
    }
    CHECK(frequencyMonetaryScore(1, 2) == 1);  // floor(3 / 2)
    CHECK(frequencyMonetaryScore(1, 3) == 2);
    CHECK(frequencyMonetaryScore(5, 4) == 4);
    CHECK(rfmGroupKey(PotentialLoyalists) == "potential_loyalists");
    CHECK(rfmGroupKey(NoPurchase) == "no_purchase");
    CHECK_THROWS_AS(rfmGroupOf(0, 3), std::invalid_argument);
}

TEST_CASE("rfm: scores, cells and groups of the fixture", "[customers][rfm]") {
    const TableBuilder b = smallFixture();
    const CustomerSummaries s = summarizeCustomers(
        b.table(), {.period = PeriodConvention::Days, .observationEnd = dayOf(kSmallFixtureEnd)});
    const RfmResult r = scoreRfm(s);
    CHECK(r.scoredCustomers == 11);  // C07 has no purchase
    const auto byId = scoresById(b, s, r);

    // R ranks last purchase days ascending: C11 01-02, C09 02-20, C04 02-25 -> 1; C06 03-01,
    // C05 04-01 -> 2; C12 04-17, C08 06-10 -> 3; C10 06-15, C02 06-25 -> 4; C01, C03 -> 5.
    // F (purchase days): five customers with 1 -> 1; C08, C12 with 2 (w = 5) -> 3;
    //   C02, C10 with 3 (w = 7) -> 4; C01, C04 with 4 (w = 9) -> 5.
    // M (net value): C09 -20, C05 0, C11 25 -> 1; C06 35, C03 40 -> 2; C08 135, C12 150 -> 3;
    //   C10 165, C02 260 -> 4; C01 500, C04 1300 -> 5.
    const std::map<std::string, std::pair<std::string, RfmGroup>> expected = {
        {"C01", {"5-5-5", RfmGroup::Champions}},   // FM = floor(10/2) = 5
        {"C02", {"4-4-4", RfmGroup::Loyal}},       // FM 4
        {"C03", {"5-1-2", RfmGroup::New}},         // FM floor(3/2) = 1
        {"C04", {"1-5-5", RfmGroup::CannotLose}},  // R 1, FM 5
        {"C05", {"2-1-1", RfmGroup::Hibernating}}, {"C06", {"2-1-2", RfmGroup::Hibernating}},
        {"C07", {"-", RfmGroup::NoPurchase}},      {"C08", {"3-3-3", RfmGroup::NeedsAttention}},
        {"C09", {"1-1-1", RfmGroup::Lost}},        {"C10", {"4-4-4", RfmGroup::Loyal}},
        {"C11", {"1-1-1", RfmGroup::Lost}},        {"C12", {"3-3-3", RfmGroup::NeedsAttention}},
    };
    REQUIRE(byId.size() == expected.size());
    for (const auto& [id, cellAndGroup] : expected) {
        INFO(id);
        CHECK(byId.at(id).cell() == cellAndGroup.first);
        CHECK(byId.at(id).group == cellAndGroup.second);
    }
    CHECK(r.groupCounts[static_cast<std::size_t>(RfmGroup::Lost)] == 2);
    CHECK(r.groupCounts[static_cast<std::size_t>(RfmGroup::Hibernating)] == 2);
    CHECK(r.groupCounts[static_cast<std::size_t>(RfmGroup::NoPurchase)] == 1);
    CHECK(r.groupCounts[static_cast<std::size_t>(RfmGroup::AtRisk)] == 0);
}

TEST_CASE("rfm: ties share the score of the first of them", "[customers][rfm]") {
    TableBuilder b;
    // Four customers with one purchase of 10 on the same day, one bigger and later.
    b.add("A", "2024-01-01", "10")
        .add("B", "2024-01-01", "10")
        .add("C", "2024-01-01", "10")
        .add("D", "2024-01-01", "10")
        .add("E", "2024-01-05", "30")
        .add("E", "2024-01-06", "1");
    const CustomerSummaries s = summarizeCustomers(b.table());
    const RfmResult r = scoreRfm(s);
    const auto byId = scoresById(b, s, r);
    for (const char* id : {"A", "B", "C", "D"}) CHECK(byId.at(id).cell() == "1-1-1");
    CHECK(byId.at("E").cell() == "5-5-5");  // w = 4 of 5: 1 + floor(20 / 5)
}

TEST_CASE("rfm: one label per group, as the report, the window and the CLI show it",
          "[customers][rfm]") {
    using enum RfmGroup;
    // The words of docs/methodology.md's group table, capitalised; "Cannot lose" (not "Cannot
    // lose them") as the report has always written it.
    const std::pair<RfmGroup, std::string_view> expected[] = {
        {Champions, "Champions"},
        {Loyal, "Loyal"},
        {PotentialLoyalists, "Potential loyalists"},
        {New, "New"},
        {Promising, "Promising"},
        {NeedsAttention, "Needs attention"},
        {AtRisk, "At risk"},
        {CannotLose, "Cannot lose"},
        {Hibernating, "Hibernating"},
        {Lost, "Lost"},
        {NoPurchase, "No purchase"},
    };
    static_assert(std::size(expected) == kRfmGroupCount);
    for (const auto& [group, label] : expected) {
        CHECK(rfmGroupLabel(group) == label);
        CHECK(rfmGroupOfKey(rfmGroupKey(group)) == group);  // the key leads back to the group
    }
    CHECK(rfmGroupOfKey("cannot_lose") == CannotLose);
    CHECK_FALSE(rfmGroupOfKey("Cannot lose").has_value());  // a label is not a key
    CHECK_FALSE(rfmGroupOfKey("North").has_value());        // a segment name
}
