#pragma once
// crmw analyze DATA.csv|FILE.crmw [mapping options] [--period day|week|calendar-week|month]
//              [--observation-end DATE] [--calibration-end DATE] [--months N]
//              [--discount-rate R | --annual-discount-rate R] [--json OUT] [--customers-csv OUT]
#include <CLI/CLI.hpp>

#include "cli/document_commands.h"

namespace crm::cli::customer_data {

void addAnalyzeCommand(CLI::App& app, CommandAction& action);

}  // namespace crm::cli::customer_data
