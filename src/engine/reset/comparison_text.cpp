// Plain-text rendering of a cycle comparison, for `crmw diff`.
#include <fmt/format.h>

#include "engine/model/descriptor.h"
#include "engine/reset/cycle_comparison.h"

namespace crm::reset {

namespace {
std::string number(const std::optional<double>& v) { return v ? fmt::format("{:.4g}", *v) : "-"; }
std::string signedNumber(const std::optional<double>& v) {
    return v ? fmt::format("{:+.4g}", *v) : "-";
}
std::string level(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "-"; }
}  // namespace

std::string fieldValueText(const std::string& itemKind, const FieldChange& change,
                           const FieldValue& value) {
    if (isEmpty(value)) return "not set";
    if (change.type == FieldType::Choice)
        if (const auto* kind = findDescriptor(itemKind))
            if (const auto* field = kind->field(change.key))
                if (const auto* key = std::get_if<std::string>(&value))
                    for (std::size_t i = 0; i < field->choiceKeys.size(); ++i)
                        if (field->choiceKeys[i] == *key && i < field->choiceLabels.size())
                            return std::string(field->choiceLabels[i]);
    return displayText(value);
}

std::string fieldChangeText(const std::string& itemKind, const FieldChange& change,
                            std::string_view arrow) {
    return change.label + ": " + fieldValueText(itemKind, change, change.from) +
           std::string(arrow) + fieldValueText(itemKind, change, change.to);
}

std::string formatComparisonText(const CycleComparison& c) {
    std::string out = fmt::format("Changes from cycle {} to cycle {}\n", c.fromName, c.toName);
    out += "\nMeasures (later minus earlier; better or worse by each measure's direction)\n";
    for (const auto& m : c.measures)
        out += fmt::format("  {:<12} {:<36} {:>10} -> {:<10} {:>9}  {}\n", m.source, m.name,
                           number(m.from), number(m.to), signedNumber(m.delta),
                           movementName(m.movement));
    out += "\nMaturity (current level 1-5)\n";
    for (const auto& m : c.maturity)
        out += fmt::format("  {:<40} {} -> {}  ({}{})\n", m.name, level(m.fromCurrent),
                           level(m.toCurrent), m.delta ? fmt::format("{:+d}", *m.delta) : "-",
                           m.toTarget ? ", target " + level(m.toTarget) : "");
    out += fmt::format("\nMilestones of cycle {}: {} hit, {} missed, {} without an actual value\n",
                       c.fromName, c.milestonesHit, c.milestonesMissed, c.milestonesWithoutActual);
    for (const auto& m : c.milestones)
        if (m.result == MilestoneResult::Missed || m.result == MilestoneResult::NoActual)
            out += fmt::format(
                "  {:<10} {} due {}: target {}, actual {}\n", milestoneResultName(m.result),
                m.ownerName, m.due ? formatDate(*m.due) : "-", number(m.target), number(m.actual));
    out += "\nItems added, changed and dropped\n";
    if (c.items.empty()) out += "  none\n";
    for (const auto& i : c.items) {
        out += fmt::format("  {:<8} {:<18} {}", changeKindName(i.change), i.kind, i.name);
        out += "\n";
        for (const auto& f : i.fieldChanges) out += "      " + fieldChangeText(i.kind, f) + "\n";
    }
    return out;
}

}  // namespace crm::reset
