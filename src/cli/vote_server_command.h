#pragma once
#include <CLI/CLI.hpp>

#include "cli/document_commands.h"

namespace crm::cli {
// crmw vote-server: a vote round for the room's phones without the window (docs/room-votes.md).
void addVoteServerCommand(CLI::App& app, CommandAction& action);
}  // namespace crm::cli
