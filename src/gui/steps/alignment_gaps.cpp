#include "gui/steps/alignment_gaps.h"

#include "engine/assessment/alignment.h"

namespace crm::gui {

AlignmentGaps findAlignmentGaps(const Cycle& cycle) {
    // Which links exist does not depend on the methodology, so the built-in profile does.
    const auto alignment = assessment::scoreAlignment(cycle, MethodologyProfile());
    AlignmentGaps gaps;
    for (const auto& o : alignment.objectives)
        if (o.kpiIds.empty()) gaps.objectivesWithoutKpi.insert(o.objectiveId);
    for (const auto& k : alignment.kpis)
        if (k.objectiveIds.empty()) gaps.kpisWithoutObjective.insert(k.kpiId);
    return gaps;
}

}  // namespace crm::gui
