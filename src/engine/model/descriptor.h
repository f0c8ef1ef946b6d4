#pragma once
// Describes each entity kind once: its fields, where it lives in a cycle and which step owns it.
// The store's tables, the JSON file, validation and the editable tables are all driven by this.
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/cycle.h"
#include "engine/model/field_value.h"

namespace crm {

inline constexpr int kResetStep = 11;
inline constexpr int kWorkshopStep = 12;      // workshop mode: participants, votes, notes
inline constexpr int kDeliverablesStep = 13;  // actions, narrative, cover, sign-off

struct FieldDescriptor {
    std::string_view key;    // column and JSON name
    std::string_view label;  // column header shown to people
    FieldType type = FieldType::Text;
    bool required = false;
    std::optional<std::int64_t> minimum, maximum;  // for Integer ratings
    std::vector<std::string_view> choiceKeys;      // for Choice
    std::vector<std::string_view> choiceLabels;
    std::string_view refersTo;  // entity kind, for Reference(List); "kpi|objective" for several
    std::function<FieldValue(const Entity&)> get;
    std::function<void(Entity&, const FieldValue&)> set;  // value already checked by coerceValue
    bool hidden = false;  // kept in files but not shown in generic tables (e.g. a logo image)
};

struct EntityDescriptor {
    std::string_view kind;     // "objective": used in ids and messages
    std::string_view table;    // SQL table name
    std::string_view jsonKey;  // array name inside a cycle
    std::string_view label;    // "Corporate objective"
    int step = 0;              // 1..10; kResetStep for the annual reset flow
    bool singleton = false;    // one per cycle, id = cycle id
    std::vector<FieldDescriptor> fields;

    std::function<std::size_t(const Cycle&)> count;
    std::function<const Entity&(const Cycle&, std::size_t)> at;
    std::function<Entity&(Cycle&, std::size_t)> atMutable;
    std::function<Entity&(Cycle&, std::size_t)> insertBlank;  // list kinds only
    std::function<void(Cycle&, std::size_t)> erase;           // list kinds only

    const FieldDescriptor* field(std::string_view key) const;
    std::optional<std::size_t> indexOf(const Cycle& cycle, const EntityId& id) const;
};

// All kinds in wizard order; singletons first within their step.
const std::vector<const EntityDescriptor*>& entityDescriptors();
const EntityDescriptor* findDescriptor(std::string_view kind);

// Whether a reference field with this `refersTo` may point at an item of `kind`.
bool refersToKind(std::string_view refersTo, std::string_view kind);

// A type-erased copy of one item (for undo of a delete, for moving items between cycles).
struct EntityRecord {
    EntityId id;
    EntityId originId;
    std::vector<FieldValue> values;  // in descriptor field order
};
EntityRecord captureRecord(const EntityDescriptor& d, const Entity& entity);
void applyRecord(const EntityDescriptor& d, Entity& entity, const EntityRecord& record);

// Checks and converts a value for a field: text to numbers, keys for choices, range of ratings.
// Returns the error in words ("expected a number") or the value in the field's own shape.
struct CoerceResult {
    FieldValue value;
    std::string error;  // empty when ok
};
CoerceResult coerceValue(const FieldDescriptor& field, const FieldValue& input);

// Generic move inside a list: removes at `from`, inserts at `to`.
void moveItem(const EntityDescriptor& d, Cycle& cycle, std::size_t from, std::size_t to);

}  // namespace crm
