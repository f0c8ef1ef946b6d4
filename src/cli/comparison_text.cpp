#include "cli/comparison_text.h"

#include <fmt/format.h>

#include <vector>

#include "cli/text_output.h"
#include "engine/model/descriptor.h"

namespace crm::cli {

namespace {

std::string kindLabel(std::string_view kind) {
    const EntityDescriptor* d = findDescriptor(kind);
    return d ? std::string(d->label) : std::string(kind);
}

std::string level(const std::optional<std::int64_t>& v) {
    return v ? std::to_string(*v) : std::string(kNoValue);
}

}  // namespace

std::string comparisonText(const Assessment& a, const reset::CycleComparison& c) {
    std::string out = fmt::format("Changes from cycle {} to cycle {}\n", c.fromName, c.toName);

    out += "\nMeasures (later minus earlier; better or worse by each measure's direction)\n";
    TextTable measures("llrrrl");
    measures.add({"source", "measure", c.fromName, c.toName, "change", ""});
    for (const auto& m : c.measures)
        measures.add({kindLabel(m.source), m.name, measureText(m.from), measureText(m.to),
                      signedMeasureText(m.delta), std::string(reset::movementName(m.movement))});
    out += c.measures.empty() ? "  none\n" : measures.render();

    out += "\nMaturity (current level 1-5)\n";
    TextTable maturity("lrrrr");
    maturity.add({"capability", c.fromName, c.toName, "change", "target"});
    for (const auto& m : c.maturity)
        maturity.add({m.name, level(m.fromCurrent), level(m.toCurrent),
                      m.delta ? fmt::format("{:+d}", *m.delta) : std::string(kNoValue),
                      level(m.toTarget)});
    out += c.maturity.empty() ? "  none\n" : maturity.render();

    out += fmt::format("\nMilestones of cycle {}: {} hit, {} missed, {} without an actual value\n",
                       c.fromName, grouped(static_cast<std::uint64_t>(c.milestonesHit)),
                       grouped(static_cast<std::uint64_t>(c.milestonesMissed)),
                       grouped(static_cast<std::uint64_t>(c.milestonesWithoutActual)));
    TextTable milestones("llrrl");
    milestones.add({"result", "due", "target", "actual", "objective or KPI"});
    for (const auto& m : c.milestones)
        if (m.result == reset::MilestoneResult::Missed ||
            m.result == reset::MilestoneResult::NoActual)
            milestones.add({std::string(reset::milestoneResultName(m.result)),
                            m.due ? formatDate(*m.due) : std::string(kNoValue),
                            measureText(m.target), measureText(m.actual), m.ownerName});
    if (c.milestonesMissed + c.milestonesWithoutActual > 0) out += milestones.render();

    out += "\nItems added, changed and dropped\n";
    const Cycle* from = a.findCycle(c.fromId);
    const Cycle* to = a.findCycle(c.toId);
    const ItemNames fromNames = from ? itemNames(*from) : ItemNames{};
    const ItemNames toNames = to ? itemNames(*to) : ItemNames{};
    TextTable items("llll");
    std::vector<std::string> itemNames;
    for (const auto& i : c.items) {
        const ItemNames& names = i.change == reset::ChangeKind::Dropped ? fromNames : toNames;
        const auto named = names.find(i.id);
        std::string name = named != names.end() ? named->second : i.name;
        if (i.kind == "treatment") name = "for " + name;  // a treatment is named by its segment
        itemNames.push_back(name);
        items.add({std::string(reset::changeKindName(i.change)), kindLabel(i.kind), name,
                   i.changedFields.empty()
                       ? std::string{}
                       : fmt::format("({})", fmt::join(i.changedFields, ", "))});
    }
    out += c.items.empty() ? "  none\n" : items.render();

    bool anyValues = false;
    for (std::size_t n = 0; n < c.items.size(); ++n) {
        const auto& i = c.items[n];
        if (i.fieldChanges.empty()) continue;
        if (!anyValues) out += "\nOld and new values of the changed items\n";
        anyValues = true;
        out += "  " + kindLabel(i.kind) + " " + itemNames[n] + "\n";
        for (const auto& f : i.fieldChanges)
            out += "    " + reset::fieldChangeText(i.kind, f) + "\n";
    }
    return out;
}

}  // namespace crm::cli
