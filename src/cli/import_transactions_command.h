#pragma once
// crmw import-transactions FILE.crmw DATA.csv [mapping options] [--replace]
#include <CLI/CLI.hpp>

#include "cli/document_commands.h"

namespace crm::cli::customer_data {

void addImportTransactionsCommand(CLI::App& app, CommandAction& action);

}  // namespace crm::cli::customer_data
