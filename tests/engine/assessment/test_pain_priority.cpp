// Pain priority = severity x frequency x reach; top 2 (pain.top_count set to 2 here) must be
// addressed.
#include "engine/assessment/pain_priority.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("pain priority: the worked example", "[assessment][pain]") {
    MethodologyProfile profile;
    profile.setValue("pain.top_count", 2);
    const auto r = scorePainPriority(painCycle(), profile);
    REQUIRE(r.ranked.size() == 5);
    CHECK(r.ranked[0].painId == "p1");
    CHECK(*r.ranked[0].priority.value == exactly(60.0));  // 4 x 5 x 3
    CHECK(r.ranked[1].painId == "p2");
    CHECK(*r.ranked[1].priority.value == exactly(40.0));  // 5 x 2 x 4
    CHECK(r.ranked[2].painId == "p3");
    CHECK(*r.ranked[2].priority.value == exactly(27.0));  // 3 x 3 x 3
    CHECK(r.ranked[3].painId == "p4");
    CHECK(*r.ranked[3].priority.value == exactly(8.0));  // 2 x 2 x 2
    CHECK(r.ranked[4].painId == "p5");                   // no reach: unrated, last
    CHECK(r.ranked[4].rank == 0);
    CHECK(r.ranked[4].priority.reasonCode == code::kPainUnrated);

    CHECK(r.topCount == 2);
    CHECK(r.ranked[0].top);
    CHECK(r.ranked[1].top);
    CHECK_FALSE(r.ranked[2].top);
    // p1 affects Schools, which has no objective and whose treatment lists only p3
    CHECK(r.ranked[0].status == PainStatus::Unaddressed);
    CHECK(r.ranked[0].priority.reasonCode == code::kPainUnaddressed);
    // p2 affects Retail, which has the retention objective o-retail
    CHECK(r.ranked[1].status == PainStatus::AddressedByObjective);
    CHECK(r.ranked[1].objectiveIds == std::vector<EntityId>{"o-retail"});
    // p3 is listed by treatment t-schools
    CHECK(r.ranked[2].status == PainStatus::AddressedByTreatment);
    CHECK(r.ranked[2].treatmentIds == std::vector<EntityId>{"t-schools"});
    CHECK(*r.topAddressed.value == exactly(50.0));  // 1 of the top 2
    CHECK(r.ranked[0].priority.reason ==
          "'Invoices are wrong': 4 x 5 x 3 = 60, rank 1 of 4 (top); no treatment or objective of "
          "an affected "
          "segment addresses it");

    const auto findings = painFindings(r);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].id == "pain_unaddressed:p1");
    CHECK(findings[0].severity == exactly(0.48));  // 60 / 125
}

TEST_CASE("pain priority: the default top count is 5", "[assessment][pain]") {
    const auto r = scorePainPriority(painCycle(), MethodologyProfile{});
    CHECK(r.topCount == 4);  // only 4 pain points are rated
    // top: p1 unaddressed, p2 by objective, p3 by treatment, p4 (Schools, no objective) unaddressed
    CHECK(*r.topAddressed.value == exactly(50.0));  // 2 of 4
    CHECK(painFindings(r).size() == 2);
}

TEST_CASE("pain priority: no pain points (division by zero)", "[assessment][pain]") {
    const auto r = scorePainPriority(Cycle{}, {});
    CHECK(r.ranked.empty());
    CHECK(r.topCount == 0);
    CHECK_FALSE(r.topAddressed.known());
    CHECK(r.topAddressed.reasonCode == code::kNoRatedPains);
}
