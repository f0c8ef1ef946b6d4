// Recommendations: impact = 100 x recommendation.weight.<category> x severity; ordered; capped;
// traceable.
#include "engine/assessment/recommendations.h"

#include <set>

#include "engine/assessment/assessment_result.h"
#include "engine/assessment/reason_codes.h"
#include "engine/model/descriptor.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {
Finding finding(const char* code, FindingCategory category, int step, const char* item,
                double severity) {
    return makeFinding(code, category, step, item, "kpi", item, {}, text::term("because"),
                       severity);
}
}  // namespace

TEST_CASE("recommendations: impact, order and cap", "[assessment][recommendations]") {
    const std::vector<Finding> findings = {
        finding("attainment_off_track", FindingCategory::Attainment, 8, "a",
                0.5),  // 100 x 1.0 x 0.5 = 50
        finding("objective_missing", FindingCategory::Coverage, 6, "b",
                1.0),  // 100 x 0.9 x 1.0 = 90
        finding("step_incomplete", FindingCategory::Completeness, 2, "c",
                0.25),                                                     // 100 x 0.6 x 0.25 = 15
        finding("pain_unaddressed", FindingCategory::Pain, 7, "d", 0.48),  // 100 x 1.0 x 0.48 = 48
        finding("capability_gap", FindingCategory::Capability, 10, "e",
                0.625),  // 100 x 0.8 x 0.625 = 50
    };
    MethodologyProfile profile;
    const auto all = recommend(findings, profile);
    REQUIRE(all.size() == 5);
    CHECK(all[0].findingId == "objective_missing:b");
    CHECK(all[0].impactScore == exactly(90.0));
    CHECK(all[0].impact == Impact::High);                 // >= 60
    CHECK(all[1].findingId == "attainment_off_track:a");  // 50, step 8 before the tie at step 10
    CHECK(all[2].findingId == "capability_gap:e");        // 50, step 10
    CHECK(all[2].impactScore == exactly(50.0));
    CHECK(all[2].impact == Impact::Medium);  // 30 <= 50 < 60
    CHECK(all[3].findingId == "pain_unaddressed:d");
    CHECK(all[4].impactScore == exactly(15.0));
    CHECK(all[4].impact == Impact::Low);  // < 30
    CHECK(all[4].rank == 5);

    profile.setValue("recommendation.max_count", 2);
    CHECK(recommend(findings, profile).size() == 2);

    profile.setValue("recommendation.weight.coverage", 0);  // switches the category off
    const auto withoutCoverage = recommend(findings, profile);
    CHECK(withoutCoverage[0].findingId == "attainment_off_track:a");
}

TEST_CASE("recommendations: every recommendation traces to a finding and an existing item",
          "[assessment][recommendations][property]") {
    Cycle empty;
    empty.id = "c-empty";
    for (const Cycle& cycle :
         {richCycle(), attainmentCycle(), segmentCycle(), coverageCycle(), capabilityCycle(),
          alignmentCycle(), painCycle(), ipaCycle(), relationshipCycle(), empty}) {
        MethodologyProfile profile;
        profile.setValue("recommendation.max_count", 1000);  // look at all of them
        const auto r = assess(cycle, profile);
        std::set<EntityId> ids{cycle.id};
        for (const auto* d : entityDescriptors()) {
            if (d->singleton) continue;
            for (std::size_t i = 0; i < d->count(cycle); ++i) ids.insert(d->at(cycle, i).id);
        }
        std::set<std::string> findingIds;
        for (const auto& f : r.findings) {
            CHECK(findingIds.insert(f.id).second);  // ids are unique
            CHECK(ids.count(f.itemId) == 1);
            CHECK(isKnownReasonCode(f.code));
            CHECK(f.severity >= 0.0);
            CHECK(f.severity <= 1.0);
            CHECK_FALSE(f.message.empty());
        }
        CHECK(r.recommendations.size() <= r.findings.size());
        for (const auto& rec : r.recommendations) {
            const Finding* cause = r.findFinding(rec.findingId);
            REQUIRE(cause != nullptr);
            CHECK(cause->code == rec.findingCode);
            CHECK(cause->itemId == rec.itemId);
            CHECK(ids.count(rec.itemId) == 1);
            CHECK_FALSE(rec.action.empty());
            CHECK(rec.because == cause->message);
        }
    }
}

TEST_CASE("recommendations: the default cap of 12 applies to the rich cycle",
          "[assessment][recommendations]") {
    const auto r = assess(richCycle(), MethodologyProfile{});
    CHECK(r.findings.size() > 12);
    CHECK(r.recommendations.size() == 12);
    for (std::size_t i = 1; i < r.recommendations.size(); ++i)
        CHECK(r.recommendations[i - 1].impactScore >= r.recommendations[i].impactScore);
}
