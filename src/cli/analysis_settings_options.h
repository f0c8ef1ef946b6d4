#pragma once
// crmw set FILE [--calibration-end DATE|none] [--analysis-period P] [--horizon-months N]
// [--monthly-discount-rate R]: the customer analysis settings the window's "Analysis settings"
// dialog changes, and that crmw analyze FILE.crmw and the report use.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "engine/model/assessment.h"

namespace crm::cli {

// The options as given; nullopt for an option not on the command line.
struct AnalysisSettingOptions {
    std::optional<std::string> calibrationEnd;  // a date or "none"
    std::optional<std::string> period;
    std::optional<int> horizonMonths;
    std::optional<double> monthlyDiscountRate;

    bool anyGiven() const {
        return calibrationEnd || period || horizonMonths || monthlyDiscountRate;
    }
    // `current` with the given options laid over it (the values were checked when parsed).
    CustomerAnalysisSettings over(CustomerAnalysisSettings current) const;
};

void addAnalysisSettingOptions(CLI::App* command, AnalysisSettingOptions& options);
// "  analysis: by day, 12 months, 1% a month, holdout check after 2026-04-30"
std::string analysisSettingsLine(const CustomerAnalysisSettings& settings);

}  // namespace crm::cli
