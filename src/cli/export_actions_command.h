#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw export-actions FILE -o plan.xlsx|plan.csv [--cycle ID] [--format xlsx|csv]
void addExportActionsCommand(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
