// crmw export-actions: the action plan of a cycle as a spreadsheet or CSV.
#include "cli/export_actions_command.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "cli/exit_codes.h"
#include "engine/reset/cycle_comparison.h"
#include "report/actions/action_plan_files.h"
#include "store/document.h"

namespace crm::cli {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

void addExportActionsCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand(
        "export-actions",
        "Write the action plan (work plans, resources, learning) as .xlsx or .csv");
    static std::string file, output, cycleArg, formatArg;
    command->add_option("FILE", file, "The .crmw document")->required();
    command->add_option("--output,-o", output, "Where to write: plan.xlsx or plan.csv")->required();
    command->add_option("--cycle", cycleArg, "Cycle (id or name; default: the current one)");
    command->add_option("--format,-f", formatArg,
                        "xlsx or csv (default: from the output's extension)");
    command->callback([&action] {
        action = [] {
            std::string format = formatArg;
            if (format.empty()) {
                const std::string ext = std::filesystem::path(output).extension().string();
                format = ext.empty() ? "" : ext.substr(1);
            }
            format = lowered(format);
            if (format != "xlsx" && format != "csv") {
                std::cerr << "crmw export-actions: cannot tell the format of '" << output
                          << "' (expected a .xlsx or .csv name, or --format xlsx|csv)\n";
                return int{kUsage};
            }
            auto doc = store::Document::open(file);
            const Assessment& a = doc.assessment();
            const Cycle* cycle =
                cycleArg.empty() ? a.currentCycle() : reset::findCycleByIdOrName(a, cycleArg);
            if (!cycle) {
                std::cerr << "crmw export-actions: --cycle '" << cycleArg << "': no such cycle\n";
                return int{kInvalidInput};
            }
            const auto rows = report::actionPlanRows(*cycle);
            std::string error;
            const bool ok =
                format == "csv"
                    ? report::writeActionPlanCsv(rows, output, &error)
                    : report::writeActionPlanXlsx(
                          rows, report::trackingSheets(*cycle),
                          "Action plan \u2014 " + a.companyName + " \u2014 " + cycle->name, output,
                          &error);
            if (!ok) {
                std::cerr << "crmw export-actions: " << error << "\n";
                return int{kFailed};
            }
            std::cout << output << " (" << rows.size() << " actions)\n";
            return int{kOk};
        };
    });
}

}  // namespace crm::cli
