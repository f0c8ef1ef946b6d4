#include "store/cycle_copy.h"

#include "engine/model/descriptor.h"

namespace crm::store {

Cycle copyCycleForReset(const Cycle& from, const EntityId& newCycleId, const std::string& name,
                        std::optional<Date> assessmentDate,
                        const std::function<EntityId(std::string_view kind)>& makeId) {
    Cycle copy = from;
    copy.id = newCycleId;
    copy.name = name;
    copy.assessmentDate = assessmentDate;
    copy.previousCycleId = from.id;
    copy.statement.id = newCycleId;
    copy.relationship.id = newCycleId;
    copy.cover.id = newCycleId;
    // A new cycle starts a new workshop: no votes yet, the clock at zero, only open questions.
    copy.ratings.clear();
    copy.consensus.clear();
    std::erase_if(copy.parkingLot, [](const ParkingLotItem& p) { return p.closed; });
    for (auto& slot : copy.agenda) slot.spentSeconds.reset();
    copy.stepTimes.clear();
    // Open actions carry on; the narrative and the signatures belong to last year's report.
    std::erase_if(copy.actions, [](const ActionItem& a) {
        return a.status == ActionStatus::Done || a.status == ActionStatus::Dropped;
    });
    copy.narratives.clear();
    copy.signOffs.clear();
    copy.cover.title.clear();  // titles name their year; who it is for and the logo stay
    std::map<EntityId, EntityId> newIdOf;
    for (const auto* kind : entityDescriptors()) {
        if (kind->singleton) continue;
        for (std::size_t i = 0; i < kind->count(copy); ++i) {
            Entity& item = kind->atMutable(copy, i);
            item.originId = item.id;
            item.id = makeId(kind->kind);
            newIdOf[item.originId] = item.id;
        }
    }
    auto remap = [&](const std::string& id) {
        auto it = newIdOf.find(id);
        return it == newIdOf.end() ? id : it->second;
    };
    for (const auto* kind : entityDescriptors())
        for (std::size_t i = 0; i < kind->count(copy); ++i) {
            Entity& item = kind->atMutable(copy, i);
            for (const auto& f : kind->fields) {
                FieldValue v = f.get(item);
                if (auto* id = std::get_if<std::string>(&v); id && f.type == FieldType::Reference)
                    f.set(item, remap(*id));
                if (auto* ids = std::get_if<std::vector<std::string>>(&v)) {
                    for (auto& each : *ids) each = remap(each);
                    f.set(item, *ids);
                }
            }
        }
    return copy;
}

}  // namespace crm::store
