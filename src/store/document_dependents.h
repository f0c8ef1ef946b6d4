#pragma once
// The workshop records that belong to an item (votes, agreed values, notes, "not applicable"
// marks pointing at it; a participant's votes): removed with it, put back with it.
#include "store/document.h"

namespace crm::store {

// Every record of the workshop kinds whose reference fields point at `itemId`, in list order.
std::vector<Document::RemovedDependent> findDependents(const Cycle& cycle, const EntityId& itemId);

// Deletes the rows and takes them out of `scratch` (the caller's transaction).
void detachDependents(Database& db, Cycle& scratch,
                      const std::vector<Document::RemovedDependent>& dependents);
// Inserts them back at their former places (the caller's transaction).
void attachDependents(Database& db, const EntityId& cycleId, Cycle& scratch,
                      const std::vector<Document::RemovedDependent>& dependents);

}  // namespace crm::store
