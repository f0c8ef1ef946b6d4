#pragma once
// What moved between two cycles of one assessment: measures, maturity, milestones and the
// items added, changed or dropped. Items are matched through their origin ids, so a cycle can
// be compared with any earlier one, not only the one it was copied from.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/assessment.h"

namespace crm::reset {

enum class Movement { Better, Worse, Unchanged, NotComparable };
std::string_view movementName(Movement m);

struct MeasureDelta {
    std::string source;  // "kpi", "metric" or "relationship"
    std::string name;
    std::string unit;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> from, to, delta;
    Movement movement = Movement::NotComparable;
};

struct MaturityDelta {
    std::string areaKey, name;
    std::optional<std::int64_t> fromCurrent, toCurrent, fromTarget, toTarget, delta;
};

enum class MilestoneResult { Hit, Missed, NoActual, NotDue };
std::string_view milestoneResultName(MilestoneResult r);

struct MilestoneOutcome {
    std::string milestoneId, ownerName;
    std::optional<Date> due;
    std::optional<double> target, actual;
    MilestoneResult result = MilestoneResult::NoActual;
};

enum class ChangeKind { Added, Changed, Dropped };
std::string_view changeKindName(ChangeKind c);

// One field of an item whose value differs between the cycles, with both values as entered.
struct FieldChange {
    std::string key, label;
    FieldType type = FieldType::Text;
    FieldValue from, to;
};

struct ItemChange {
    std::string kind;  // entity kind: objective, segment_objective, segment, kpi, treatment
    std::string id;    // in the later cycle, or in the earlier one when dropped
    std::string name;  // whole, never shortened
    ChangeKind change = ChangeKind::Added;
    std::vector<std::string> changedFields;  // labels, for Changed
    std::vector<FieldChange> fieldChanges;   // the same fields with old and new values
};

struct CycleComparison {
    std::string fromId, fromName, toId, toName;
    std::vector<MeasureDelta> measures;
    std::vector<MaturityDelta> maturity;
    std::vector<MilestoneOutcome>
        milestones;  // last cycle's milestones due by the later cycle's date
    std::vector<ItemChange> items;
    int milestonesHit = 0, milestonesMissed = 0, milestonesWithoutActual = 0;
};

// Throws std::invalid_argument when a cycle id is unknown.
CycleComparison compareCycles(const Assessment& assessment, const EntityId& fromCycleId,
                              const EntityId& toCycleId);

// Finds a cycle by id or by name (what a user types on the command line).
const Cycle* findCycleByIdOrName(const Assessment& assessment, const std::string& idOrName);

std::string formatComparisonText(const CycleComparison& comparison);

// A value of a changed field in words: a choice by its label, "not set" when empty.
std::string fieldValueText(const std::string& itemKind, const FieldChange& change,
                           const FieldValue& value);
// "Target: 30 -> 35" (the arrow as given).
std::string fieldChangeText(const std::string& itemKind, const FieldChange& change,
                            std::string_view arrow = " -> ");

}  // namespace crm::reset
