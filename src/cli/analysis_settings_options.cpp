#include "cli/analysis_settings_options.h"

#include <fmt/format.h>

#include "engine/customers/analysis_settings.h"
#include "engine/model/field_value.h"

namespace crm::cli {

namespace {

std::string checkCalibrationEnd(const std::string& value) {
    if (value == "none" || parseIsoDate(value)) return {};
    return fmt::format("'{}' is not a date YYYY-MM-DD (or none: no holdout check)", value);
}

std::string checkPeriod(const std::string& value) {
    if (customers::periodFromKey(value)) return {};
    return fmt::format("'{}' is not a period: {}", value, customers::periodKeyList());
}

}  // namespace

CustomerAnalysisSettings AnalysisSettingOptions::over(CustomerAnalysisSettings current) const {
    if (calibrationEnd)
        current.calibrationEnd =
            *calibrationEnd == "none" ? std::nullopt : parseIsoDate(*calibrationEnd);
    if (period) current.period = customers::periodFromKey(*period).value_or(current.period);
    if (horizonMonths) current.horizonMonths = *horizonMonths;
    if (monthlyDiscountRate) current.monthlyDiscountRate = *monthlyDiscountRate;
    return current;
}

void addAnalysisSettingOptions(CLI::App* command, AnalysisSettingOptions& options) {
    command
        ->add_option("--calibration-end", options.calibrationEnd,
                     "Customer analysis: the last day the models are fitted on before their "
                     "predictions are checked against the rest; none = no holdout check")
        ->type_name("DATE|none")
        ->check(CLI::Validator(checkCalibrationEnd, "DATE|none", "calibration end"));
    command
        ->add_option("--analysis-period", options.period,
                     "Customer analysis: the model's time unit: " + customers::periodKeyList())
        ->type_name("PERIOD")
        ->check(CLI::Validator(checkPeriod, "PERIOD", "period"));
    command
        ->add_option("--horizon-months", options.horizonMonths,
                     "Customer analysis: the lifetime-value horizon in months")
        ->type_name("N")
        ->check(CLI::Range(kMinHorizonMonths, kMaxHorizonMonths));
    command
        ->add_option("--monthly-discount-rate", options.monthlyDiscountRate,
                     "Customer analysis: the discount per month of the lifetime value, as a "
                     "fraction (0.01 = 1%)")
        ->type_name("R")
        ->check(CLI::Range(0.0, kMaxMonthlyDiscountRate));
}

std::string analysisSettingsLine(const CustomerAnalysisSettings& settings) {
    return fmt::format(
        "  analysis: by {}, {} months, {} a month, {}\n", customers::periodKey(settings.period),
        settings.horizonMonths, settings.monthlyDiscountRate,
        settings.calibrationEnd ? "holdout check after " + formatDate(*settings.calibrationEnd)
                                : std::string("no holdout check"));
}

}  // namespace crm::cli
