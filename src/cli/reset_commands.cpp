// crmw new-cycle | diff | schedule: the annual reset from the command line.
#include "cli/reset_commands.h"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/comparison_text.h"
#include "cli/customer_output_helpers.h"
#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/json_values.h"
#include "cli/text_output.h"
#include "engine/reset/cycle_comparison.h"
#include "engine/reset/icalendar.h"
#include "store/document.h"

namespace crm::cli {

namespace {

nlohmann::ordered_json comparisonJson(const reset::CycleComparison& c) {
    using Json = nlohmann::ordered_json;
    Json out = {{"from", {{"id", c.fromId}, {"name", c.fromName}}},
                {"to", {{"id", c.toId}, {"name", c.toName}}}};
    Json measures = Json::array();
    for (const auto& m : c.measures)
        measures.push_back({{"source", m.source},
                            {"name", m.name},
                            {"unit", m.unit},
                            {"direction", choiceKey(m.direction)},
                            {"from", valueOrNull(m.from)},
                            {"to", valueOrNull(m.to)},
                            {"delta", valueOrNull(m.delta)},
                            {"movement", reset::movementName(m.movement)}});
    out["measures"] = measures;
    Json maturity = Json::array();
    for (const auto& m : c.maturity)
        maturity.push_back({{"area", m.areaKey},
                            {"name", m.name},
                            {"from", valueOrNull(m.fromCurrent)},
                            {"to", valueOrNull(m.toCurrent)},
                            {"delta", valueOrNull(m.delta)}});
    out["maturity"] = maturity;
    Json milestones = Json::array();
    for (const auto& m : c.milestones)
        milestones.push_back({{"id", m.milestoneId},
                              {"owner", m.ownerName},
                              {"due", m.due ? Json(formatDate(*m.due)) : Json(nullptr)},
                              {"target", valueOrNull(m.target)},
                              {"actual", valueOrNull(m.actual)},
                              {"result", reset::milestoneResultName(m.result)}});
    out["milestones"] = {{"hit", c.milestonesHit},
                         {"missed", c.milestonesMissed},
                         {"without_actual", c.milestonesWithoutActual},
                         {"items", milestones}};
    Json items = Json::array();
    for (const auto& i : c.items) {
        Json values = Json::array();
        for (const auto& f : i.fieldChanges)
            values.push_back({{"field", f.key},
                              {"label", f.label},
                              {"from", reset::fieldValueText(i.kind, f, f.from)},
                              {"to", reset::fieldValueText(i.kind, f, f.to)}});
        items.push_back({{"change", reset::changeKindName(i.change)},
                         {"kind", i.kind},
                         {"id", i.id},
                         {"name", i.name},
                         {"changed_fields", i.changedFields},
                         {"old_and_new", values}});
    }
    out["items"] = items;
    return out;
}

}  // namespace

void addResetCommands(CLI::App& app, CommandAction& action) {
    auto* newCycle = app.add_subcommand(
        "new-cycle", "Start a new cycle as a copy of an earlier one (annual reset)");
    static std::string ncFile, ncName, ncFrom, ncDate;
    newCycle->add_option("FILE", ncFile, "The .crmw document")->required();
    newCycle->add_option("--name", ncName, "Name of the new cycle, e.g. 2027")->required();
    newCycle->add_option("--from", ncFrom, "Cycle to copy (id or name; default: the current one)");
    newCycle->add_option("--date", ncDate, "Assessment date of the new cycle (YYYY-MM-DD)");
    newCycle->callback([&action] {
        action = [] {
            std::optional<Date> day;
            if (!ncDate.empty() && !(day = parseIsoDate(ncDate)))
                throw CommandError(
                    kUsage, fmt::format("--date '{}': expected a date as YYYY-MM-DD", ncDate));
            auto doc = openForChange(ncFile);
            // Copies: starting a cycle reallocates the list `from` would point into.
            const Cycle& from = cycleArgument(doc.assessment(), ncFrom, "--from");
            const EntityId fromId = from.id;
            const std::string fromName = from.name;
            doc.startNewCycle(fromId, ncName, day);
            fmt::print("started cycle {} as a copy of cycle {}\n", ncName, fromName);
            return int{kOk};
        };
    });

    auto* diff =
        app.add_subcommand("diff", "Compare two cycles: measures, maturity, milestones, items");
    static std::string diffFile, diffFrom, diffTo;
    static bool diffJson = false;
    diff->add_option("FILE", diffFile, "The .crmw document")->required();
    diff->add_option("--from", diffFrom, "Earlier cycle (id or name)")->required();
    diff->add_option("--to", diffTo, "Later cycle (id or name)")->required();
    diff->add_flag("--json", diffJson, "Print JSON instead of text");
    diff->callback([&action] {
        action = [] {
            auto doc = readDocument(diffFile);
            const Assessment& a = doc.assessment();
            auto c = reset::compareCycles(a, cycleArgument(a, diffFrom, "--from").id,
                                          cycleArgument(a, diffTo, "--to").id);
            if (diffJson)
                std::cout << comparisonJson(c).dump(2) << "\n";
            else
                std::cout << comparisonText(a, c);
            return int{kOk};
        };
    });

    auto* schedule =
        app.add_subcommand("schedule", "Export the scheduled reset meetings as an iCalendar file");
    static std::string schFile, schOut, schCycle;
    schedule->add_option("FILE", schFile, "The .crmw document")->required();
    schedule->add_option("--ics", schOut, "The .ics file to write")->required();
    schedule->add_option("--cycle", schCycle,
                         "Cycle whose schedule to export (default: the current one)");
    schedule->callback([&action] {
        action = [] {
            auto doc = readDocument(schFile);
            const Cycle& cycle = cycleArgument(doc.assessment(), schCycle, "--cycle");
            if (cycle.schedule.empty()) {
                fmt::print(stderr,
                           "crmw: cycle {} has no reset meetings scheduled, so there is nothing "
                           "to write; {} was not written (plan the meetings in the window's "
                           "annual reset, then run this again)\n",
                           cycle.name, schOut);
                return int{kProblemsFound};
            }
            const auto now =
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
            const std::string ics = reset::writeICalendar(doc.assessment(), cycle, now);
            customer_data::writeFileAtomically(schOut, ics);
            fmt::print("wrote {} of cycle {} to {}\n",
                       counted(cycle.schedule.size(), "meeting", "meetings"), cycle.name, schOut);
            return int{kOk};
        };
    });
}

}  // namespace crm::cli
