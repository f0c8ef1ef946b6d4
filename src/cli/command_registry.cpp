#include "cli/command_registry.h"

#include "cli/assess_command.h"
#include "cli/document_properties_options.h"
#include "cli/draft_actions_command.h"
#include "cli/export_actions_command.h"
#include "cli/report_command.h"
#include "cli/reset_commands.h"
#include "cli/vote_server_command.h"

#include "cli/customer_commands.h"

namespace crm::cli {

void registerCommands(CLI::App& app, CommandAction& action) {
    addDocumentCommands(app, action);
    addSetCommand(app, action);
    addResetCommands(app, action);
    addAssessCommand(app, action);
    addReportCommand(app, action);
    addExportActionsCommand(app, action);
    addDraftActionsCommand(app, action);
    addCustomerCommands(app, action);
    addVoteServerCommand(app, action);
}

}  // namespace crm::cli
