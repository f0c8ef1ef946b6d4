// Changing one parameter of the methodology profile changes exactly the scores that depend on it,
// score by score (test_profile_sensitivity.cpp checks the same per part of the result).
#include <map>
#include <set>

#include "engine/assessment/assessment_result.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {

// Every score of a result under a name that does not depend on ranking order.
std::map<std::string, Score> scoresByName(const AssessmentResult& r) {
    std::map<std::string, Score> out;
    for (const auto& a : r.attainment) out["attainment/" + a.itemId] = a.progress;
    for (const auto& s : r.segments) out["segment/" + s.segmentId] = s.attractiveness;
    for (const auto& c : r.coverage) out["coverage/" + c.segmentId] = c.score;
    for (const auto& g : r.capabilities.gaps) out["gap/" + g.capabilityId] = g.weightedGap;
    out["maturity/overall"] = r.capabilities.overall.index;
    out["maturity/target"] = r.capabilities.target.index;
    out["maturity/building_blocks"] = r.capabilities.buildingBlocks.index;
    out["maturity/readiness"] = r.capabilities.readiness.index;
    out["alignment/objective_coverage"] = r.alignment.objectiveCoverage;
    out["alignment/kpi_usage"] = r.alignment.kpiUsage;
    out["alignment/strategy_share"] = r.alignment.strategyShare;
    out["alignment/objective_share"] = r.alignment.objectiveShare;
    out["alignment/outside_in_share"] = r.alignment.outsideInShare;
    out["pain/top_addressed"] = r.pain.topAddressed;
    for (const auto& p : r.pain.ranked) out["pain/" + p.painId] = p.priority;
    for (const auto& q : r.importancePerformance) out["ipa/" + q.ratingId] = q.score;
    out["relationship/nps"] = r.relationship.nps;
    out["relationship/csat"] = r.relationship.csat;
    out["relationship/perception_gap"] = r.relationship.perceptionGap;
    for (const auto& s : r.completeness.steps)
        out["completeness/" + std::to_string(s.step)] = s.score;
    out["completeness/overall"] = r.completeness.overall;
    return out;
}

using Names = std::set<std::string>;

Names changedScores(const Cycle& cycle, const std::string& key, double value) {
    const MethodologyProfile base;
    MethodologyProfile changed = base;
    REQUIRE(changed.setValue(key, value));
    const auto before = scoresByName(assess(cycle, base));
    const auto after = scoresByName(assess(cycle, changed));
    REQUIRE(before.size() == after.size());
    Names out;
    for (const auto& [name, score] : before) {
        REQUIRE(after.count(name) == 1);
        if (!(after.at(name) == score)) out.insert(name);
    }
    return out;
}

}  // namespace

TEST_CASE(
    "one weight: gap.default_importance moves only the gap of the capability without "
    "importance",
    "[assessment][profile]") {
    // capabilityCycle(): only Information (1 -> 4) has no importance; the others bring their own.
    const Cycle cycle = capabilityCycle();
    CHECK(changedScores(cycle, "gap.default_importance", 5) == Names{"gap/cap-information"});
    MethodologyProfile five;
    five.setValue("gap.default_importance", 5);
    const auto gapOf = [](const AssessmentResult& r) {
        return only(r.capabilities.gaps,
                    [](const CapabilityGap& g) { return g.capabilityId == "cap-information"; })
            .weightedGap.value;
    };
    CHECK(*gapOf(assess(cycle, MethodologyProfile{})) == exactly(9));  // (4 - 1) x default 3
    CHECK(*gapOf(assess(cycle, five)) == exactly(15));                 // (4 - 1) x 5
}

TEST_CASE("one weight: a maturity band edge moves the four maturity indices and no gap",
          "[assessment][profile]") {
    // The index values stay (37.5, 65, 33.33, 50); their reasons list the band edges, and two
    // levels move: overall 37.5 and building blocks 33.33 pass from practicing (20..40) to
    // optimizing once optimizing starts at 30.
    const Cycle cycle = capabilityCycle();
    CHECK(changedScores(cycle, "maturity.band.optimizing", 30) ==
          Names{"maturity/overall", "maturity/target", "maturity/building_blocks",
                "maturity/readiness"});
    MethodologyProfile changed;
    changed.setValue("maturity.band.optimizing", 30);
    const auto before = assess(cycle, MethodologyProfile{}).capabilities;
    const auto after = assess(cycle, changed).capabilities;
    // Current ratings 2, 1, 4, 3 (Metrics unrated): mean 2.5 -> (2.5 - 1) / 4 x 100 = 37.5.
    CHECK(*after.overall.index.value == exactly(37.5));
    CHECK(before.overall.level == MaturityLevel::Practicing);
    CHECK(after.overall.level == MaturityLevel::Optimizing);
    // Building blocks 2, 1, 4: mean 7/3 -> (7/3 - 1) / 4 x 100 = 33.33.
    CHECK(before.buildingBlocks.level == MaturityLevel::Practicing);
    CHECK(after.buildingBlocks.level == MaturityLevel::Optimizing);
    // Targets 4, 4, 3, 3, 4: mean 3.6 -> 65, leading either way.
    CHECK(after.target.level == MaturityLevel::Leading);
}

TEST_CASE("one weight: the NPS minimum moves the NPS verdict only", "[assessment][profile]") {
    // relationshipCycle(): (50 - 20) / 100 x 100 = 30, above the default minimum 0, below 40.
    const Cycle cycle = relationshipCycle();
    CHECK(changedScores(cycle, "relationship.nps_min", 40) == Names{"relationship/nps"});
    MethodologyProfile changed;
    changed.setValue("relationship.nps_min", 40);
    const auto nps = assess(cycle, changed).relationship.nps;
    CHECK(*nps.value == exactly(30));
    CHECK(nps.reasonCode == "nps_below_minimum");
}

TEST_CASE("one weight: a recommendation weight moves no score", "[assessment][profile]") {
    CHECK(changedScores(richCycle(), "recommendation.weight.capability", 0.1).empty());
}
