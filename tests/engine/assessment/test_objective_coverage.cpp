// Objective coverage: 3 kinds x 4 checks (set, measurable, dated, has a milestone) per segment.
#include "engine/assessment/objective_coverage.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("objective coverage: the worked example", "[assessment][coverage]") {
    const auto all = scoreObjectiveCoverage(coverageCycle());
    REQUIRE(all.size() == 1);
    const auto& s = all[0];
    const auto& acquisition = s.kinds[0];
    const auto& development = s.kinds[1];
    const auto& retention = s.kinds[2];
    CHECK(acquisition.passed() == 4);  // set, 50 schools, 2026-12-31, milestone m-acq-q2
    CHECK(development.passed() == 1);  // set; no unit or measure, no date, no milestone
    CHECK(development.present);
    CHECK_FALSE(development.measurable);
    CHECK(retention.passed() == 0);
    CHECK(*s.score.value == exactly(100.0 * 5.0 / 12.0));  // (4 + 1 + 0) / 12 = 41.67%
    CHECK(s.score.reasonCode == code::kCoveragePartial);
    CHECK(s.score.reason ==
          "'Schools' passes 5 of 12 objective checks (41.67%): development lacks a target with a "
          "unit or measure, "
          "a target date, a milestone; retention missing");

    const auto findings = coverageFindings(all);
    REQUIRE(findings.size() == 2);
    const auto& missing = findingOf(findings, "objective_missing:s-cov");
    CHECK(missing.severity == exactly(1.0 / 3.0));  // 1 of 3 kinds missing
    CHECK(missing.message == "Segment 'Schools' has no retention objective");
    CHECK(missing.detail == "retention");
    const auto& incomplete = findingOf(findings, "objective_incomplete:o-dev");
    CHECK(incomplete.severity == exactly(0.75));  // 3 of 4 checks fail
    CHECK(incomplete.itemKind == "segment_objective");
    CHECK(incomplete.detail == "development");
}

TEST_CASE("objective coverage: the best objective of a kind counts", "[assessment][coverage]") {
    Cycle c = coverageCycle();
    auto better = c.segmentObjectives[1];  // a second development objective, measurable and dated
    better.id = "o-dev-2";
    better.measure = "orders per school";
    better.targetDate = day(2026, 12, 31);
    c.segmentObjectives.push_back(better);
    const auto all = scoreObjectiveCoverage(c);
    CHECK(all[0].kinds[1].objectiveId == "o-dev-2");
    CHECK(all[0].kinds[1].objectiveCount == 2);
    CHECK(all[0].kinds[1].passed() == 3);                       // no milestone yet
    CHECK(*all[0].score.value == exactly(100.0 * 7.0 / 12.0));  // (4 + 3 + 0) / 12
}

TEST_CASE("objective coverage: edge cases", "[assessment][coverage]") {
    SECTION("no segments") { CHECK(scoreObjectiveCoverage(Cycle{}).empty()); }
    SECTION("a segment without objectives") {
        Cycle c;
        Segment s;
        s.id = "s";
        s.name = "Retail";
        c.segments.push_back(s);
        const auto all = scoreObjectiveCoverage(c);
        CHECK(*all[0].score.value == exactly(0.0));
        CHECK(all[0].score.reasonCode == code::kCoverageNone);
        const auto findings = coverageFindings(all);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].message ==
              "Segment 'Retail' has no acquisition, development or retention objective");
        CHECK(findings[0].detail == "acquisition, development and retention");
        CHECK(findings[0].severity == exactly(1.0));  // 3 of 3 kinds missing
    }
}
