#pragma once
// Starting a new yearly cycle as a copy of an earlier one (the annual reset).
#include <functional>
#include <map>
#include <string>

#include "engine/model/assessment.h"

namespace crm::store {

// Copies `from` into a new cycle: every item gets a new id and keeps the old one as origin_id;
// references inside the copy are re-pointed to the copies. `makeId(kind)` supplies fresh ids.
Cycle copyCycleForReset(const Cycle& from, const EntityId& newCycleId, const std::string& name,
                        std::optional<Date> assessmentDate,
                        const std::function<EntityId(std::string_view kind)>& makeId);

}  // namespace crm::store
