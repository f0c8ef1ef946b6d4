#pragma once
// A whole assessment document: the company, the methodology profile and its cycles.
#include <string>
#include <vector>

#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm {

struct Assessment {
    std::string companyName;
    std::string facilitator;
    std::string industry;
    EntityId currentCycleId;
    MethodologyProfile profile;
    std::vector<Cycle> cycles;

    const Cycle* findCycle(const EntityId& id) const;
    Cycle* findCycle(const EntityId& id);
    const Cycle* currentCycle() const;
};

}  // namespace crm
