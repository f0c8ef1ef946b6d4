// crmw draft-actions: turns the assessment's recommendations into tracked actions of a cycle.
#include "cli/draft_actions_command.h"

#include <fmt/format.h>

#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/text_output.h"
#include "engine/assessment/assessment_result.h"
#include "engine/deliverables/action_drafts.h"
#include "engine/model/descriptor.h"
#include "engine/reset/cycle_comparison.h"
#include "engine/workshop/rating_spread.h"
#include "store/document.h"

namespace crm::cli {
namespace {

std::string file, cycleArg;

int draftActions() {
    auto doc = openForChange(file);
    const Assessment& a = doc.assessment();
    const Cycle* cycle = &cycleArgument(a, cycleArg, "--cycle");
    // Scored as the report and `crmw assess` score it: workshop values in, "not applicable" out.
    const Cycle scored = workshop::effectiveCycle(*cycle, a.profile);
    const auto recommendations = assessment::assess(scored, a.profile).recommendations;
    const auto drafts = deliverables::draftActions(*cycle, recommendations);
    // Copies: the append replaces the cycle the pointer above points into.
    const EntityId cycleId = cycle->id;
    const std::string cycleName = cycle->name;
    const EntityDescriptor& kind = *findDescriptor("action");
    std::vector<EntityRecord> records;
    for (const auto& draft : drafts) records.push_back(captureRecord(kind, draft));
    doc.appendItems(cycleId, kind, records);  // all or none
    fmt::print("{} added to cycle {} from {}\n", counted(drafts.size(), "action", "actions"),
               cycleName, counted(recommendations.size(), "recommendation", "recommendations"));
    return kOk;
}

}  // namespace

void addDraftActionsCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand(
        "draft-actions",
        "Add the assessment's recommendations that are not tracked yet as actions of a cycle");
    command->add_option("FILE", file, "The .crmw document")->required();
    command->add_option("--cycle", cycleArg, "Cycle (id or name; default: the current one)");
    command->callback([&action] { action = [] { return draftActions(); }; });
}

}  // namespace crm::cli
