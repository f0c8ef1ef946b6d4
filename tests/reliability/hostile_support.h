#pragma once
// Helpers of the hostile-input tests: one item of every kind, field values by descriptor.
#include <chrono>
#include <iostream>
#include <map>
#include <string>

#include "engine/model/descriptor.h"
#include "store/document.h"

namespace crm::reliability {

// The id of one item of every kind in the cycle: the singleton, the first item, or a blank
// item inserted (through the edit path) where the list is empty.
inline std::map<const EntityDescriptor*, EntityId> oneOfEach(store::Document& doc,
                                                             const EntityId& cycleId) {
    std::map<const EntityDescriptor*, EntityId> ids;
    for (const auto* kind : entityDescriptors()) {
        const Cycle& cycle = *doc.assessment().findCycle(cycleId);
        if (kind->singleton)
            ids[kind] = cycleId;
        else if (kind->count(cycle) > 0)
            ids[kind] = kind->at(cycle, 0).id;
        else
            ids[kind] = doc.insertItem(cycleId, *kind, 0);
    }
    return ids;
}

inline FieldValue fieldOf(const Assessment& a, const EntityId& cycleId,
                          const EntityDescriptor& kind, const EntityId& itemId,
                          const FieldDescriptor& field) {
    const Cycle& cycle = *a.findCycle(cycleId);
    const auto index = kind.singleton ? std::optional<std::size_t>{0} : kind.indexOf(cycle, itemId);
    return field.get(kind.at(cycle, index.value()));
}

inline bool isTextual(const FieldDescriptor& f) {
    return f.type == FieldType::Text || f.type == FieldType::LongText ||
           f.type == FieldType::Reference;
}

// Wall time of a piece of work, printed with the test's figures.
class Stopwatch {
  public:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    double lap() {
        const double s = seconds();
        start_ = std::chrono::steady_clock::now();
        return s;
    }

  private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Every test prints how many hostile inputs it tried; docs/reliability.md adds them up.
inline void reportTried(const std::string& what, std::size_t count) {
    std::cout << "hostile input: " << count << " tried: " << what << std::endl;
}

}  // namespace crm::reliability
