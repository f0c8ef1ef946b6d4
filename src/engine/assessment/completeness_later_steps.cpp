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
    c.require(!cycle.segments.empty(), text::phrase("no customer segment"));
    for (const auto& s : cycle.segments)
        c.requireFields(s.id, text::phrase("segment '{0}'", quoted(s.name, s.id)),
                        {{s.customers.has_value(), text::term("a size (customers)")},
                         {s.revenue.has_value(), text::term("a revenue")},
                         {s.marginPct.has_value(), text::term("a margin")},
                         {s.growthPct.has_value(), text::term("a growth rate")},
                         {s.strategicFit.has_value(), text::term("a strategic fit rating")}});
    std::set<EntityId> reported;  // objectives whose gaps the coverage findings name
    for (const auto& s : coverage)
        for (const auto& k : s.kinds) {
            c.require(k.present,
                      text::phrase("segment '{0}' has no {1} objective", text::userText(s.name),
                                   kindTerm(k.kind)),
                      s.segmentId, code::kObjectiveMissing);
            if (k.present) reported.insert(k.objectiveId);
        }
    for (const auto& o : cycle.segmentObjectives) {
        const bool measurable = o.target.has_value() && (!o.unit.empty() || !o.measure.empty());
        const bool complete = measurable && o.targetDate.has_value() && hasMilestone(cycle, o.id);
        std::vector<text::Phrase> lacking;
        if (!measurable) lacking.push_back(text::term("a target with a unit or measure"));
        if (!o.targetDate) lacking.push_back(text::term("a target date"));
        if (!hasMilestone(cycle, o.id)) lacking.push_back(text::term("a milestone"));
        c.require(complete,
                  text::phrase("{0} objective '{1}' lacks {2}", kindTerm(o.kind),
                               quoted(o.description, o.id),
                               text::list(std::move(lacking), text::PhraseArg::Joiner::Comma)),
                  o.id, reported.count(o.id) ? code::kObjectiveIncomplete : std::string_view{});
    }
}

void checkTreatments(const Cycle& cycle, StepChecks& c) {
    if (cycle.segments.empty())
        c.require(!cycle.treatments.empty(), text::phrase("no segment treatment"));
    for (const auto& s : cycle.segments) {
        const bool treated =
            std::any_of(cycle.treatments.begin(), cycle.treatments.end(),
                        [&](const SegmentTreatment& t) { return t.segmentId == s.id; });
        c.require(treated, text::phrase("segment '{0}' has no treatment", quoted(s.name, s.id)),
                  s.id);
    }
    for (const auto& t : cycle.treatments) {
        std::string name = t.segmentId;
        for (const auto& s : cycle.segments)
            if (s.id == t.segmentId) name = s.name;
        c.requireFields(t.id, text::phrase("the treatment of '{0}'", quoted(name, t.id)),
                        {{!t.intendedExperience.empty(), text::term("the intended experience")},
                         {!t.products.empty(), text::term("products")},
                         {!t.pricing.empty(), text::term("pricing")},
                         {!t.communications.empty(), text::term("communications")},
                         {!t.service.empty(), text::term("service")}});
    }
}

void checkKpis(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.kpis.empty(), text::phrase("no KPI to monitor the strategy"));
    for (const auto& k : cycle.kpis) {
        c.requireFields(k.id, text::phrase("KPI '{0}'", quoted(k.name, k.id)),
                        {{k.baseline.has_value(), text::term("a baseline")},
                         {k.target.has_value(), text::term("a target")},
                         {k.targetDate.has_value(), text::term("a target date")},
                         {!k.owner.empty(), text::term("an owner")}});
        c.require(hasMilestone(cycle, k.id),
                  text::phrase("KPI '{0}' has no milestone", quoted(k.name, k.id)), k.id);
    }
}

void checkAlignment(const Cycle& cycle, StepChecks& c) {
    c.require(!cycle.alignment.empty(),
              text::phrase("no link between a KPI and a corporate objective"));
    auto linked = [&](auto predicate) {
        return std::any_of(cycle.alignment.begin(), cycle.alignment.end(), predicate);
    };
    for (const auto& o : cycle.objectives)
        c.require(
            linked([&](const AlignmentLink& l) {
                return l.objectiveId == o.id &&
                       std::any_of(cycle.kpis.begin(), cycle.kpis.end(),
                                   [&](const Kpi& k) { return k.id == l.kpiId; });
            }),
            text::phrase("corporate objective '{0}' is tracked by no KPI", quoted(o.name, o.id)),
            o.id, code::kObjectiveWithoutKpi);
    for (const auto& k : cycle.kpis)
        c.require(linked([&](const AlignmentLink& l) {
                      return l.kpiId == k.id &&
                             std::any_of(cycle.objectives.begin(), cycle.objectives.end(),
                                         [&](const CorporateObjective& o) {
                                             return o.id == l.objectiveId;
                                         });
                  }),
                  text::phrase("KPI '{0}' serves no corporate objective", quoted(k.name, k.id)),
                  k.id, code::kKpiServesNoObjective);
}

void checkCapabilities(const Cycle& cycle, StepChecks& c) {
    std::set<std::string> blocks, readiness;
    for (const auto& cap : cycle.capabilities) {
        if (!cap.current || !cap.target) continue;
        const std::string key = cap.areaKey.empty() ? cap.id : cap.areaKey;
        (cap.group == CapabilityGroup::BuildingBlock ? blocks : readiness).insert(key);
    }
    c.require(blocks.size() >= kBuildingBlocks,
              text::phrasePlural("only {0} of the {1} CRM building blocks has current and target "
                                 "ratings",
                                 "only {0} of the {1} CRM building blocks have current and target "
                                 "ratings",
                                 static_cast<long long>(blocks.size()),
                                 text::count(static_cast<long long>(blocks.size())),
                                 text::count(static_cast<long long>(kBuildingBlocks))));
    c.require(
        readiness.size() >= kReadinessAreas,
        text::phrasePlural("only {0} of the {1} readiness areas has current and target ratings",
                           "only {0} of the {1} readiness areas have current and target "
                           "ratings",
                           static_cast<long long>(readiness.size()),
                           text::count(static_cast<long long>(readiness.size())),
                           text::count(static_cast<long long>(kReadinessAreas))));
    for (const auto& cap : cycle.capabilities)
        c.requireFields(cap.id,
                        text::phrase("capability '{0}'",
                                     quoted(cap.name, cap.areaKey.empty() ? cap.id : cap.areaKey)),
                        {{cap.current.has_value(), text::term("a current rating")},
                         {cap.target.has_value(), text::term("a target rating")}});
    c.require(!cycle.resources.empty(),
              text::phrase("no resource requirement (people, process, technology)"));
    for (const auto& r : cycle.resources)
        c.require(r.initialCost || r.ongoingCostPerYear,
                  text::phrase("resource '{0}' has no initial or ongoing cost",
                               quoted(r.description, r.id)),
                  r.id);
    c.require(!cycle.learningMethods.empty(),
              text::phrase("no method for learning about customers"));
    c.require(!cycle.goalPlans.empty(),
              text::phrase("no link from goals to work plans and compensation"));
}

}  // namespace crm::assessment::detail
