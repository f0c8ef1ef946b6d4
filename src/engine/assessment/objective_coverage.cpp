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

// "a", "a or b", "a, b or c"
std::string joinWords(const std::vector<std::string>& words, std::string_view conjunction) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += i + 1 == words.size() ? fmt::format(" {} ", conjunction) : std::string(", ");
        out += words[i];
    }
    return out;
}

std::string describeKind(const ObjectiveKindCheck& k) {
    if (!k.present) return fmt::format("{} missing", choiceKey(k.kind));
    auto parts = missingParts(k);
    return fmt::format("{} lacks {}", choiceKey(k.kind), fmt::join(parts, ", "));
}

void scoreOne(SegmentCoverage& s) {
    int passed = 0, total = 0;
    std::vector<std::string> problems;
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
    if (none)
        s.score.reason = fmt::format(
            "'{}' has no acquisition, development or retention objective (0 of {} checks)", s.name,
            total);
    else
        s.score.reason = fmt::format("'{}' passes {} of {} objective checks ({}){}{}", s.name,
                                     passed, total, formatPercent(*s.score.value),
                                     problems.empty() ? "" : ": ", fmt::join(problems, "; "));
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
        std::vector<std::string> missing;
        for (const auto& k : s.kinds)
            if (!k.present) missing.emplace_back(choiceKey(k.kind));
        if (!missing.empty()) {
            auto f = makeFinding(
                code::kObjectiveMissing, FindingCategory::Coverage, 6, s.segmentId, "segment",
                s.name, {},
                fmt::format("Segment '{}' has no {} objective", s.name, joinWords(missing, "or")),
                double(missing.size()) / 3.0);
            f.detail = joinWords(missing, "and");
            out.push_back(std::move(f));
        }
        for (const auto& k : s.kinds) {
            if (!k.present || k.passed() == 4) continue;
            auto f = makeFinding(
                code::kObjectiveIncomplete, FindingCategory::Coverage, 6, k.objectiveId,
                "segment_objective", k.objectiveName, {},
                fmt::format("The {} objective '{}' of segment '{}' lacks {} ({} of 4 checks pass)",
                            choiceKey(k.kind), k.objectiveName, s.name,
                            fmt::join(missingParts(k), ", "), k.passed()),
                (4.0 - k.passed()) / 4.0);
            f.detail = std::string(choiceKey(k.kind));
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace crm::assessment
