#pragma once
// INTERIM: the few figures the window shows live, until the assessment engine
// (src/engine/assessment: scoreCompleteness, scoreRelationship, scoreAlignment) is part of the
// build. Kept in this one file so the switch is one place: replace each function's body with
// the engine's result and delete what is left. No page computes anything itself.
#include <QStringList>

#include <array>
#include <optional>
#include <set>

#include "engine/model/cycle.h"

namespace crm::gui {

// How far a step is filled in: 0..100 and a short list of what is still empty.
struct StepProgress {
    int percent = 0;
    QStringList missing;
};

// Per step: the mean over the step's kinds of (filled fields / all fields); a list with no
// rows counts 0. Step 9 counts objectives and KPIs that have at least one link.
// -> engine: crm::assessment::scoreCompleteness(cycle, coverage).steps[i].score
class StepFillRatio {
  public:
    static std::array<StepProgress, 10> compute(const Cycle& cycle);
};

// (promoters - detractors) / (promoters + passives + detractors) x 100; nullopt without responses.
// -> engine: crm::assessment::scoreRelationship(cycle, profile).nps
std::optional<double> netPromoterScore(const RelationshipState& state);

// Objectives no KPI serves and KPIs serving no objective.
// -> engine: crm::assessment::scoreAlignment(cycle, profile)
struct AlignmentGaps {
    std::set<EntityId> objectivesWithoutKpi;
    std::set<EntityId> kpisWithoutObjective;
};
AlignmentGaps findAlignmentGaps(const Cycle& cycle);

}  // namespace crm::gui
