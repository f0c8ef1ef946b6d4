// crmw: the workbench without a window, for scripts, CI and assistants regenerating reports.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "crmw_version.h"

int main(int argc, char** argv) {
    CLI::App app{"crmw - CRM Strategy Workbench on the command line"};
    app.footer(
        "Exit codes: 0 ok, 1 problems found, 2 wrong arguments, 3 file refused (missing, not a\n"
        "workbench document, damaged, newer version, locked, read-only), 4 invalid input, 5 other "
        "failure.");
    app.set_version_flag("--version", "crmw " CRMW_VERSION, "Print the version and exit");
    app.require_subcommand(1);
    crm::cli::CommandAction action;
    crm::cli::registerCommands(app, action);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? crm::cli::kOk : crm::cli::kUsage;
    }
    try {
        return action ? action() : crm::cli::kUsage;
    } catch (const crm::store::StoreError& e) {
        fmt::print(stderr, "crmw: {}\n", e.what());
        return crm::cli::exitCodeFor(e);
    } catch (const std::exception& e) {
        fmt::print(stderr, "crmw: {}\n", e.what());
        return crm::cli::kFailed;
    }
}
