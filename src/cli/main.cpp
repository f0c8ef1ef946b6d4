// crmw: the workbench without a window, for scripts, CI and assistants regenerating reports.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "crmw_version.h"

namespace {

std::string commandList(const CLI::App& app) {
    std::string names;
    for (const CLI::App* command : app.get_subcommands({}))
        names += (names.empty() ? "" : ", ") + command->get_name();
    return names;
}

// The first argument that is no option names the command. Exit 2 with the list of commands
// when there is none, or when it names no command (CLI11 alone would say "A subcommand is
// required" or "The following argument was not expected").
std::optional<int> refuseMissingOrUnknownCommand(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("-")) {
            if (arg == "--help" || arg == "-h" || arg == "--version") return std::nullopt;
            continue;  // CLI11 names an unknown option itself
        }
        for (const CLI::App* command : app.get_subcommands({}))
            if (command->check_name(std::string(arg))) return std::nullopt;
        fmt::print(stderr, "crmw: unknown command '{}'; the commands are: {}\n", arg,
                   commandList(app));
        fmt::print(stderr, "Run 'crmw --help' for what each command does.\n");
        return crm::cli::kUsage;
    }
    fmt::print(stderr,
               "Usage: crmw COMMAND FILE [OPTIONS]\n"
               "The commands are: {}\n"
               "Run 'crmw --help' for what each command does, 'crmw COMMAND --help' for its "
               "options.\n",
               commandList(app));
    return crm::cli::kUsage;
}

}  // namespace

int main(int argc, char** argv) {
    // The name is set here, not taken from argv[0]: usage says "crmw", never the build path.
    CLI::App app{"crmw - CRM Strategy Workbench on the command line", "crmw"};
    app.footer(
        "Exit codes: 0 ok, 1 problems found, 2 wrong arguments (also a cycle the document does\n"
        "not have), 3 file refused (missing, not a workbench document, damaged, newer version,\n"
        "open in the window for a command that changes it, read-only, exists already), 4 invalid\n"
        "input, 5 other failure. Commands that only read work while the window has the file open.");
    app.set_version_flag("--version", "crmw " CRMW_VERSION, "Print the version and exit");
    crm::cli::CommandAction action;
    crm::cli::registerCommands(app, action);
    if (const auto refused = refuseMissingOrUnknownCommand(app, argc, argv)) return *refused;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? crm::cli::kOk : crm::cli::kUsage;
    }
    try {
        return action ? action() : crm::cli::kUsage;
    } catch (const crm::cli::CommandError& e) {
        fmt::print(stderr, "crmw: {}\n", e.what());
        return e.code();
    } catch (const crm::store::StoreError& e) {
        fmt::print(stderr, "crmw: {}\n", e.what());
        return crm::cli::exitCodeFor(e);
    } catch (const std::exception& e) {
        fmt::print(stderr, "crmw: {}\n", e.what());
        return crm::cli::kFailed;
    }
}
