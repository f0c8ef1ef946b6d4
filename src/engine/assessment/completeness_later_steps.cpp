// Completeness checks of steps 6 to 10.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "engine/assessment/completeness_checks.h"
#include "engine/assessment/reason_codes.h"

namespace crm::assessment::detail {

namespace {

constexpr std::size_t kBuildingBlocks = 8;  // vision ... metrics
constexpr std::size_t kReadinessAreas = 3;  // data quality, mapped processes, technology readiness

bool hasMilestone(const Cycle& cycle, const EntityId& owner) {
    return std::any_of(cycle.milestones.begin(), cycle.milestones.end(),
                       [&](const Milestone& m) { return m.ownerId == owner; });
}

}  // namespace

void checkSegmentsAndObjectives(const Cycle& cycle, const std::vector<SegmentCoverage>& coverage,
                                StepChecks& c) {
    c.require(!cycle.segments.empty(), "no customer segment");
    for (const auto& s : cycle.segments)
        c.requireFields(s.id, "segment " + quoted(s.name, s.id),
                        {{s.customers.has_value(), "a size (customers)"},
                         {s.revenue.has_value(), "a revenue"},
                         {s.marginPct.has_value(), "a margin"},
                         {s.growthPct.has_value(), "a growth rate"},
                         {s.strategicFit.has_value(), "a strategic fit rating"}});
    std::set<EntityId> reported;  // objectives whose gaps the coverage findings name
    for (const auto& s : coverage)
        for (const auto& k : s.kinds) {
            c.require(k.present,
                      fmt::format("segment '{}' has no {} objective", s.name, choiceKey(k.kind)),
                      s.segmentId, code::kObjectiveMissing);
            if (k.present) reported.insert(k.objectiveId);
        }
    for (const auto& o : cycle.segmentObjectives) {
        const bool measurable = o.target.has_value() && (!o.unit.empty() || !o.measure.empty());
        const bool complete = measurable && o.targetDate.has_value() && hasMilestone(cycle, o.id);
        std::string lacking;
        if (!measurable) lacking = "a target with a unit or measure";
        if (!o.targetDate) lacking += std::string(lacking.empty() ? "" : ", ") + "a target date";
        if (!hasMilestone(cycle, o.id))
            lacking += std::string(lacking.empty() ? "" : ", ") + "a milestone";
        c.require(complete,
                  fmt::format("{} objective {} lacks {}", choiceKey(o.kind),
                              quoted(o.description, o.id), lacking),
                  o.id, reported.count(o.id) ? code::kObjectiveIncomplete : std::string_view{});
    }
}

void checkTreatments(const Cycle& cycle, StepChecks& c) {
    if (cycle.segments.empty()) c.require(!cycle.treatments.empty(), "no segment treatment");
    for (const auto& s : cycle.segments) {
        const bool treated =
            std::any_of(cycle.treatments.begin(), cycle.treatments.end(),
                        [&](const SegmentTreatment& t) { return t.segmentId == s.id; });
        c.require(treated, fmt::format("segment {} has no treatment", quoted(s.name, s.id)), s.id);
    }
    for (const auto& t : cycle.treatments) {
        std::string name = t.segmentId;
        for (const auto& s : cycle.segments)
            if (s.id == t.segmentId) name = s.name;
        c.requireFields(t.id, "the treatment of " + quoted(name, t.id),
                        {{!t.intendedExperience.empty(), "the intended experience"},
                         {!t.products.empty(), "products"},
                         {!t.pricing.empty(), "pricing"},
                         {!t.communications.empty(), "communications"},
                         {!t.service.empty(), "service"}});
    }
}

void checkKpis(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.kpis.empty(), "no KPI to monitor the strategy");
    for (const auto& k : cycle.kpis) {
        c.requireFields(k.id, "KPI " + quoted(k.name, k.id),
                        {{k.baseline.has_value(), "a baseline"},
                         {k.target.has_value(), "a target"},
                         {k.targetDate.has_value(), "a target date"},
                         {!k.owner.empty(), "an owner"}});
        c.require(hasMilestone(cycle, k.id),
                  fmt::format("KPI {} has no milestone", quoted(k.name, k.id)), k.id);
    }
}

void checkAlignment(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.alignment.empty(), "no link between a KPI and a corporate objective");
    auto linked = [&](auto predicate) {
        return std::any_of(cycle.alignment.begin(), cycle.alignment.end(), predicate);
    };
    for (const auto& o : cycle.objectives)
        c.require(linked([&](const AlignmentLink& l) {
                      return l.objectiveId == o.id &&
                             std::any_of(cycle.kpis.begin(), cycle.kpis.end(),
                                         [&](const Kpi& k) { return k.id == l.kpiId; });
                  }),
                  fmt::format("corporate objective {} is tracked by no KPI", quoted(o.name, o.id)),
                  o.id, code::kObjectiveWithoutKpi);
    for (const auto& k : cycle.kpis)
        c.require(linked([&](const AlignmentLink& l) {
                      return l.kpiId == k.id &&
                             std::any_of(cycle.objectives.begin(), cycle.objectives.end(),
                                         [&](const CorporateObjective& o) {
                                             return o.id == l.objectiveId;
                                         });
                  }),
                  fmt::format("KPI {} serves no corporate objective", quoted(k.name, k.id)), k.id,
                  code::kKpiServesNoObjective);
}

void checkCapabilities(const Cycle& cycle, StepChecks& c) {
    std::set<std::string> blocks, readiness;
    for (const auto& cap : cycle.capabilities) {
        if (!cap.current || !cap.target) continue;
        const std::string key = cap.areaKey.empty() ? cap.id : cap.areaKey;
        (cap.group == CapabilityGroup::BuildingBlock ? blocks : readiness).insert(key);
    }
    c.require(blocks.size() >= kBuildingBlocks,
              fmt::format("only {} of the {} CRM building blocks have current and target ratings",
                          blocks.size(), kBuildingBlocks));
    c.require(readiness.size() >= kReadinessAreas,
              fmt::format("only {} of the {} readiness areas have current and target ratings",
                          readiness.size(), kReadinessAreas));
    for (const auto& cap : cycle.capabilities)
        c.requireFields(
            cap.id, "capability " + quoted(cap.name, cap.areaKey.empty() ? cap.id : cap.areaKey),
            {{cap.current.has_value(), "a current rating"},
             {cap.target.has_value(), "a target rating"}});
    c.require(!cycle.resources.empty(), "no resource requirement (people, process, technology)");
    for (const auto& r : cycle.resources)
        c.require(
            r.initialCost || r.ongoingCostPerYear,
            fmt::format("resource {} has no initial or ongoing cost", quoted(r.description, r.id)),
            r.id);
    c.require(!cycle.learningMethods.empty(), "no method for learning about customers");
    c.require(!cycle.goalPlans.empty(), "no link from goals to work plans and compensation");
}

}  // namespace crm::assessment::detail
