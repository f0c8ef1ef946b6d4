#pragma once
#include <CLI/CLI.hpp>

#include "cli/document_commands.h"

namespace crm::cli {
// Adds every subcommand; each family of commands lives in its own file.
void registerCommands(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
