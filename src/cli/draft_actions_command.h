#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw draft-actions FILE [--cycle NAME]: the recommendations not yet tracked become actions.
void addDraftActionsCommand(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
