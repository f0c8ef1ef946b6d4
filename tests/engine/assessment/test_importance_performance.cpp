// Importance-performance: a rating above the midpoint (3) counts as high.
#include "engine/assessment/importance_performance.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("importance-performance: the worked example", "[assessment][ipa]") {
    const auto all = scoreImportancePerformance(ipaCycle(), MethodologyProfile{});
    REQUIRE(all.size() == 5);
    // grouped by segment in order of first appearance: all customers, Schools, Retail
    CHECK(all[0].ratingId == "a-price");
    CHECK(all[1].ratingId == "a-wrap");
    CHECK(all[2].ratingId == "a-speed");
    CHECK(all[3].ratingId == "a-brand");
    CHECK(all[4].ratingId == "a-expert");

    CHECK(all[0].quadrant == Quadrant::ConcentrateHere);  // 5 > 3, 2 <= 3
    CHECK(*all[0].score.value == exactly(-3.0));          // 2 - 5
    CHECK(all[0].segmentName == "all customers");
    CHECK(all[1].quadrant == Quadrant::LowPriority);        // 3 and 3 are not above 3
    CHECK(all[2].quadrant == Quadrant::KeepUpTheGoodWork);  // 4 > 3, 4 > 3
    CHECK(all[2].segmentName == "Schools");
    CHECK(all[3].quadrant == Quadrant::PossibleOverkill);  // 2 <= 3, 5 > 3
    CHECK(*all[3].score.value == exactly(3.0));            // 5 - 2
    CHECK_FALSE(all[4].quadrant.has_value());
    CHECK(all[4].score.reasonCode == code::kIpaUnrated);
    CHECK(all[0].score.reason ==
          "'Price' for all customers: importance 5 (high), performance 2 (low) against midpoint 3: "
          "concentrate here");

    const auto findings = importancePerformanceFindings(all);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].id == "ipa_concentrate_here:a-price");
    CHECK(findings[0].severity == exactly(0.75));  // (5 - 2) / 4
}

TEST_CASE("importance-performance: the midpoint comes from the profile", "[assessment][ipa]") {
    MethodologyProfile p;
    p.setValue("ipa.midpoint", 2);
    const auto all = scoreImportancePerformance(ipaCycle(), p);
    CHECK(all[1].quadrant == Quadrant::KeepUpTheGoodWork);  // gift wrap 3, 3 > 2
    CHECK(all[3].quadrant == Quadrant::PossibleOverkill);   // branding 2 is not above 2
}
