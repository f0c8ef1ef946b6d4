#include "engine/assessment/metric_attainment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view statusKey(AttainmentStatus status) {
    switch (status) {
        case AttainmentStatus::OnTrack:
            return "on_track";
        case AttainmentStatus::AtRisk:
            return "at_risk";
        case AttainmentStatus::OffTrack:
            return "off_track";
        case AttainmentStatus::NotJudged:
            return "not_judged";
    }
    return "not_judged";
}

std::string_view statusLabel(AttainmentStatus status) {
    switch (status) {
        case AttainmentStatus::OnTrack:
            return text::englishTerm("on track");
        case AttainmentStatus::AtRisk:
            return text::englishTerm("at risk");
        case AttainmentStatus::OffTrack:
            return text::englishTerm("off track");
        case AttainmentStatus::NotJudged:
            return text::englishTerm("not judged");
    }
    return "not judged";
}

namespace {

constexpr double kTolerance = 1e-9;  // ratios equal to a threshold count as reaching it

// What KPIs and segment objectives have in common for this score.
struct Subject {
    EntityId id;
    std::string kind;
    std::string name;
    int step = 0;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baseline, target, current;
    std::optional<Date> baselineDate, targetDate, currentDate;
};

struct Checkpoint {
    Date day;
    double value = 0;
    EntityId milestoneId;  // empty for the baseline and the final target
    std::string label;
};

std::vector<const Milestone*> milestonesOf(const Cycle& cycle, const EntityId& owner) {
    std::vector<const Milestone*> out;
    for (const auto& m : cycle.milestones)
        if (m.ownerId == owner) out.push_back(&m);
    return out;
}

// The baseline (if dated), every milestone with a due date and a target, and the final target (if
// dated), sorted by day. Points on the same day keep that order, so the later one wins.
std::vector<Checkpoint> checkpointsOf(const Subject& s,
                                      const std::vector<const Milestone*>& milestones) {
    std::vector<Checkpoint> points;
    if (s.baselineDate) points.push_back({*s.baselineDate, *s.baseline, {}, "baseline"});
    for (const auto* m : milestones)
        if (m->due && m->target)
            points.push_back({*m->due, *m->target, m->id, fmt::format("milestone {}", m->id)});
    if (s.targetDate) points.push_back({*s.targetDate, *s.target, {}, "final target"});
    std::stable_sort(points.begin(), points.end(),
                     [](const Checkpoint& a, const Checkpoint& b) { return a.day < b.day; });
    return points;
}

// The value expected on `day`: linear between the checkpoints around it, the last checkpoint after
// the end, and the baseline before the first one (nothing is due yet).
double expectedValueOn(Date day, double baseline, const std::vector<Checkpoint>& points) {
    if (day < points.front().day) return baseline;
    if (day >= points.back().day) return points.back().value;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const auto& a = points[i];
        const auto& b = points[i + 1];
        if (day >= a.day && day < b.day) {
            const double span = static_cast<double>((b.day - a.day).count());
            const double done = static_cast<double>((day - a.day).count());
            return a.value + (b.value - a.value) * done / span;
        }
    }
    return points.back().value;
}

text::Phrase directionWords(Direction direction) {
    return direction == Direction::HigherIsBetter ? text::term("higher is better")
                                                  : text::term("lower is better");
}

bool atLeastAsGood(double value, double reference, Direction direction) {
    return direction == Direction::HigherIsBetter ? value >= reference : value <= reference;
}

void fillCurrent(const Subject& s, const std::vector<const Milestone*>& milestones,
                 const std::optional<Date>& assessmentDate, MetricAttainment& out,
                 std::optional<Date>& valueDate) {
    out.current = s.current;
    valueDate = s.currentDate;
    if (out.current) return;
    const Milestone* latest = nullptr;
    for (const auto* m : milestones) {
        if (!m->actual || !m->due) continue;
        if (assessmentDate && *m->due > *assessmentDate) continue;
        if (!latest || *m->due >= *latest->due) latest = m;
    }
    if (!latest) return;
    out.current = latest->actual;
    out.currentFromMilestoneId = latest->id;
    valueDate = latest->due;
}

text::PhraseArg missingList(const MetricAttainment& a) {
    std::vector<text::Phrase> missing;
    if (!a.baseline) missing.push_back(text::term("baseline"));
    if (!a.target) missing.push_back(text::term("target"));
    if (!a.current) missing.push_back(text::term("current value"));
    return text::list(std::move(missing), text::PhraseArg::Joiner::Comma);
}

void judge(const Subject& s, const std::vector<Checkpoint>& points,
           const MethodologyProfile& profile, MetricAttainment& a) {
    Score& score = a.progress;
    const double baseline = *a.baseline, target = *a.target, current = *a.current;
    const double progress = (current - baseline) / (target - baseline) * 100.0;
    score.value = progress;
    const auto name = text::userText(a.name);
    const auto from = text::number(baseline), to = text::number(target),
               now = text::number(current);
    const auto share = text::percent(progress);
    if (!a.judgedAt) {
        score.reasonCode = code::kAttainmentNoDate;
        setReason(score, text::phrase("'{0}' is {1} of the way from baseline {2} to target {3} "
                                      "(current {4}); no assessment date is set, so it is not "
                                      "judged",
                                      name, share, from, to, now));
        return;
    }
    if (points.empty()) {
        score.reasonCode = code::kAttainmentNoCheckpoint;
        setReason(score, text::phrase("'{0}' is {1} of the way from baseline {2} to target {3} "
                                      "(current {4}); no dated milestone or target date to judge "
                                      "it against",
                                      name, share, from, to, now));
        return;
    }
    const double expected = expectedValueOn(*a.judgedAt, baseline, points);
    const double expectedProgress = (expected - baseline) / (target - baseline) * 100.0;
    a.expectedValue = expected;
    a.expectedProgressPct = expectedProgress;
    for (const auto& p : points)
        if (!p.milestoneId.empty() && p.day <= *a.judgedAt) a.lastMilestoneId = p.milestoneId;
    for (const auto& p : points)
        score.inputs.push_back({fmt::format("{} ({})", p.label, formatDate(p.day)), p.value,
                                p.milestoneId.empty() ? s.id : p.milestoneId});
    score.inputs.push_back(
        {fmt::format("expected on {}", formatDate(*a.judgedAt)), expected, s.id});
    const auto when = dateArg(*a.judgedAt);
    if (expectedProgress <= 0) {
        const bool away = progress < 0;
        a.status = away ? AttainmentStatus::AtRisk : AttainmentStatus::OnTrack;
        score.reasonCode = away ? code::kAttainmentMovingAway : code::kAttainmentNothingDue;
        setReason(score, away ? text::phrase("'{0}' is {1} of the way from baseline {2} to target "
                                             "{3} (current {4}); no progress was due by {5}, but "
                                             "it moved away from the target",
                                             name, share, from, to, now, when)
                              : text::phrase("'{0}' is {1} of the way from baseline {2} to target "
                                             "{3} (current {4}); no progress was due by {5}",
                                             name, share, from, to, now, when));
        return;
    }
    const double onTrack = profile.value("attainment.on_track_ratio");
    const double atRisk = profile.value("attainment.at_risk_ratio");
    score.inputs.push_back(profileInput(profile, "attainment.on_track_ratio"));
    score.inputs.push_back(profileInput(profile, "attainment.at_risk_ratio"));
    const double ratio = progress / expectedProgress;
    if (ratio + kTolerance >= onTrack) {
        a.status = AttainmentStatus::OnTrack;
        score.reasonCode = code::kAttainmentOnTrack;
    } else if (ratio + kTolerance >= atRisk) {
        a.status = AttainmentStatus::AtRisk;
        score.reasonCode = code::kAttainmentAtRisk;
    } else {
        a.status = AttainmentStatus::OffTrack;
        score.reasonCode = code::kAttainmentOffTrack;
    }
    setReason(score,
              text::phrase("'{0}' is {1} of the way from baseline {2} to target {3} (current {4}); "
                           "{5} was expected by {6}: {7} of plan, {8} (on track from {9}, at risk "
                           "from {10})",
                           name, share, from, to, now, text::percent(expectedProgress), when,
                           text::percent(ratio * 100.0), text::term(statusLabel(a.status)),
                           text::percent(onTrack * 100.0), text::percent(atRisk * 100.0)));
}

MetricAttainment scoreSubject(const Subject& s, const Cycle& cycle,
                              const MethodologyProfile& profile) {
    MetricAttainment a;
    a.itemId = s.id;
    a.itemKind = s.kind;
    a.name = nameOrId(s.name, s.id);
    a.direction = s.direction;
    a.baseline = s.baseline;
    a.target = s.target;
    a.progress.unit = "%";
    a.progress.step = s.step;
    a.progress.itemId = s.id;
    const auto milestones = milestonesOf(cycle, s.id);
    std::optional<Date> valueDate;
    fillCurrent(s, milestones, cycle.assessmentDate, a, valueDate);
    a.judgedAt = valueDate ? valueDate : cycle.assessmentDate;
    auto& inputs = a.progress.inputs;
    inputs.push_back({"baseline", a.baseline, s.id});
    inputs.push_back({"target", a.target, s.id});
    inputs.push_back(
        {"current", a.current, a.currentFromMilestoneId.empty() ? s.id : a.currentFromMilestoneId});

    if (!a.baseline || !a.target || !a.current) {
        a.progress.reasonCode = code::kAttainmentMissingValues;
        setReason(a.progress, text::phrase("'{0}' cannot be measured: {1} missing",
                                           text::userText(a.name), missingList(a)));
        return a;
    }
    a.targetAgainstDirection = s.direction == Direction::HigherIsBetter ? *a.target < *a.baseline
                                                                        : *a.target > *a.baseline;
    if (*a.target == *a.baseline) {
        const bool held = atLeastAsGood(*a.current, *a.target, s.direction);
        a.status = held ? AttainmentStatus::OnTrack : AttainmentStatus::OffTrack;
        a.progress.value = held ? 100.0 : 0.0;
        a.progress.reasonCode = held ? code::kAttainmentHoldMet : code::kAttainmentHoldMissed;
        setReason(a.progress,
                  held ? text::phrase("'{0}' must hold {1} ({2}); current {3} holds it",
                                      text::userText(a.name), text::number(*a.target),
                                      directionWords(s.direction), text::number(*a.current))
                       : text::phrase("'{0}' must hold {1} ({2}); current {3} misses it",
                                      text::userText(a.name), text::number(*a.target),
                                      directionWords(s.direction), text::number(*a.current)));
        return a;
    }
    judge(s, checkpointsOf(s, milestones), profile, a);
    return a;
}

}  // namespace

std::vector<MetricAttainment> scoreMetricAttainment(const Cycle& cycle,
                                                    const MethodologyProfile& profile) {
    std::vector<MetricAttainment> out;
    for (const auto& k : cycle.kpis) {
        Subject s{k.id,           "kpi",        k.name,       8,
                  k.direction,    k.baseline,   k.target,     k.current,
                  k.baselineDate, k.targetDate, k.currentDate};
        out.push_back(scoreSubject(s, cycle, profile));
    }
    for (const auto& o : cycle.segmentObjectives) {
        Subject s{o.id,         "segment_objective", o.description, 6,
                  o.direction,  o.baseline,          o.target,      std::nullopt,
                  std::nullopt, o.targetDate,        std::nullopt};
        out.push_back(scoreSubject(s, cycle, profile));
    }
    return out;
}

std::vector<Finding> attainmentFindings(const std::vector<MetricAttainment>& attainment) {
    std::vector<Finding> out;
    for (const auto& a : attainment) {
        const int step = a.progress.step;
        if (a.targetAgainstDirection)
            out.push_back(
                makeFinding(code::kTargetAgainstDirection, FindingCategory::Attainment, step,
                            a.itemId, a.itemKind, a.name, {},
                            text::phrase("'{0}' aims at {1} from a baseline of {2} although {3}",
                                         text::userText(a.name), text::number(*a.target),
                                         text::number(*a.baseline), directionWords(a.direction)),
                            0.5));
        if (a.status != AttainmentStatus::AtRisk && a.status != AttainmentStatus::OffTrack)
            continue;
        double severity = 1.0;  // a missed hold target
        if (a.expectedProgressPct && *a.expectedProgressPct > 0)
            severity = 1.0 - *a.progress.value / *a.expectedProgressPct;
        else if (a.progress.reasonCode == code::kAttainmentMovingAway)
            severity = -*a.progress.value / 100.0;
        out.push_back(makeFinding(a.progress.reasonCode, FindingCategory::Attainment, step,
                                  a.itemId, a.itemKind, a.name, {}, a.progress.reasonPhrase,
                                  severity));
    }
    return out;
}

}  // namespace crm::assessment
