// crmw report: the strategy report without a window (PDF via an offscreen Qt platform).
#include "cli/report_commands.h"

#include <iostream>

#include "report/pdf/report_command.h"
#include "store/document.h"
#include "store/transactions_store.h"

namespace crm::cli {

void addReportCommands(CLI::App& app, CommandAction& action) {
    static report::ReportCommandOptions options;
    CLI::App* command = report::addReportCommand(app, options);
    command->callback([&action] {
        action = [] {
            auto load = [](const std::string& path, std::string*) -> std::optional<Assessment> {
                return store::Document::open(path)
                    .assessment();  // StoreError maps to exit codes in main
            };
            auto loadLines = [](const std::string& path) {
                store::Document doc = store::Document::open(path, store::OpenMode::ReadOnly);
                return store::loadTransactions(doc);
            };
            return report::runReportCommand(options, load, loadLines, std::cout, std::cerr);
        };
    });
}

}  // namespace crm::cli
