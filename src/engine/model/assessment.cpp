#include "engine/model/assessment.h"

#include <algorithm>

namespace crm {

const Cycle* Assessment::findCycle(const EntityId& id) const {
    auto it =
        std::find_if(cycles.begin(), cycles.end(), [&](const Cycle& c) { return c.id == id; });
    return it == cycles.end() ? nullptr : &*it;
}

Cycle* Assessment::findCycle(const EntityId& id) {
    return const_cast<Cycle*>(std::as_const(*this).findCycle(id));
}

const Cycle* Assessment::currentCycle() const {
    if (const Cycle* c = findCycle(currentCycleId)) return c;
    return cycles.empty() ? nullptr : &cycles.back();
}

}  // namespace crm
