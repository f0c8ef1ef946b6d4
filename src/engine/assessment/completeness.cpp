#include "engine/assessment/completeness.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/assessment/completeness_checks.h"
#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view stepTitle(int step) {
    static constexpr std::string_view titles[] = {text::englishTerm("Business strategy"),
                                                  text::englishTerm("Current metrics"),
                                                  text::englishTerm("Customer pain"),
                                                  text::englishTerm("Relationship state"),
                                                  text::englishTerm("What matters to customers"),
                                                  text::englishTerm("Segments & objectives"),
                                                  text::englishTerm("Segment treatment"),
                                                  text::englishTerm("Monitoring metrics"),
                                                  text::englishTerm("Alignment"),
                                                  text::englishTerm("Capabilities")};
    return step >= 1 && step <= 10 ? titles[step - 1] : std::string_view{};
}

namespace detail {

text::PhraseArg quoted(const std::string& name, const EntityId& id) {
    return text::userText(name.empty() ? id : name);
}

namespace {

void checkStrategy(const Cycle& cycle, StepChecks& c) {
    const auto& s = cycle.statement;
    c.require(!s.businessModel.empty(),
              text::phrase("no business model (how the firm makes money)"));
    c.require(!s.customerDefinition.empty(),
              text::phrase("no agreed definition of who the customer is"));
    c.require(!s.valueProposition.empty(), text::phrase("no value proposition"));
    c.require(!cycle.priorities.empty(), text::phrase("no strategic priority"));
    c.require(!cycle.objectives.empty(), text::phrase("no corporate objective"));
    for (const auto& o : cycle.objectives)
        c.requireFields(o.id, text::phrase("corporate objective '{0}'", quoted(o.name, o.id)),
                        {{o.targetValue.has_value(), text::term("a target value")},
                         {o.horizon.has_value(), text::term("a horizon")}});
}

void checkMetrics(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.metrics.empty(), text::phrase("no metric used today"));
    for (auto department : {Department::Sales, Department::Service, Department::Marketing}) {
        const bool any =
            std::any_of(cycle.metrics.begin(), cycle.metrics.end(),
                        [&](const CurrentMetric& m) { return m.department == department; });
        c.require(any, department == Department::Sales ? text::phrase("no metric for Sales")
                       : department == Department::Service
                           ? text::phrase("no metric for Service & support")
                           : text::phrase("no metric for Marketing"));
    }
    for (const auto& m : cycle.metrics)
        c.requireFields(m.id, text::phrase("metric '{0}'", quoted(m.name, m.id)),
                        {{m.baseline.has_value(), text::term("a baseline")},
                         {m.baselineDate.has_value(), text::term("a baseline date")},
                         {!m.owner.empty(), text::term("an owner")}});
}

void checkPain(const Cycle& cycle, StepChecks& c) {
    auto heard = [&](auto predicate) {
        return std::any_of(cycle.inputSources.begin(), cycle.inputSources.end(), predicate);
    };
    c.require(heard([](const InputSource& s) { return s.voice != Voice::Frontline; }),
              text::phrase("no input from customers or partners (external voice)"));
    c.require(heard([](const InputSource& s) { return s.voice == Voice::Frontline; }),
              text::phrase("no input from frontline staff (internal voice)"));
    for (const auto& s : cycle.inputSources)
        c.requireFields(s.id, text::phrase("input source '{0}'", quoted(s.description, s.id)),
                        {{s.heldOn.has_value(), text::term("a date")},
                         {s.sampleSize.has_value(), text::term("a sample size")}});
    c.require(!cycle.painPoints.empty(), text::phrase("no pain point"));
    for (const auto& p : cycle.painPoints)
        c.requireFields(p.id, text::phrase("pain point '{0}'", quoted(p.description, p.id)),
                        {{p.severity.has_value(), text::term("a severity")},
                         {p.frequency.has_value(), text::term("a frequency")},
                         {p.reach.has_value(), text::term("a reach")}});
}

void checkRelationship(const Cycle& cycle, StepChecks& c) {
    const auto& r = cycle.relationship;
    c.require(r.promoters && r.passives && r.detractors,
              text::phrase("no promoter, passive and detractor counts for NPS"));
    c.require(r.csatSatisfied && r.csatResponses,
              text::phrase("no satisfied and total response counts for CSAT"));
    c.require(r.oneTimeSharePct && r.repeatSharePct && r.advancedSharePct,
              text::phrase("no shares of one-time, repeat and advanced customers"));
    c.require(r.customerFocusRating.has_value(),
              text::phrase("no rating of the organisation's customer focus"));
    c.require(r.selfRatedExperience && r.customerRatedExperience,
              text::phrase("no self-rated and customer-rated experience (perception gap)"));
}

void checkAttributes(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.attributes.empty(), text::phrase("no attribute that customers value"));
    for (const auto& a : cycle.attributes)
        c.requireFields(a.id, text::phrase("attribute '{0}'", quoted(a.attribute, a.id)),
                        {{a.importance.has_value(), text::term("an importance rating")},
                         {a.performance.has_value(), text::term("a performance rating")}});
}

}  // namespace
}  // namespace detail

namespace {

void scoreStep(const Cycle& cycle, StepCompleteness& s) {
    const auto passed =
        std::count_if(s.checks.begin(), s.checks.end(), [](const auto& c) { return c.passed; });
    const auto total = s.checks.size();
    for (const auto& c : s.checks)
        if (!c.passed) {
            s.missingPhrases.push_back(
                text::phrase("Step {0}: {1}", text::count(s.step), c.missingPhrase));
            s.missing.push_back(text::english(s.missingPhrases.back()));
        }
    s.score.unit = "%";
    s.score.step = s.step;
    s.score.itemId = cycle.id;
    s.score.inputs.push_back({"checks passed", double(passed), cycle.id});
    s.score.inputs.push_back({"checks", double(total), cycle.id});
    s.score.value = total == 0 ? 100.0 : 100.0 * double(passed) / double(total);
    s.score.reasonCode = std::size_t(passed) == total ? code::kStepComplete : code::kStepIncomplete;
    auto failed =
        std::find_if(s.checks.begin(), s.checks.end(), [](const auto& c) { return !c.passed; });
    const auto step = text::count(s.step);
    const auto title = text::term(stepTitle(s.step));
    const auto pass = text::count(passed), all = text::count(static_cast<long long>(total));
    const auto share = text::percent(*s.score.value);
    const auto more = static_cast<long long>(s.missing.size()) - 1;
    if (failed == s.checks.end())
        setReason(s.score,
                  text::phrasePlural("Step {0} ({1}): {2} of {3} check passes ({4})",
                                     "Step {0} ({1}): {2} of {3} checks pass ({4})",
                                     static_cast<long long>(total), step, title, pass, all, share));
    else if (more == 0)
        setReason(s.score,
                  text::phrasePlural("Step {0} ({1}): {2} of {3} check passes ({4}); first "
                                     "missing: {5}",
                                     "Step {0} ({1}): {2} of {3} checks pass ({4}); first "
                                     "missing: {5}",
                                     static_cast<long long>(total), step, title, pass, all, share,
                                     failed->missingPhrase));
    else
        setReason(s.score,
                  text::phrasePlural("Step {0} ({1}): {2} of {3} checks pass ({4}); first missing: "
                                     "{5} and {6} more",
                                     "Step {0} ({1}): {2} of {3} checks pass ({4}); first missing: "
                                     "{5} and {6} more",
                                     more, step, title, pass, all, share, failed->missingPhrase,
                                     text::count(more)));
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
        r.missingPhrases.insert(r.missingPhrases.end(), s.missingPhrases.begin(),
                                s.missingPhrases.end());
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
    setReason(r.overall,
              text::phrasePlural("Mean of the ten steps: {0}; {1} of 10 steps complete, {2} thing "
                                 "missing",
                                 "Mean of the ten steps: {0}; {1} of 10 steps complete, {2} things "
                                 "missing",
                                 static_cast<long long>(r.missing.size()),
                                 text::percent(*r.overall.value), text::count(complete),
                                 text::count(static_cast<long long>(r.missing.size()))));
    return r;
}

std::vector<Finding> completenessFindings(const CompletenessResult& completeness,
                                          const Cycle& cycle) {
    std::vector<Finding> out;
    for (const auto& s : completeness.steps) {
        std::vector<text::Phrase> open;
        for (const auto& c : s.checks)
            if (!c.passed && c.reportedBy.empty()) open.push_back(c.missingPhrase);
        if (open.empty()) continue;
        const std::size_t shown = std::min<std::size_t>(open.size(), 3);
        const auto list =
            text::list(std::vector<text::Phrase>(open.begin(), open.begin() + long(shown)),
                       text::PhraseArg::Joiner::Semicolon);
        const auto step = text::count(s.step);
        const auto title = text::term(stepTitle(s.step));
        const auto share = text::percent(*s.score.value);
        auto f =
            makeFinding(code::kStepIncomplete, FindingCategory::Completeness, s.step, cycle.id,
                        "cycle", std::string(s.title), std::to_string(s.step),
                        open.size() > shown
                            ? text::phrasePlural(
                                  "Step {0} ({1}) is {2} complete; missing: {3}; and {4} more",
                                  "Step {0} ({1}) is {2} complete; missing: {3}; and {4} more",
                                  static_cast<long long>(open.size() - shown), step, title, share,
                                  list, text::count(static_cast<long long>(open.size() - shown)))
                            : text::phrase("Step {0} ({1}) is {2} complete; missing: {3}", step,
                                           title, share, list),
                        double(open.size()) / double(s.checks.size()));
        setDetail(f, open.front());
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace crm::assessment
