// crmw import-transactions | analyze: customer data from CSV exports (issue 11).
//
// Each command lives in its own file (import_transactions_command, analyze_command); what they
// share: transaction_mapping_options (the column mapping options), transaction_csv_reading
// (detection, parse, bad lines), command_progress and customer_output_helpers.
#include "cli/customer_commands.h"

#include "cli/analyze_command.h"
#include "cli/import_transactions_command.h"

namespace crm::cli {

void addCustomerCommands(CLI::App& app, CommandAction& action) {
    customer_data::addImportTransactionsCommand(app, action);
    customer_data::addAnalyzeCommand(app, action);
}

}  // namespace crm::cli
