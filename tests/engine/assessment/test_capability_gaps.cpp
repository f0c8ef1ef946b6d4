// Capability gaps and maturity: default bands 20 / 40 / 60 / 80, default importance 3.
#include "engine/assessment/capability_gaps.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("capability gaps: the worked example", "[assessment][capabilities]") {
    const auto r = scoreCapabilities(capabilityCycle(), MethodologyProfile{});
    REQUIRE(r.gaps.size() == 5);
    // Ranked by (target - current) x importance:
    CHECK(r.gaps[0].capabilityId == "cap-vision");  // (4 - 2) x 5 = 10
    CHECK(*r.gaps[0].weightedGap.value == exactly(10.0));
    CHECK(r.gaps[1].capabilityId == "cap-information");  // (4 - 1) x 3 (profile default) = 9
    CHECK(*r.gaps[1].weightedGap.value == exactly(9.0));
    CHECK(r.gaps[1].importanceDefaulted);
    CHECK(r.gaps[2].capabilityId == "cap-data");  // (3 - 3) x 4 = 0
    CHECK(*r.gaps[2].weightedGap.value == exactly(0.0));
    CHECK(r.gaps[2].weightedGap.reasonCode == code::kCapabilityNoGap);
    CHECK(r.gaps[3].capabilityId == "cap-technology");  // (3 - 4) x 2 = -2
    CHECK(*r.gaps[3].weightedGap.value == exactly(-2.0));
    CHECK(r.gaps[3].weightedGap.reasonCode == code::kCapabilityAboveTarget);
    CHECK(r.gaps[4].capabilityId == "cap-metrics");  // no current rating
    CHECK(r.gaps[4].rank == 0);
    CHECK(r.gaps[4].weightedGap.reasonCode == code::kCapabilityUnrated);
    CHECK(r.gaps[0].weightedGap.reason ==
          "'Vision' is at 2 and aims at 4: gap 2 x importance 5 = 10");
    CHECK(r.gaps[1].weightedGap.reason ==
          "'Information' is at 1 and aims at 4: gap 3 x importance 3 (profile default) = 9");

    // Current ratings 2, 1, 4, 3: mean 2.5 -> (2.5 - 1) / 4 x 100 = 37.5 -> practicing (20 <= 37.5
    // < 40)
    CHECK(*r.overall.index.value == exactly(37.5));
    CHECK(r.overall.rated == 4);
    CHECK(r.overall.level == MaturityLevel::Practicing);
    CHECK(r.overall.index.reasonCode == code::kMaturityPracticing);
    // Targets 4, 4, 3, 3, 4: mean 3.6 -> 2.6 / 4 x 100 = 65 -> leading (60 <= 65 < 80)
    CHECK(*r.target.index.value == exactly(65.0));
    CHECK(r.target.level == MaturityLevel::Leading);
    // Building blocks 2, 1, 4: mean 7/3 -> (7/3 - 1) / 4 x 100 = 33.33 -> practicing
    CHECK(*r.buildingBlocks.index.value == exactly((7.0 / 3.0 - 1.0) / 4.0 * 100.0));
    // Readiness 3 -> 50 -> optimizing
    CHECK(*r.readiness.index.value == exactly(50.0));
    CHECK(r.readiness.level == MaturityLevel::Optimizing);

    const auto findings = capabilityFindings(r);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].id == "capability_gap:cap-vision");
    CHECK(findings[0].severity ==
          exactly(0.5));  // 10 / 20 (largest possible: gap 4 x importance 5)
    CHECK(findings[1].severity == exactly(0.45));  // 9 / 20
}

TEST_CASE("maturity level: band edges belong to the upper level", "[assessment][capabilities]") {
    const MethodologyProfile p;
    CHECK(maturityLevelOf(0, p) == MaturityLevel::Developing);
    CHECK(maturityLevelOf(19.99, p) == MaturityLevel::Developing);
    CHECK(maturityLevelOf(20, p) == MaturityLevel::Practicing);
    CHECK(maturityLevelOf(40, p) == MaturityLevel::Optimizing);
    CHECK(maturityLevelOf(60, p) == MaturityLevel::Leading);
    CHECK(maturityLevelOf(80, p) == MaturityLevel::MaximumValue);
    CHECK(maturityLevelOf(100, p) == MaturityLevel::MaximumValue);
}

TEST_CASE("capability gaps: no capabilities", "[assessment][capabilities]") {
    const auto r = scoreCapabilities(Cycle{}, {});
    CHECK(r.gaps.empty());
    CHECK_FALSE(r.overall.index.known());
    CHECK_FALSE(r.overall.level.has_value());
    CHECK(r.overall.index.reasonCode == code::kMaturityUnrated);
    CHECK(capabilityFindings(r).empty());
}

TEST_CASE("capability gaps: the default importance comes from the profile",
          "[assessment][capabilities]") {
    MethodologyProfile p;
    p.setValue("gap.default_importance", 5);
    const auto r = scoreCapabilities(capabilityCycle(), p);
    CHECK(r.gaps[0].capabilityId == "cap-information");  // (4 - 1) x 5 = 15 now beats Vision's 10
    CHECK(*r.gaps[0].weightedGap.value == exactly(15.0));
}
