// Relationship levels on the 12-customer fixture. Expected values: by hand, and printed by
//   /usr/bin/python3 tests/engine/customers/expected_small_fixture.py   (line "levels ...")
#include <catch2/catch.hpp>

#include "engine/customers/customer_summary.h"
#include "engine/customers/relationship_levels.h"
#include "engine/customers/rfm.h"
#include "small_fixture.h"

using namespace crm::customers;
using namespace crm::customers::testing;

TEST_CASE("levels: one-time, repeat and advanced customers of the fixture", "[customers][levels]") {
    const TableBuilder b = smallFixture();
    const CustomerSummaries s = summarizeCustomers(
        b.table(), {.period = PeriodConvention::Days, .observationEnd = dayOf(kSmallFixtureEnd)});
    const RfmResult rfm = scoreRfm(s);
    const RelationshipLevels levels = classifyRelationshipLevels(s, rfm);
    CHECK(levels.noPurchase == 1);  // C07
    CHECK(levels.oneTime == 5);     // C03, C05, C06, C09, C11
    CHECK(levels.repeat == 6);      // C01, C02, C04, C08, C10, C12
    // C01 champions, C02 and C10 loyal, C08 bought in Retail and Wholesale; C04 (cannot lose,
    // one segment) and C12 (needs attention, one segment) stay repeat.
    CHECK(levels.advanced == 4);
    CHECK(levels.oneTimeShare == Approx(5.0 / 11.0));
    CHECK(levels.repeatShare == Approx(6.0 / 11.0));
    CHECK(levels.advancedShare == Approx(4.0 / 11.0));

    REQUIRE(levels.levels.size() == s.customers.size());
    for (std::size_t i = 0; i < s.customers.size(); ++i) {
        const std::string& id = b.table().customerIds[s.customers[i].customer];
        INFO(id);
        if (id == "C08" || id == "C01") CHECK(levels.levels[i] == RelationshipLevel::Advanced);
        if (id == "C04") CHECK(levels.levels[i] == RelationshipLevel::Repeat);
        if (id == "C07") CHECK(levels.levels[i] == RelationshipLevel::NoPurchase);
    }
}

TEST_CASE("levels: several segments count only with a segment column", "[customers][levels]") {
    CustomerSummary twoSegments;
    twoSegments.purchaseDays = 2;
    twoSegments.purchaseSegments = 2;
    CHECK(relationshipLevelOf(twoSegments, RfmGroup::AtRisk, true) == RelationshipLevel::Advanced);
    CHECK(relationshipLevelOf(twoSegments, RfmGroup::AtRisk, false) == RelationshipLevel::Repeat);
    CHECK(relationshipLevelOf(twoSegments, RfmGroup::Loyal, false) == RelationshipLevel::Advanced);
    twoSegments.purchaseDays = 1;  // one purchase day is never more than one-time
    CHECK(relationshipLevelOf(twoSegments, RfmGroup::Champions, true) ==
          RelationshipLevel::OneTime);
}
