#include "store/document_dependents.h"

#include <fmt/format.h>

#include <set>

#include "store/document_rows.h"

namespace crm::store {

namespace {

bool pointsAt(const EntityDescriptor& kind, const Entity& item, const EntityId& itemId) {
    for (const auto& f : kind.fields) {
        if (f.type != FieldType::Reference) continue;
        const FieldValue value = f.get(item);
        if (const auto* id = std::get_if<std::string>(&value); id && *id == itemId) return true;
    }
    return false;
}

}  // namespace

std::vector<Document::RemovedDependent> findDependents(const Cycle& cycle, const EntityId& itemId) {
    std::vector<Document::RemovedDependent> out;
    if (itemId.empty()) return out;
    for (const auto* kind : entityDescriptors()) {
        // Only workshop records hang on an item; a pain point's source stays when it goes.
        if (kind->step != kWorkshopStep || kind->singleton) continue;
        for (std::size_t i = 0; i < kind->count(cycle); ++i)
            if (pointsAt(*kind, kind->at(cycle, i), itemId))
                out.push_back({kind, captureRecord(*kind, kind->at(cycle, i)), i});
    }
    return out;
}

void detachDependents(Database& db, Cycle& scratch,
                      const std::vector<Document::RemovedDependent>& dependents) {
    std::set<const EntityDescriptor*> touched;
    // Backwards, so the indexes of those still to go stay valid.
    for (auto it = dependents.rbegin(); it != dependents.rend(); ++it) {
        Statement st = db.prepare(fmt::format("DELETE FROM {} WHERE id = ?", it->kind->table));
        st.bind(1, it->record.id);
        st.run();
        it->kind->erase(scratch, it->index);
        touched.insert(it->kind);
    }
    for (const auto* kind : touched) renumberPositions(db, *kind, scratch);
}

void attachDependents(Database& db, const EntityId& cycleId, Cycle& scratch,
                      const std::vector<Document::RemovedDependent>& dependents) {
    std::set<const EntityDescriptor*> touched;
    // In list order: each lands where it was, since the ones before it are back already.
    for (const auto& d : dependents) {
        const std::size_t index = std::min(d.index, d.kind->count(scratch));
        Entity& item = d.kind->insertBlank(scratch, index);
        applyRecord(*d.kind, item, d.record);
        insertRow(db, *d.kind, cycleId, index, item);
        touched.insert(d.kind);
    }
    for (const auto* kind : touched) renumberPositions(db, *kind, scratch);
}

}  // namespace crm::store
