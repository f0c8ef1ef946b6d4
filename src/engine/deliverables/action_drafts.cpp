#include "engine/deliverables/action_drafts.h"

#include <set>

namespace crm::deliverables {
namespace {

template <class List>
const auto* findById(const List& list, const EntityId& id) {
    for (const auto& item : list)
        if (item.id == id) return &item;
    return static_cast<const typename List::value_type*>(nullptr);
}

EntityId objectiveServedBy(const Cycle& cycle, const EntityId& kpiId) {
    for (const auto& link : cycle.alignment)
        if (link.kpiId == kpiId && !link.objectiveId.empty()) return link.objectiveId;
    return {};
}

std::string ownerOfObjective(const Cycle& cycle, const EntityId& objectiveId) {
    for (const auto& plan : cycle.goalPlans)
        if (plan.objectiveId == objectiveId && !plan.owner.empty()) return plan.owner;
    return {};
}

// The KPI an item is measured by: the KPI itself, a milestone's KPI, a metric's KPI.
EntityId kpiOf(const Cycle& cycle, const assessment::Recommendation& r) {
    if (r.itemKind == "kpi") return r.itemId;
    if (r.itemKind == "milestone")
        if (const auto* m = findById(cycle.milestones, r.itemId);
            m && findById(cycle.kpis, m->ownerId))
            return m->ownerId;
    if (r.itemKind == "metric")
        for (const auto& k : cycle.kpis)
            if (k.metricId == r.itemId) return k.id;
    return {};
}

}  // namespace

bool isOpen(const ActionItem& action) {
    return action.status != ActionStatus::Done && action.status != ActionStatus::Dropped;
}

std::vector<ActionItem> draftActions(
    const Cycle& cycle, const std::vector<assessment::Recommendation>& recommendations) {
    std::set<std::string> tracked;
    for (const auto& a : cycle.actions)
        if (!a.findingId.empty()) tracked.insert(a.findingId);
    std::vector<ActionItem> drafts;
    for (const auto& r : recommendations) {
        if (r.findingId.empty() || !tracked.insert(r.findingId).second) continue;
        ActionItem a;
        a.title = r.action;
        a.findingId = r.findingId;
        a.note = r.because;
        a.kpiId = kpiOf(cycle, r);
        a.objectiveId = r.itemKind == "objective" ? r.itemId : objectiveServedBy(cycle, a.kpiId);
        if (const auto* kpi = findById(cycle.kpis, a.kpiId)) {
            a.owner = kpi->owner;
            a.due = kpi->targetDate;
        }
        if (a.owner.empty()) a.owner = ownerOfObjective(cycle, a.objectiveId);
        drafts.push_back(std::move(a));
    }
    return drafts;
}

std::optional<Money> effectiveCost(const Cycle& cycle, const ActionItem& action) {
    if (action.cost) return action.cost;
    if (const auto* resource = findById(cycle.resources, action.resourceId))
        return resource->initialCost;
    return std::nullopt;
}

}  // namespace crm::deliverables
