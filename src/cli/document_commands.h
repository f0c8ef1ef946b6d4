#pragma once
#include <CLI/CLI.hpp>

#include <functional>

namespace crm::cli {

// A command's work: returns the exit code. Errors are caught and reported by main.
using CommandAction = std::function<int()>;
void addDocumentCommands(CLI::App& app, CommandAction& action);

}  // namespace crm::cli
