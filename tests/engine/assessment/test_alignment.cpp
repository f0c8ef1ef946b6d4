// Alignment: coverage of objectives by KPIs, KPI usage, balance (minimum minority share 0.2),
// outside-in focus (minimum external share 0.5).
#include "engine/assessment/alignment.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("alignment: the worked example", "[assessment][alignment]") {
    const Cycle cycle = alignmentCycle();
    const MethodologyProfile profile;
    const auto a = scoreAlignment(cycle, profile);
    // o1 <- k1 (the duplicate link l5 counts once); o2 <- k1, k3; o3 <- nothing
    CHECK(a.objectives[0].kpiIds == std::vector<EntityId>{"k1"});
    CHECK(a.objectives[1].kpiIds == std::vector<EntityId>{"k1", "k3"});
    CHECK(a.objectives[2].kpiIds.empty());
    CHECK(*a.objectiveCoverage.value == exactly(100.0 * 2.0 / 3.0));  // 2 of 3 objectives
    CHECK(a.objectiveCoverage.reasonCode == code::kObjectivesPartlyCovered);
    // k1 and k3 serve; k2 serves nothing; k4's link points at an unknown objective
    CHECK(*a.kpiUsage.value == exactly(50.0));       // 2 of 4
    CHECK(*a.strategyShare.value == exactly(25.0));  // k1 of 4: minority 0.25 >= 0.2
    CHECK(a.strategyShare.reasonCode == code::kLevelsBalanced);
    CHECK(*a.objectiveShare.value == exactly(75.0));  // k1, k2, k4: minority (subjective) 0.25
    CHECK(a.objectiveShare.reasonCode == code::kKindsBalanced);
    CHECK(*a.outsideInShare.value == exactly(50.0));  // k1, k3 external: 0.5 >= 0.5
    CHECK(a.outsideIn);
    CHECK(a.outsideInShare.reasonCode == code::kFocusOutsideIn);
    CHECK(a.strategyShare.reason ==
          "strategy-level: 1 of 4 KPIs (25%), tactic-level: 3; the smaller side should be at least "
          "20%");

    const auto findings = alignmentFindings(a, cycle, profile);
    REQUIRE(findings.size() == 3);
    CHECK(findingOf(findings, "objective_without_kpi:o3").severity == exactly(1.0));
    CHECK(findingOf(findings, "kpi_serves_no_objective:k2").severity == exactly(0.5));
    CHECK(hasFinding(findings, "kpi_serves_no_objective:k4"));
}

TEST_CASE("alignment: one-sided and inside-out KPI sets", "[assessment][alignment]") {
    Cycle cycle = alignmentCycle();
    for (auto& k : cycle.kpis) k.level = MeasureLevel::Strategy;  // no tactic-level KPI at all
    cycle.kpis[2].perspective = Perspective::Internal;            // only k1 external: 1 of 4
    const MethodologyProfile profile;
    const auto a = scoreAlignment(cycle, profile);
    CHECK(*a.strategyShare.value == exactly(100.0));
    CHECK(a.strategyShare.reasonCode == code::kLevelsOneSided);
    CHECK(*a.outsideInShare.value == exactly(25.0));
    CHECK_FALSE(a.outsideIn);
    const auto findings = alignmentFindings(a, cycle, profile);
    const auto& levels = findingOf(findings, "levels_one_sided:c-ali:tactic");
    CHECK(levels.severity == exactly(1.0));  // (0.2 - 0) / 0.2
    CHECK(levels.qualifier == "tactic");
    CHECK(findingOf(findings, "focus_inside_out:c-ali").severity ==
          exactly(0.5));  // (0.5 - 0.25) / 0.5
}

TEST_CASE("alignment: no objectives and no KPIs (division by zero)", "[assessment][alignment]") {
    const Cycle empty;
    const auto a = scoreAlignment(empty, {});
    CHECK_FALSE(a.objectiveCoverage.known());
    CHECK(a.objectiveCoverage.reasonCode == code::kNoObjectives);
    CHECK_FALSE(a.kpiUsage.known());
    CHECK(a.kpiUsage.reasonCode == code::kNoKpis);
    CHECK_FALSE(a.strategyShare.known());
    CHECK_FALSE(a.outsideInShare.known());
    CHECK_FALSE(a.outsideIn);
    CHECK(alignmentFindings(a, empty, {}).empty());
}
