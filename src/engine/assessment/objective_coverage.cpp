#include "engine/assessment/objective_coverage.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::vector<std::string> missingParts(const ObjectiveKindCheck& check) {
    std::vector<std::string> parts;
    if (!check.present) return parts;
    if (!check.measurable) parts.emplace_back("a target with a unit or measure");
    if (!check.dated) parts.emplace_back("a target date");
    if (!check.hasMilestone) parts.emplace_back("a milestone");
    return parts;
}

text::Phrase kindTerm(ObjectiveKind kind) {
    switch (kind) {
        case ObjectiveKind::Acquisition:
            return text::term("acquisition");
        case ObjectiveKind::Development:
            return text::term("development");
        case ObjectiveKind::Retention:
            return text::term("retention");
    }
    return text::term("acquisition");
}

std::vector<text::Phrase> missingPartPhrases(const ObjectiveKindCheck& check) {
    std::vector<text::Phrase> parts;
    if (!check.present) return parts;
    if (!check.measurable) parts.push_back(text::term("a target with a unit or measure"));
    if (!check.dated) parts.push_back(text::term("a target date"));
    if (!check.hasMilestone) parts.push_back(text::term("a milestone"));
    return parts;
}

namespace {

ObjectiveKindCheck checkObjective(const Cycle& cycle, const SegmentObjective& o) {
    ObjectiveKindCheck c;
    c.kind = o.kind;
    c.objectiveId = o.id;
    c.objectiveName = nameOrId(o.description, o.id);
    c.present = true;
    c.measurable = o.target.has_value() && (!o.unit.empty() || !o.measure.empty());
    c.dated = o.targetDate.has_value();
    c.hasMilestone = std::any_of(cycle.milestones.begin(), cycle.milestones.end(),
                                 [&](const Milestone& m) { return m.ownerId == o.id; });
    return c;
}

text::Phrase describeKind(const ObjectiveKindCheck& k) {
    if (!k.present) return text::phrase("{0} missing", kindTerm(k.kind));
    return text::phrase("{0} lacks {1}", kindTerm(k.kind),
                        text::list(missingPartPhrases(k), text::PhraseArg::Joiner::Comma));
}

void scoreOne(SegmentCoverage& s) {
    int passed = 0, total = 0;
    std::vector<text::Phrase> problems;
    for (const auto& k : s.kinds) {
        passed += k.passed();
        total += 4;
        s.score.inputs.push_back({fmt::format("{} checks passed (of 4)", choiceKey(k.kind)),
                                  double(k.passed()),
                                  k.objectiveId.empty() ? s.segmentId : k.objectiveId});
        if (k.passed() < 4) problems.push_back(describeKind(k));
    }
    s.score.value = 100.0 * passed / total;
    const bool none =
        std::none_of(s.kinds.begin(), s.kinds.end(), [](const auto& k) { return k.present; });
    s.score.reasonCode = none               ? code::kCoverageNone
                         : problems.empty() ? code::kCoverageComplete
                                            : code::kCoveragePartial;
    const auto name = text::userText(s.name);
    if (none)
        setReason(s.score, text::phrase("'{0}' has no acquisition, development or retention "
                                        "objective (0 of {1} checks)",
                                        name, text::count(total)));
    else if (problems.empty())
        setReason(s.score, text::phrase("'{0}' passes {1} of {2} objective checks ({3})", name,
                                        text::count(passed), text::count(total),
                                        text::percent(*s.score.value)));
    else
        setReason(s.score, text::phrase("'{0}' passes {1} of {2} objective checks ({3}): {4}", name,
                                        text::count(passed), text::count(total),
                                        text::percent(*s.score.value),
                                        text::list(problems, text::PhraseArg::Joiner::Semicolon)));
}

}  // namespace

std::vector<SegmentCoverage> scoreObjectiveCoverage(const Cycle& cycle) {
    std::vector<SegmentCoverage> out;
    for (const auto& seg : cycle.segments) {
        SegmentCoverage s;
        s.segmentId = seg.id;
        s.name = nameOrId(seg.name, seg.id);
        s.score.unit = "%";
        s.score.step = 6;
        s.score.itemId = seg.id;
        for (int i = 0; i < 3; ++i) s.kinds[std::size_t(i)].kind = static_cast<ObjectiveKind>(i);
        for (const auto& o : cycle.segmentObjectives) {
            if (o.segmentId != seg.id) continue;
            auto& best = s.kinds[static_cast<std::size_t>(o.kind)];
            const int count = best.objectiveCount + 1;
            auto candidate = checkObjective(cycle, o);
            if (candidate.passed() > best.passed()) best = candidate;
            best.objectiveCount = count;
        }
        scoreOne(s);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Finding> coverageFindings(const std::vector<SegmentCoverage>& coverage) {
    std::vector<Finding> out;
    for (const auto& s : coverage) {
        std::vector<text::Phrase> missing;
        for (const auto& k : s.kinds)
            if (!k.present) missing.push_back(kindTerm(k.kind));
        if (!missing.empty()) {
            auto f = makeFinding(
                code::kObjectiveMissing, FindingCategory::Coverage, 6, s.segmentId, "segment",
                s.name, {},
                text::phrase("Segment '{0}' has no {1} objective", text::userText(s.name),
                             text::list(missing, text::PhraseArg::Joiner::Or)),
                double(missing.size()) / 3.0);
            setDetail(f, text::phrase("{0}", text::list(missing, text::PhraseArg::Joiner::And)));
            out.push_back(std::move(f));
        }
        for (const auto& k : s.kinds) {
            if (!k.present || k.passed() == 4) continue;
            auto f = makeFinding(
                code::kObjectiveIncomplete, FindingCategory::Coverage, 6, k.objectiveId,
                "segment_objective", k.objectiveName, {},
                text::phrase("The {0} objective '{1}' of segment '{2}' lacks {3} ({4} of 4 checks "
                             "pass)",
                             kindTerm(k.kind), text::userText(k.objectiveName),
                             text::userText(s.name),
                             text::list(missingPartPhrases(k), text::PhraseArg::Joiner::Comma),
                             text::count(k.passed())),
                (4.0 - k.passed()) / 4.0);
            setDetail(f, kindTerm(k.kind));
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace crm::assessment
