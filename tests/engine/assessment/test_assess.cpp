// The entry point: profile identity, empty cycles, reason codes, and the text for the CLI.
#include "engine/assessment/assessment_result.h"
#include "engine/assessment/format_text.h"
#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

#include <set>

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

TEST_CASE("assess: the result names the profile it was computed with", "[assessment]") {
    Assessment doc;
    doc.profile.name = "Strict";
    doc.profile.setValue("attainment.on_track_ratio", 1.0);
    doc.cycles.push_back(attainmentCycle());
    const auto r = assess(doc, doc.cycles[0]);
    CHECK(r.profileName == "Strict");
    CHECK(r.profileHash == doc.profile.hash());
    CHECK(r.cycleId == "c-2026");
    CHECK(r.assessmentDate == day(2026, 6, 30));
    // on track now needs 100% of plan: o-growth (120%) still is, k-hold (hold met) too
    CHECK(attainmentOf(r, "o-growth").status == AttainmentStatus::OnTrack);
}

TEST_CASE("assess: an empty cycle scores without dividing by zero", "[assessment]") {
    Cycle empty;
    empty.id = "c-empty";
    const auto r = assess(empty, MethodologyProfile{});
    CHECK(r.attainment.empty());
    CHECK(r.segments.empty());
    CHECK(r.coverage.empty());
    CHECK(r.capabilities.gaps.empty());
    CHECK_FALSE(r.alignment.objectiveCoverage.known());
    CHECK_FALSE(r.pain.topAddressed.known());
    CHECK_FALSE(r.relationship.nps.known());
    CHECK(*r.completeness.overall.value == exactly(0.0));
    CHECK(r.findings.size() == 10);  // one step_incomplete per step
    CHECK(r.recommendations.size() == 10);
    CHECK(r.recommendations[0].findingId == "step_incomplete:c-empty:1");  // all 60: step order
    CHECK(r.recommendations[0].impactScore == exactly(60.0));              // 100 x 0.6 x 1
    CHECK(r.recommendations[0].action ==
          "Complete step 1 (Business strategy) in the next working session, starting with: no "
          "business model (how the firm makes money)");
}

TEST_CASE("assess: every score has a known snake_case reason code and a reason",
          "[assessment][property]") {
    Cycle empty;
    empty.id = "c-empty";
    for (const Cycle& cycle : {richCycle(), empty, attainmentCycle(), relationshipCycle()}) {
        const auto r = assess(cycle, MethodologyProfile{});
        for (const Score* s : allScores(r)) {
            INFO("reason " << s->reason);
            CHECK(isKnownReasonCode(s->reasonCode));
            CHECK_FALSE(s->reason.empty());
            CHECK(s->step >= 0);
            CHECK(s->step <= 10);
            for (const auto& input : s->inputs) CHECK_FALSE(input.ref.empty());
        }
    }
}

TEST_CASE("reason codes: unique, snake_case, each with a meaning", "[assessment]") {
    std::set<std::string_view> seen;
    for (const auto& rc : reasonCodes()) {
        CHECK(seen.insert(rc.code).second);
        CHECK_FALSE(rc.meaning.empty());
        for (char ch : rc.code) CHECK(((ch >= 'a' && ch <= 'z') || ch == '_'));
    }
}

TEST_CASE("format text: every section with reasons and the profile", "[assessment][text]") {
    const auto r = assess(richCycle(), MethodologyProfile{});
    const std::string text = formatAssessmentText(r);
    CHECK(text.rfind("Assessment of cycle 2026 as of 2026-06-30\n", 0) == 0);
    CHECK(text.find("Methodology profile: Workbench default (hash " + r.profileHash + ")") !=
          std::string::npos);
    for (const char* section :
         {"== Completeness ==", "== Metric attainment (steps 6 and 8) ==",
          "== Segment priority (step 6) ==", "== Objective coverage (step 6) ==",
          "== Capabilities and maturity (step 10) ==", "== Alignment (steps 8 and 9) ==",
          "== Pain priority (step 3) ==", "== Importance-performance (step 5) ==",
          "== Relationship state (step 4) ==", "== Recommendations (12 of "})
        CHECK(text.find(section) != std::string::npos);
    CHECK(text.find("  KPI Repeat purchase rate: 35% - off track\n") != std::string::npos);
    CHECK(text.find("[attainment_off_track]") != std::string::npos);
    CHECK(text.find("  NPS: 30\n") != std::string::npos);
}

TEST_CASE("format score value", "[assessment][text]") {
    Score s;
    CHECK(formatScoreValue(s) == "n/a");
    s.value = 12.345;
    s.unit = "%";
    CHECK(formatScoreValue(s) == "12.35%");
    s.unit = "0-100";
    s.value = 73.6111;
    CHECK(formatScoreValue(s) == "73.61/100");
    s.unit = "points";
    s.value = -2;
    CHECK(formatScoreValue(s) == "-2 pts");
    CHECK(formatNumber(-0.001) == "0");
    CHECK(formatNumber(40) == "40");
}
