#pragma once
// The engine's alignment (scoreAlignment) as the two sets the alignment matrix and the presenter
// view look items up in.
#include <set>

#include "engine/model/cycle.h"

namespace crm::gui {

// Objectives no KPI serves and KPIs serving no objective.
struct AlignmentGaps {
    std::set<EntityId> objectivesWithoutKpi;
    std::set<EntityId> kpisWithoutObjective;
};
AlignmentGaps findAlignmentGaps(const Cycle& cycle);

}  // namespace crm::gui
