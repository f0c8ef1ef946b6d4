#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw export-actions FILE [--xlsx plan.xlsx] [--csv actions.csv] [-o plan.xlsx|plan.csv]
//                          [--cycle ID] [--format xlsx|csv]
void addExportActionsCommand(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
