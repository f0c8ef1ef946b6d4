// Completeness: per-step checks, the missing list in words, overall = mean of the ten steps.
#include "engine/assessment/completeness.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {
CompletenessResult completenessOf(const Cycle& c) {
    return scoreCompleteness(c, scoreObjectiveCoverage(c));
}
}  // namespace

TEST_CASE("completeness: an empty cycle", "[assessment][completeness]") {
    Cycle c;
    c.id = "c";
    const auto r = completenessOf(c);
    REQUIRE(r.steps.size() == 10);
    for (const auto& s : r.steps) {
        CHECK(*s.score.value == exactly(0.0));
        CHECK(s.score.reasonCode == code::kStepIncomplete);
    }
    // checks per step: 5 + 4 + 3 + 5 + 1 + 1 + 1 + 1 + 1 + 5 = 27, all failing
    CHECK(r.missing.size() == 27);
    CHECK(*r.overall.value == exactly(0.0));
    CHECK(r.overall.reasonCode == code::kAssessmentIncomplete);
    CHECK(r.missing.front() == "Step 1: no business model (how the firm makes money)");
    CHECK(r.steps[2].missing ==
          std::vector<std::string>{"Step 3: no input from customers or partners (external voice)",
                                   "Step 3: no input from frontline staff (internal voice)",
                                   "Step 3: no pain point"});
    // Ten findings, one per step, each with severity 1 (every check fails, none reported
    // elsewhere).
    const auto findings = completenessFindings(r, c);
    REQUIRE(findings.size() == 10);
    CHECK(findings[5].id == "step_incomplete:c:6");
    CHECK(findings[5].severity == exactly(1.0));
}

TEST_CASE("completeness: the worked example", "[assessment][completeness]") {
    Cycle c;
    c.id = "c";
    c.statement.businessModel = "Subscriptions for school supplies";
    c.statement.customerDefinition = "The school's purchasing office";
    StrategicPriority priority;
    priority.id = "pr1";
    priority.text = "Grow in schools";
    c.priorities.push_back(priority);
    CorporateObjective objective;
    objective.id = "o1";
    objective.name = "Grow revenue";
    objective.targetValue = 8;  // no horizon
    c.objectives.push_back(objective);
    Segment schools;
    schools.id = "s1";
    schools.name = "Schools";
    schools.customers = 200;
    schools.revenue = Money::fromUnits(500000);
    schools.marginPct = 30;
    schools.growthPct = 10;
    schools.strategicFit = 5;
    c.segments.push_back(schools);

    const auto r = completenessOf(c);
    // Step 1: business model yes, customer yes, value proposition no, priority yes, objective yes,
    // objective 'Grow revenue' complete no -> 4 of 6
    CHECK(*r.steps[0].score.value == exactly(100.0 * 4.0 / 6.0));
    CHECK(r.steps[0].missing ==
          std::vector<std::string>{"Step 1: no value proposition",
                                   "Step 1: corporate objective 'Grow revenue' lacks a horizon"});
    // Step 6: a segment yes, Schools has its data yes, acquisition/development/retention no -> 2 of
    // 5
    CHECK(*r.steps[5].score.value == exactly(40.0));
    CHECK(r.steps[5].missing.back() == "Step 6: segment 'Schools' has no retention objective");
    // Step 7: Schools has no treatment -> 0 of 1. Steps 2-5 and 8-10: 0.
    CHECK(*r.steps[6].score.value == exactly(0.0));
    // Overall: (66.67 + 40) / 10 = 10.67
    CHECK(*r.overall.value == exactly((100.0 * 4.0 / 6.0 + 40.0) / 10.0));

    // Step 6's failures are all reported by objective_missing findings, so no step_incomplete for
    // step 6.
    const auto findings = completenessFindings(r, c);
    CHECK_FALSE(hasFinding(findings, "step_incomplete:c:6"));
    const auto& step1 = findingOf(findings, "step_incomplete:c:1");
    CHECK(step1.severity == exactly(2.0 / 6.0));  // 2 open checks of 6
    CHECK(step1.detail ==
          "no value proposition");  // the first open check, for the suggested action
    CHECK(step1.message ==
          "Step 1 (Business strategy) is 66.67% complete; missing: no value proposition; corporate "
          "objective "
          "'Grow revenue' lacks a horizon");
}

TEST_CASE("completeness: step titles", "[assessment][completeness]") {
    CHECK(stepTitle(1) == "Business strategy");
    CHECK(stepTitle(10) == "Capabilities");
    CHECK(stepTitle(11).empty());
}
