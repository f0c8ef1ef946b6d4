#pragma once
// Turns the assessment's recommendations into tracked actions. A draft links what the
// recommendation's item already knows (its KPI, the objective the KPI serves, their owners);
// the room sets the rest. Recommendations already tracked (same finding) are skipped, so
// drafting twice adds nothing.
#include <optional>
#include <vector>

#include "engine/assessment/recommendations.h"
#include "engine/model/cycle.h"

namespace crm::deliverables {

// New actions, without ids, in the recommendations' order.
std::vector<ActionItem> draftActions(
    const Cycle& cycle, const std::vector<assessment::Recommendation>& recommendations);

// The action's own cost, or else the initial cost of the resource that pays for it.
std::optional<Money> effectiveCost(const Cycle& cycle, const ActionItem& action);

// Not done and not dropped: what the next cycle inherits and what a review chases.
bool isOpen(const ActionItem& action);

}  // namespace crm::deliverables
