#include "engine/assessment/alignment.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

namespace {

constexpr double kTolerance = 1e-9;

void addUnique(std::vector<EntityId>& ids, const EntityId& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

Score share(const Cycle& cycle, int step, std::string_view unit) {
    Score s;
    s.unit = std::string(unit);
    s.step = step;
    s.itemId = cycle.id;
    return s;
}

// The % of `part` in `whole`, or nullopt (with the no-KPI / no-objective reason) when whole is 0.
void setShare(Score& s, std::size_t part, std::size_t whole, std::string_view emptyCode,
              text::Phrase emptyReason) {
    s.inputs.push_back({"counted", double(part), s.itemId});
    s.inputs.push_back({"out of", double(whole), s.itemId});
    if (whole == 0) {
        s.reasonCode = std::string(emptyCode);
        setReason(s, std::move(emptyReason));
        return;
    }
    s.value = 100.0 * double(part) / double(whole);
}

// Balance of a two-sided split: one-sided when the smaller side is below the minimum share.
// Whose split judgeBalance judges; each has its own sentence so it translates whole.
enum class Split { Levels, Kinds };

void judgeBalance(Score& s, std::size_t first, std::size_t total, Split split,
                  std::string_view balanced, std::string_view oneSided,
                  const MethodologyProfile& profile) {
    setShare(s, first, total, code::kNoKpis, text::phrase("There are no KPIs to balance"));
    if (!s.value) return;
    s.inputs.push_back(profileInput(profile, "alignment.min_minority_share"));
    const double minimum = profile.value("alignment.min_minority_share");
    const double minority = std::min(*s.value, 100.0 - *s.value) / 100.0;
    const bool ok = minority + kTolerance >= minimum;
    s.reasonCode = std::string(ok ? balanced : oneSided);
    const auto a = text::count(static_cast<long long>(first));
    const auto all = text::count(static_cast<long long>(total));
    const auto b = text::count(static_cast<long long>(total - first));
    const auto share = text::percent(*s.value), least = text::percent(minimum * 100.0);
    setReason(s, split == Split::Levels
                     ? text::phrase("strategy-level: {0} of {1} KPIs ({2}), tactic-level: {3}; the "
                                    "smaller side should be at least {4}",
                                    a, all, share, b, least)
                     : text::phrase("objective (hard data): {0} of {1} KPIs ({2}), subjective "
                                    "(perception): {3}; the smaller side should be at least {4}",
                                    a, all, share, b, least));
}

}  // namespace

AlignmentResult scoreAlignment(const Cycle& cycle, const MethodologyProfile& profile) {
    AlignmentResult r;
    for (const auto& o : cycle.objectives)
        r.objectives.push_back({o.id, nameOrId(o.name, o.id), {}});
    for (const auto& k : cycle.kpis)
        r.kpis.push_back({k.id, nameOrId(k.name, k.id), k.level, k.kind, k.perspective, {}});
    for (const auto& link : cycle.alignment) {
        auto o = std::find_if(r.objectives.begin(), r.objectives.end(),
                              [&](const auto& x) { return x.objectiveId == link.objectiveId; });
        auto k = std::find_if(r.kpis.begin(), r.kpis.end(),
                              [&](const auto& x) { return x.kpiId == link.kpiId; });
        if (o == r.objectives.end() || k == r.kpis.end())
            continue;  // validation reports broken links
        addUnique(o->kpiIds, k->kpiId);
        addUnique(k->objectiveIds, o->objectiveId);
    }
    const auto covered = std::size_t(std::count_if(
        r.objectives.begin(), r.objectives.end(), [](const auto& o) { return !o.kpiIds.empty(); }));
    const auto serving = std::size_t(std::count_if(
        r.kpis.begin(), r.kpis.end(), [](const auto& k) { return !k.objectiveIds.empty(); }));
    const std::size_t objectives = r.objectives.size(), kpis = r.kpis.size();

    r.objectiveCoverage = share(cycle, 9, "%");
    setShare(r.objectiveCoverage, covered, objectives, code::kNoObjectives,
             text::phrase("There are no corporate objectives"));
    if (r.objectiveCoverage.value) {
        r.objectiveCoverage.reasonCode =
            covered == objectives ? code::kObjectivesAllCovered : code::kObjectivesPartlyCovered;
        setReason(
            r.objectiveCoverage,
            text::phrase("{0} of {1} corporate objectives ({2}) are tracked by at least one KPI",
                         text::count(static_cast<long long>(covered)),
                         text::count(static_cast<long long>(objectives)),
                         text::percent(*r.objectiveCoverage.value)));
    }
    r.kpiUsage = share(cycle, 9, "%");
    setShare(r.kpiUsage, serving, kpis, code::kNoKpis, text::phrase("There are no KPIs"));
    if (r.kpiUsage.value) {
        r.kpiUsage.reasonCode = serving == kpis ? code::kKpisAllServe : code::kKpisPartlyServe;
        setReason(r.kpiUsage,
                  text::phrase("{0} of {1} KPIs ({2}) serve at least one corporate objective",
                               text::count(static_cast<long long>(serving)),
                               text::count(static_cast<long long>(kpis)),
                               text::percent(*r.kpiUsage.value)));
    }
    auto count = [&](auto predicate) {
        return std::size_t(std::count_if(r.kpis.begin(), r.kpis.end(), predicate));
    };
    const auto strategy = count([](const auto& k) { return k.level == MeasureLevel::Strategy; });
    const auto hard = count([](const auto& k) { return k.kind == MeasureKind::Objective; });
    const auto external =
        count([](const auto& k) { return k.perspective == Perspective::External; });
    r.strategyShare = share(cycle, 8, "%");
    judgeBalance(r.strategyShare, strategy, kpis, Split::Levels, code::kLevelsBalanced,
                 code::kLevelsOneSided, profile);
    r.objectiveShare = share(cycle, 8, "%");
    judgeBalance(r.objectiveShare, hard, kpis, Split::Kinds, code::kKindsBalanced,
                 code::kKindsOneSided, profile);

    r.outsideInShare = share(cycle, 8, "%");
    setShare(r.outsideInShare, external, kpis, code::kNoKpis, text::phrase("There are no KPIs"));
    if (r.outsideInShare.value) {
        const double minimum = profile.value("alignment.min_outside_in_share");
        r.outsideInShare.inputs.push_back(profileInput(profile, "alignment.min_outside_in_share"));
        r.outsideIn = *r.outsideInShare.value / 100.0 + kTolerance >= minimum;
        r.outsideInShare.reasonCode = r.outsideIn ? code::kFocusOutsideIn : code::kFocusInsideOut;
        setReason(
            r.outsideInShare,
            text::phrase("{0} of {1} KPIs ({2}) look from the customer's side (external); {3} "
                         "is the minimum for an outside-in focus",
                         text::count(static_cast<long long>(external)),
                         text::count(static_cast<long long>(kpis)),
                         text::percent(*r.outsideInShare.value), text::percent(minimum * 100.0)));
    }
    return r;
}

std::vector<Finding> alignmentFindings(const AlignmentResult& a, const Cycle& cycle,
                                       const MethodologyProfile& profile) {
    std::vector<Finding> out;
    for (const auto& o : a.objectives)
        if (o.kpiIds.empty())
            out.push_back(makeFinding(code::kObjectiveWithoutKpi, FindingCategory::Alignment, 9,
                                      o.objectiveId, "objective", o.name, {},
                                      text::phrase("Corporate objective '{0}' is tracked by no KPI",
                                                   text::userText(o.name)),
                                      1.0));
    for (const auto& k : a.kpis)
        if (k.objectiveIds.empty())
            out.push_back(makeFinding(
                code::kKpiServesNoObjective, FindingCategory::Alignment, 9, k.kpiId, "kpi", k.name,
                {}, text::phrase("KPI '{0}' serves no corporate objective", text::userText(k.name)),
                0.5));
    const double minimum = profile.value("alignment.min_minority_share");
    auto balance = [&](const Score& s, std::string_view oneSided, std::string_view first,
                       std::string_view second) {
        if (s.reasonCode != oneSided || minimum <= 0) return;
        const bool firstIsSmall = *s.value < 50.0;
        const double minority = (firstIsSmall ? *s.value : 100.0 - *s.value) / 100.0;
        out.push_back(makeFinding(oneSided, FindingCategory::Alignment, 8, cycle.id, "cycle",
                                  cycle.name, std::string(firstIsSmall ? first : second),
                                  s.reasonPhrase, (minimum - minority) / minimum));
    };
    balance(a.strategyShare, code::kLevelsOneSided, "strategy", "tactic");
    balance(a.objectiveShare, code::kKindsOneSided, "objective", "subjective");
    const double outsideIn = profile.value("alignment.min_outside_in_share");
    if (a.outsideInShare.reasonCode == code::kFocusInsideOut && outsideIn > 0)
        out.push_back(makeFinding(code::kFocusInsideOut, FindingCategory::Alignment, 8, cycle.id,
                                  "cycle", cycle.name, {}, a.outsideInShare.reasonPhrase,
                                  (outsideIn - *a.outsideInShare.value / 100.0) / outsideIn));
    return out;
}

}  // namespace crm::assessment
