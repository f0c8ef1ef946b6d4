#pragma once
// The cycle another one is compared with ("what changed since …"): the window's reset pages,
// the report's changes section and whatever else says "last cycle" ask this one function.
#include "engine/model/assessment.h"

namespace crm::reset {

// The cycle `cycle` was copied from, while the document still holds it; else the latest cycle
// assessed before it (the greatest earlier assessment date; of equal dates the first in the
// document). nullptr when there is none: the first cycle, or a cycle that was not copied and
// has no assessment date.
const Cycle* baselineCycleOf(const Assessment& assessment, const Cycle& cycle);

}  // namespace crm::reset
