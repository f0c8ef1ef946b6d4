#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw assess FILE [--cycle ID] [--json]
void addAssessCommand(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
