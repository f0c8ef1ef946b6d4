// Metric attainment: expected numbers computed by hand beside each check.
#include "engine/assessment/metric_attainment.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {

const MetricAttainment& byId(const std::vector<MetricAttainment>& all, const std::string& id) {
    return only(all, [&](const MetricAttainment& a) { return a.itemId == id; });
}

Cycle oneKpi(Kpi k, std::vector<Milestone> milestones = {}) {
    Cycle c;
    c.id = "c";
    c.assessmentDate = day(2026, 6, 30);
    c.kpis.push_back(std::move(k));
    c.milestones = std::move(milestones);
    return c;
}

Kpi plainKpi(double baseline, double target, std::optional<double> current,
             Direction direction = Direction::HigherIsBetter) {
    Kpi k;
    k.id = "k";
    k.name = "Test KPI";
    k.direction = direction;
    k.baseline = baseline;
    k.target = target;
    k.current = current;
    return k;
}

Milestone due(Date when, double target) {
    Milestone m;
    m.id = "m";
    m.ownerId = "k";
    m.due = when;
    m.target = target;
    return m;
}

}  // namespace

TEST_CASE("attainment: the worked example", "[assessment][attainment]") {
    const MethodologyProfile profile;
    const auto all = scoreMetricAttainment(attainmentCycle(), profile);
    REQUIRE(all.size() == 6);  // 5 KPIs, then 1 segment objective

    SECTION("higher is better, judged at the milestone due on the assessment date: off track") {
        const auto& a = byId(all, "k-repeat");
        CHECK(*a.progress.value == exactly(35.0));  // (27 - 20) / (40 - 20) x 100
        CHECK(*a.expectedValue == exactly(30.0));   // milestone m-repeat-q2 is due on 2026-06-30
        CHECK(*a.expectedProgressPct == exactly(50.0));  // (30 - 20) / (40 - 20) x 100
        CHECK(a.lastMilestoneId == "m-repeat-q2");
        CHECK(a.status == AttainmentStatus::OffTrack);  // 35 / 50 = 0.70 < 0.75
        CHECK(a.progress.reasonCode == code::kAttainmentOffTrack);
        CHECK(a.progress.step == 8);
        CHECK(
            a.progress.reason ==
            "'Repeat purchase rate' is 35% of the way from baseline 20 to target 40 (current 27); "
            "50% was "
            "expected by 2026-06-30: 70% of plan, off track (on track from 95%, at risk from 75%)");
    }
    SECTION("lower is better: at risk") {
        const auto& a = byId(all, "k-aht");
        CHECK(*a.progress.value == exactly(45.0));       // (355 - 400) / (300 - 400) x 100
        CHECK(*a.expectedProgressPct == exactly(50.0));  // (350 - 400) / (300 - 400) x 100
        CHECK(a.status == AttainmentStatus::AtRisk);     // 45 / 50 = 0.90: 0.75 <= 0.90 < 0.95
        CHECK(a.progress.reasonCode == code::kAttainmentAtRisk);
        CHECK_FALSE(a.targetAgainstDirection);
    }
    SECTION("no milestones: interpolated between the dated baseline and the dated target") {
        const auto& a = byId(all, "k-fcr");
        CHECK(a.judgedAt == day(2026, 2, 20));     // the current value's own date
        CHECK(*a.expectedValue == exactly(70.0));  // 60 + (80 - 60) x 50 days / 100 days
        CHECK(*a.expectedProgressPct == exactly(50.0));
        CHECK(*a.progress.value == exactly(45.0));    // (69 - 60) / 20 x 100
        CHECK(a.status == AttainmentStatus::AtRisk);  // 0.90
        CHECK(a.lastMilestoneId.empty());
    }
    SECTION("target equals baseline: hold the level") {
        const auto& a = byId(all, "k-hold");
        CHECK(*a.progress.value == exactly(100.0));  // 91 >= 90, higher is better
        CHECK(a.status == AttainmentStatus::OnTrack);
        CHECK(a.progress.reasonCode == code::kAttainmentHoldMet);
    }
    SECTION("missing current value") {
        const auto& a = byId(all, "k-nps");
        CHECK_FALSE(a.progress.known());
        CHECK(a.status == AttainmentStatus::NotJudged);
        CHECK(a.progress.reasonCode == code::kAttainmentMissingValues);
        CHECK(a.progress.reason ==
              "'Net promoter score' cannot be measured: current value missing");
    }
    SECTION(
        "segment objective: current value from the latest milestone actual, judged at its due "
        "date") {
        const auto& a = byId(all, "o-growth");
        CHECK(a.itemKind == "segment_objective");
        CHECK(a.progress.step == 6);
        CHECK(*a.current == exactly(130.0));
        CHECK(a.currentFromMilestoneId == "m-growth-q1");
        CHECK(a.judgedAt == day(2026, 3, 31));
        CHECK(*a.progress.value == exactly(30.0));       // (130 - 100) / (200 - 100) x 100
        CHECK(*a.expectedProgressPct == exactly(25.0));  // (125 - 100) / 100 x 100
        CHECK(a.status == AttainmentStatus::OnTrack);    // 30 / 25 = 1.2
    }
    SECTION("findings: one per at-risk or off-track item, severity = 1 - actual / expected") {
        const auto findings = attainmentFindings(all);
        REQUIRE(findings.size() == 3);
        CHECK(findingOf(findings, "attainment_off_track:k-repeat").severity ==
              exactly(0.3));  // 1 - 35/50
        CHECK(findingOf(findings, "attainment_at_risk:k-aht").severity ==
              exactly(0.1));  // 1 - 45/50
        CHECK(findingOf(findings, "attainment_at_risk:k-fcr").severity ==
              exactly(0.1));  // 1 - 45/50
    }
}

TEST_CASE("attainment: ratio exactly at the on-track threshold counts as on track",
          "[assessment][attainment]") {
    // progress 38 / expected 40 = 0.95 = attainment.on_track_ratio
    const auto all =
        scoreMetricAttainment(oneKpi(plainKpi(0, 100, 38), {due(day(2026, 6, 30), 40)}), {});
    CHECK(all[0].status == AttainmentStatus::OnTrack);
}

TEST_CASE("attainment: target equals baseline, lower is better, missed",
          "[assessment][attainment]") {
    const auto all = scoreMetricAttainment(oneKpi(plainKpi(5, 5, 6, Direction::LowerIsBetter)), {});
    CHECK(*all[0].progress.value == exactly(0.0));
    CHECK(all[0].status == AttainmentStatus::OffTrack);
    CHECK(all[0].progress.reasonCode == code::kAttainmentHoldMissed);
    const auto findings = attainmentFindings(all);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == exactly(1.0));
}

TEST_CASE("attainment: nothing due before the first milestone when the baseline has no date",
          "[assessment][attainment]") {
    const Milestone september = due(day(2026, 9, 30), 15);
    SECTION("moved towards the target: on track") {
        const auto all = scoreMetricAttainment(oneKpi(plainKpi(10, 20, 11), {september}), {});
        CHECK(*all[0].progress.value == exactly(10.0));  // (11 - 10) / 10 x 100
        CHECK(*all[0].expectedProgressPct == exactly(0.0));
        CHECK(all[0].status == AttainmentStatus::OnTrack);
        CHECK(all[0].progress.reasonCode == code::kAttainmentNothingDue);
    }
    SECTION("moved away from the target: at risk, severity = distance moved away") {
        const auto all = scoreMetricAttainment(oneKpi(plainKpi(10, 20, 9), {september}), {});
        CHECK(*all[0].progress.value == exactly(-10.0));  // (9 - 10) / 10 x 100
        CHECK(all[0].status == AttainmentStatus::AtRisk);
        CHECK(all[0].progress.reasonCode == code::kAttainmentMovingAway);
        CHECK(attainmentFindings(all)[0].severity == exactly(0.1));  // 10 / 100
    }
}

TEST_CASE("attainment: after the target date the final target is expected",
          "[assessment][attainment]") {
    auto k = plainKpi(0, 10, 9);
    k.targetDate = day(2026, 3, 31);  // before the assessment date 2026-06-30
    const auto all = scoreMetricAttainment(oneKpi(k), {});
    CHECK(*all[0].expectedValue == exactly(10.0));
    CHECK(*all[0].expectedProgressPct == exactly(100.0));
    CHECK(all[0].status == AttainmentStatus::AtRisk);  // 90 / 100 = 0.90: 0.75 <= 0.90 < 0.95
}

TEST_CASE("attainment: no checkpoint and no date", "[assessment][attainment]") {
    SECTION("no milestone and no target date") {
        const auto all = scoreMetricAttainment(oneKpi(plainKpi(0, 10, 5)), {});
        CHECK(*all[0].progress.value == exactly(50.0));
        CHECK(all[0].status == AttainmentStatus::NotJudged);
        CHECK(all[0].progress.reasonCode == code::kAttainmentNoCheckpoint);
    }
    SECTION("no assessment date and an undated current value") {
        auto c = oneKpi(plainKpi(0, 10, 5), {due(day(2026, 6, 30), 5)});
        c.assessmentDate.reset();
        const auto all = scoreMetricAttainment(c, {});
        CHECK(*all[0].progress.value == exactly(50.0));
        CHECK(all[0].status == AttainmentStatus::NotJudged);
        CHECK(all[0].progress.reasonCode == code::kAttainmentNoDate);
    }
}

TEST_CASE("attainment: a target on the worse side of the baseline is a finding",
          "[assessment][attainment]") {
    auto k = plainKpi(50, 40, 45);  // higher is better, but the target is lower
    k.targetDate = day(2026, 12, 31);
    const auto all = scoreMetricAttainment(oneKpi(k), {});
    CHECK(all[0].targetAgainstDirection);
    CHECK(*all[0].progress.value ==
          exactly(50.0));  // (45 - 50) / (40 - 50) x 100: moving towards the target
    const auto findings = attainmentFindings(all);
    REQUIRE(findings.size() >= 1);
    CHECK(findings[0].id == "target_against_direction:k");
    CHECK(findings[0].severity == exactly(0.5));
}
