#pragma once
// crmw import-transactions | analyze: customer data from CSV exports (issue 11).
#include <CLI/CLI.hpp>

#include "cli/document_commands.h"

namespace crm::cli {

void addCustomerCommands(CLI::App& app, CommandAction& action);

}  // namespace crm::cli
