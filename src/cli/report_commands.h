#pragma once
#include "cli/document_commands.h"

namespace crm::cli {
// crmw report FILE --format pdf|html|json ... (the work is done by src/report)
void addReportCommands(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
