// NPS, CSAT and the perception gap from raw counts.
#include "engine/assessment/relationship_scores.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("relationship: the worked example", "[assessment][relationship]") {
    const Cycle cycle = relationshipCycle();
    const MethodologyProfile profile;
    const auto r = scoreRelationship(cycle, profile);
    CHECK(*r.nps.value == exactly(30.0));  // (50 - 20) / (50 + 30 + 20) x 100
    CHECK(r.nps.reasonCode == code::kNpsAtOrAboveMinimum);
    CHECK(r.nps.reason ==
          "NPS = (50 promoters - 20 detractors) / 100 responses x 100 = 30 (at or above the "
          "minimum of 0)");
    CHECK(*r.csat.value == exactly(85.0));                            // 170 / 200 x 100
    CHECK(r.csat.reasonCode == code::kCsatAtOrAboveMinimum);          // 85 >= 80
    CHECK(*r.perceptionGap.value == exactly(3.0));                    // 8 - 5
    CHECK(r.perceptionGap.reasonCode == code::kPerceptionOverRated);  // 3 >= 2

    const auto findings = relationshipFindings(r, cycle, profile);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].id == "perception_over_rated:c-rel");
    CHECK(findings[0].severity == exactly(3.0 / 9.0));  // gap 3 of the largest possible 9
}

TEST_CASE("relationship: below the minimums", "[assessment][relationship]") {
    Cycle cycle = relationshipCycle();
    auto& s = cycle.relationship;
    s.promoters = 10;
    s.passives = 20;
    s.detractors = 30;
    s.csatSatisfied = 120;
    s.customerRatedExperience = 9;  // customers rate higher than we do (8)
    const MethodologyProfile profile;
    const auto r = scoreRelationship(cycle, profile);
    CHECK(*r.nps.value == exactly(-100.0 / 3.0));  // (10 - 30) / 60 x 100 = -33.33
    CHECK(r.nps.reasonCode == code::kNpsBelowMinimum);
    CHECK(*r.csat.value == exactly(60.0));  // 120 / 200 x 100
    CHECK(r.csat.reasonCode == code::kCsatBelowMinimum);
    CHECK(*r.perceptionGap.value == exactly(-1.0));  // 8 - 9: |gap| < 2
    CHECK(r.perceptionGap.reasonCode == code::kPerceptionAligned);
    const auto findings = relationshipFindings(r, cycle, profile);
    REQUIRE(findings.size() == 2);
    CHECK(findingOf(findings, "nps_below_minimum:c-rel").severity ==
          exactly((100.0 / 3.0) / 100.0));
    CHECK(findingOf(findings, "csat_below_minimum:c-rel").severity ==
          exactly(0.25));  // (80 - 60) / 80
}

TEST_CASE("relationship: missing and zero counts (division by zero)",
          "[assessment][relationship]") {
    SECTION("nothing recorded") {
        const auto r = scoreRelationship(Cycle{}, {});
        CHECK(r.nps.reasonCode == code::kNpsMissingCounts);
        CHECK(r.csat.reasonCode == code::kCsatMissingCounts);
        CHECK(r.perceptionGap.reasonCode == code::kPerceptionMissing);
        CHECK_FALSE(r.nps.known());
        CHECK_FALSE(r.csat.known());
        CHECK_FALSE(r.perceptionGap.known());
    }
    SECTION("zero responses") {
        Cycle c;
        c.relationship.promoters = 0;
        c.relationship.passives = 0;
        c.relationship.detractors = 0;
        c.relationship.csatSatisfied = 0;
        c.relationship.csatResponses = 0;
        const auto r = scoreRelationship(c, {});
        CHECK(r.nps.reasonCode == code::kNpsNoResponses);
        CHECK_FALSE(r.nps.known());
        CHECK(r.csat.reasonCode == code::kCsatNoResponses);
        CHECK_FALSE(r.csat.known());
    }
    SECTION("more satisfied than responses") {
        Cycle c;
        c.relationship.csatSatisfied = 11;
        c.relationship.csatResponses = 10;
        CHECK(scoreRelationship(c, {}).csat.reasonCode == code::kCsatInvalidCounts);
    }
}
