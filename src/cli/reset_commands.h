#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw new-cycle | diff | schedule
void addResetCommands(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
