#include "engine/reset/baseline_cycle.h"

namespace crm::reset {

const Cycle* baselineCycleOf(const Assessment& assessment, const Cycle& cycle) {
    if (!cycle.previousCycleId.empty() && cycle.previousCycleId != cycle.id)
        if (const Cycle* copiedFrom = assessment.findCycle(cycle.previousCycleId))
            return copiedFrom;
    if (!cycle.assessmentDate) return nullptr;
    const Cycle* latest = nullptr;
    for (const Cycle& c : assessment.cycles) {
        if (c.id == cycle.id || !c.assessmentDate || !(*c.assessmentDate < *cycle.assessmentDate))
            continue;
        if (!latest || *latest->assessmentDate < *c.assessmentDate) latest = &c;
    }
    return latest;
}

}  // namespace crm::reset
