// crmw export-actions: the action plan of a cycle as a spreadsheet and/or CSV.
#include "cli/export_actions_command.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <optional>
#include <vector>

#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/text_output.h"
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

struct Output {
    std::string path;
    bool xlsx = true;  // else CSV
};

std::string file, output, cycleArg, formatArg, xlsxOut, csvOut;

// --xlsx and --csv say it outright; -o by --format or by its extension. Empty on a bad -o.
std::optional<std::vector<Output>> outputsWanted() {
    std::vector<Output> outputs;
    if (!xlsxOut.empty()) outputs.push_back({xlsxOut, true});
    if (!csvOut.empty()) outputs.push_back({csvOut, false});
    if (output.empty()) return outputs;
    std::string format = formatArg;
    if (format.empty()) {
        const std::string ext = std::filesystem::path(output).extension().string();
        format = ext.empty() ? "" : ext.substr(1);
    }
    format = lowered(format);
    if (format != "xlsx" && format != "csv") {
        std::cerr << "crmw export-actions: cannot tell the format of '" << output
                  << "' (expected a .xlsx or .csv name, or --format xlsx|csv)\n";
        return std::nullopt;
    }
    outputs.push_back({output, format == "xlsx"});
    return outputs;
}

int exportActions() {
    const auto outputs = outputsWanted();
    if (!outputs) return kUsage;
    if (outputs->empty()) {
        std::cerr << "crmw export-actions: say where to write: --xlsx OUT, --csv OUT or -o OUT\n";
        return kUsage;
    }
    auto doc = readDocument(file);
    const Assessment& a = doc.assessment();
    const Cycle* cycle = &cycleArgument(a, cycleArg, "--cycle");
    const auto sheets = report::actionPlanWorkbook(*cycle, a.profile);
    const std::string title = "Action plan \u2014 " + a.companyName + " \u2014 " + cycle->name;
    for (const auto& out : *outputs) {
        std::string error;
        const bool ok = out.xlsx ? report::writeWorkbookXlsx(sheets, title, out.path, &error)
                                 : report::writeSheetCsv(sheets.front(), out.path, &error);
        if (!ok) {
            std::cerr << "crmw export-actions: " << error << "\n";
            return kFailed;
        }
        std::cout << out.path << " (" << counted(cycle->actions.size(), "action", "actions")
                  << ")\n";
    }
    return kOk;
}

}  // namespace

void addExportActionsCommand(CLI::App& app, CommandAction& action) {
    auto* command = app.add_subcommand(
        "export-actions",
        "Write the tracked actions (with KPI, milestone, capability gap and step 10 sheets) as "
        ".xlsx and/or the actions as .csv");
    command->add_option("FILE", file, "The .crmw document")->required();
    command->add_option("--xlsx", xlsxOut, "Write the workbook here");
    command->add_option("--csv", csvOut, "Write the actions as CSV here");
    command->add_option("--output,-o", output, "Where to write: plan.xlsx or plan.csv");
    command->add_option("--cycle", cycleArg, "Cycle (id or name; default: the current one)");
    command->add_option("--format,-f", formatArg,
                        "xlsx or csv for -o (default: from the output's extension)");
    command->callback([&action] { action = [] { return exportActions(); }; });
}

}  // namespace crm::cli
