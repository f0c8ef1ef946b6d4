#include "engine/assessment/completeness.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/assessment/completeness_checks.h"
#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view stepTitle(int step) {
    static constexpr std::string_view titles[] = {
        "Business strategy",  "Current metrics",           "Customer pain",
        "Relationship state", "What matters to customers", "Segments & objectives",
        "Segment treatment",  "Monitoring metrics",        "Alignment",
        "Capabilities"};
    return step >= 1 && step <= 10 ? titles[step - 1] : std::string_view{};
}

namespace detail {

std::string quoted(const std::string& name, const EntityId& id) {
    return fmt::format("'{}'", name.empty() ? id : name);
}

namespace {

void checkStrategy(const Cycle& cycle, StepChecks& c) {
    const auto& s = cycle.statement;
    c.require(!s.businessModel.empty(), "no business model (how the firm makes money)");
    c.require(!s.customerDefinition.empty(), "no agreed definition of who the customer is");
    c.require(!s.valueProposition.empty(), "no value proposition");
    c.require(!cycle.priorities.empty(), "no strategic priority");
    c.require(!cycle.objectives.empty(), "no corporate objective");
    for (const auto& o : cycle.objectives)
        c.requireFields(
            o.id, "corporate objective " + quoted(o.name, o.id),
            {{o.targetValue.has_value(), "a target value"}, {o.horizon.has_value(), "a horizon"}});
}

void checkMetrics(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.metrics.empty(), "no metric used today");
    for (auto department : {Department::Sales, Department::Service, Department::Marketing}) {
        const bool any =
            std::any_of(cycle.metrics.begin(), cycle.metrics.end(),
                        [&](const CurrentMetric& m) { return m.department == department; });
        c.require(any, fmt::format("no metric for {}", choiceLabel(department)));
    }
    for (const auto& m : cycle.metrics)
        c.requireFields(m.id, "metric " + quoted(m.name, m.id),
                        {{m.baseline.has_value(), "a baseline"},
                         {m.baselineDate.has_value(), "a baseline date"},
                         {!m.owner.empty(), "an owner"}});
}

void checkPain(const Cycle& cycle, StepChecks& c) {
    auto heard = [&](auto predicate) {
        return std::any_of(cycle.inputSources.begin(), cycle.inputSources.end(), predicate);
    };
    c.require(heard([](const InputSource& s) { return s.voice != Voice::Frontline; }),
              "no input from customers or partners (external voice)");
    c.require(heard([](const InputSource& s) { return s.voice == Voice::Frontline; }),
              "no input from frontline staff (internal voice)");
    for (const auto& s : cycle.inputSources)
        c.requireFields(
            s.id, "input source " + quoted(s.description, s.id),
            {{s.heldOn.has_value(), "a date"}, {s.sampleSize.has_value(), "a sample size"}});
    c.require(!cycle.painPoints.empty(), "no pain point");
    for (const auto& p : cycle.painPoints)
        c.requireFields(p.id, "pain point " + quoted(p.description, p.id),
                        {{p.severity.has_value(), "a severity"},
                         {p.frequency.has_value(), "a frequency"},
                         {p.reach.has_value(), "a reach"}});
}

void checkRelationship(const Cycle& cycle, StepChecks& c) {
    const auto& r = cycle.relationship;
    c.require(r.promoters && r.passives && r.detractors,
              "no promoter, passive and detractor counts for NPS");
    c.require(r.csatSatisfied && r.csatResponses,
              "no satisfied and total response counts for CSAT");
    c.require(r.oneTimeSharePct && r.repeatSharePct && r.advancedSharePct,
              "no shares of one-time, repeat and advanced customers");
    c.require(r.customerFocusRating.has_value(), "no rating of the organisation's customer focus");
    c.require(r.selfRatedExperience && r.customerRatedExperience,
              "no self-rated and customer-rated experience (perception gap)");
}

void checkAttributes(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.attributes.empty(), "no attribute that customers value");
    for (const auto& a : cycle.attributes)
        c.requireFields(a.id, "attribute " + quoted(a.attribute, a.id),
                        {{a.importance.has_value(), "an importance rating"},
                         {a.performance.has_value(), "a performance rating"}});
}

}  // namespace
}  // namespace detail

namespace {

void scoreStep(const Cycle& cycle, StepCompleteness& s) {
    const auto passed =
        std::count_if(s.checks.begin(), s.checks.end(), [](const auto& c) { return c.passed; });
    const auto total = s.checks.size();
    for (const auto& c : s.checks)
        if (!c.passed) s.missing.push_back(fmt::format("Step {}: {}", s.step, c.missing));
    s.score.unit = "%";
    s.score.step = s.step;
    s.score.itemId = cycle.id;
    s.score.inputs.push_back({"checks passed", double(passed), cycle.id});
    s.score.inputs.push_back({"checks", double(total), cycle.id});
    s.score.value = total == 0 ? 100.0 : 100.0 * double(passed) / double(total);
    s.score.reasonCode = std::size_t(passed) == total ? code::kStepComplete : code::kStepIncomplete;
    std::string tail;
    auto failed =
        std::find_if(s.checks.begin(), s.checks.end(), [](const auto& c) { return !c.passed; });
    if (failed != s.checks.end()) tail = fmt::format("; first missing: {}", failed->missing);
    if (s.missing.size() > 1) tail += fmt::format(" and {} more", s.missing.size() - 1);
    s.score.reason = fmt::format("Step {} ({}): {} of {} checks pass ({}){}", s.step, s.title,
                                 passed, total, formatPercent(*s.score.value), tail);
}

}  // namespace

CompletenessResult scoreCompleteness(const Cycle& cycle,
                                     const std::vector<SegmentCoverage>& coverage) {
    using namespace detail;
    CompletenessResult r;
    for (int step = 1; step <= 10; ++step) {
        StepCompleteness s;
        s.step = step;
        s.title = std::string(stepTitle(step));
        StepChecks c(cycle, s.checks);
        switch (step) {
            case 1:
                checkStrategy(cycle, c);
                break;
            case 2:
                checkMetrics(cycle, c);
                break;
            case 3:
                checkPain(cycle, c);
                break;
            case 4:
                checkRelationship(cycle, c);
                break;
            case 5:
                checkAttributes(cycle, c);
                break;
            case 6:
                checkSegmentsAndObjectives(cycle, coverage, c);
                break;
            case 7:
                checkTreatments(cycle, c);
                break;
            case 8:
                checkKpis(cycle, c);
                break;
            case 9:
                checkAlignment(cycle, c);
                break;
            case 10:
                checkCapabilities(cycle, c);
                break;
        }
        scoreStep(cycle, s);
        r.missing.insert(r.missing.end(), s.missing.begin(), s.missing.end());
        r.steps.push_back(std::move(s));
    }
    double sum = 0;
    int complete = 0;
    for (const auto& s : r.steps) {
        sum += *s.score.value;
        if (s.score.reasonCode == code::kStepComplete) ++complete;
        r.overall.inputs.push_back({fmt::format("step {} (%)", s.step), s.score.value, cycle.id});
    }
    r.overall.unit = "%";
    r.overall.itemId = cycle.id;
    r.overall.value = sum / double(r.steps.size());
    r.overall.reasonCode = complete == 10 ? code::kAssessmentComplete : code::kAssessmentIncomplete;
    r.overall.reason =
        fmt::format("Mean of the ten steps: {}; {} of 10 steps complete, {} things missing",
                    formatPercent(*r.overall.value), complete, r.missing.size());
    return r;
}

std::vector<Finding> completenessFindings(const CompletenessResult& completeness,
                                          const Cycle& cycle) {
    std::vector<Finding> out;
    for (const auto& s : completeness.steps) {
        std::vector<std::string> open;
        for (const auto& c : s.checks)
            if (!c.passed && c.reportedBy.empty()) open.push_back(c.missing);
        if (open.empty()) continue;
        const std::size_t shown = std::min<std::size_t>(open.size(), 3);
        std::string list =
            fmt::format("{}", fmt::join(open.begin(), open.begin() + long(shown), "; "));
        if (open.size() > shown) list += fmt::format("; and {} more", open.size() - shown);
        auto f = makeFinding(code::kStepIncomplete, FindingCategory::Completeness, s.step, cycle.id,
                             "cycle", std::string(s.title), std::to_string(s.step),
                             fmt::format("Step {} ({}) is {} complete; missing: {}", s.step,
                                         s.title, formatPercent(*s.score.value), list),
                             double(open.size()) / double(s.checks.size()));
        f.detail = open.front();
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace crm::assessment
