#include "edit_script.h"

#include <fmt/format.h>

#include <random>

#include "engine/model/descriptor.h"
#include "test_support.h"

namespace crm::reliability {

namespace {

// Only the raw 32-bit output of mt19937 is used: its sequence is fixed by the standard, while
// the std distributions may differ between library versions.
struct ScriptRandom {
    std::mt19937 engine;
    std::uint32_t below(std::size_t n) {
        return n == 0 ? 0 : static_cast<std::uint32_t>(engine() % static_cast<std::uint32_t>(n));
    }
};

const EntityId* randomItemId(const Cycle& cycle, std::string_view kind, ScriptRandom& r) {
    const EntityDescriptor* d = findDescriptor(kind);
    if (!d || d->singleton || d->count(cycle) == 0) return nullptr;
    return &d->at(cycle, r.below(d->count(cycle))).id;
}

FieldValue scriptedValue(const FieldDescriptor& f, const Cycle& cycle, ScriptRandom& r, int n) {
    switch (f.type) {
        case FieldType::Text:
        case FieldType::LongText:
            return fmt::format("edit {} of {} \"{}\" \u00e9 '{}'", n, f.key, r.below(100000),
                               r.below(7));
        case FieldType::Integer: {
            const std::int64_t lo = f.minimum.value_or(0);
            const std::int64_t hi = f.maximum.value_or(lo + 5000);
            return std::int64_t{
                lo + static_cast<std::int64_t>(r.below(static_cast<std::size_t>(hi - lo + 1)))};
        }
        case FieldType::Real:
            return (static_cast<double>(r.below(2000001)) - 1000000.0) / 1000.0;
        case FieldType::Money:
            return Money{static_cast<std::int64_t>(r.below(4000000000u)) - 2000000000};
        case FieldType::Date:
            return Date{date::days{9000 + static_cast<int>(r.below(12000))}};
        case FieldType::Bool:
            return r.below(2) == 1;
        case FieldType::Choice:
            return std::string(f.choiceKeys[r.below(f.choiceKeys.size())]);
        case FieldType::Reference: {
            const EntityId* id = r.below(4) == 0 ? nullptr : randomItemId(cycle, f.refersTo, r);
            return id ? *id : std::string{};
        }
        case FieldType::ReferenceList: {
            std::vector<std::string> ids;
            for (std::uint32_t i = r.below(3); i > 0; --i)
                if (const EntityId* id = randomItemId(cycle, f.refersTo, r)) ids.push_back(*id);
            return ids;
        }
    }
    return FieldValue{};
}

}  // namespace

Assessment scriptStart() { return crm::testing::smallAssessment(); }

void applyScriptedEdit(store::Document& doc, std::uint32_t seed, int n) {
    ScriptRandom r{std::mt19937(seed * 7919u + static_cast<std::uint32_t>(n))};
    const Assessment& a = doc.assessment();
    const Cycle& cycle = a.cycles[r.below(a.cycles.size())];
    const EntityId cycleId = cycle.id;
    const auto& kinds = entityDescriptors();
    const EntityDescriptor& kind = *kinds[r.below(kinds.size())];
    const std::size_t count = kind.count(cycle);
    std::uint32_t op = r.below(10);  // 0-5 field edit, 6-7 insert, 8 remove, 9 move
    if (kind.singleton)
        op = 0;
    else if (count == 0)
        op = 6;
    else if (count > 40 && op >= 6 && op <= 7)
        op = 8;  // keep the lists from growing for ever

    if (op <= 5) {
        const EntityId itemId = kind.singleton ? cycleId : kind.at(cycle, r.below(count)).id;
        const FieldDescriptor& field = kind.fields[r.below(kind.fields.size())];
        const FieldValue value = scriptedValue(field, cycle, r, n);
        doc.setField(cycleId, kind, itemId, field.key, value);
    } else if (op <= 7) {
        std::optional<EntityRecord> record;
        if (op == 7) {  // a filled-in item, as an undo of a delete or a paste would insert
            record.emplace();
            for (const auto& f : kind.fields)
                record->values.push_back(scriptedValue(f, cycle, r, n));
        }
        doc.insertItem(cycleId, kind, r.below(count + 1), std::move(record));
    } else if (op == 8) {
        const EntityId itemId = kind.at(cycle, r.below(count)).id;
        doc.removeItem(cycleId, kind, itemId);
    } else {
        const EntityId itemId = kind.at(cycle, r.below(count)).id;
        doc.moveItem(cycleId, kind, itemId, r.below(count));
    }
}

}  // namespace crm::reliability
