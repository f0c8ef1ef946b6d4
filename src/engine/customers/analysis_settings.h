#pragma once
// The names of the analysis periods, in one table: the key files and the command line use
// ("day") and the label a reader sees ("Day"), and the document's analysis settings as the
// engine's options. A new period convention is one more row in analysis_settings.cpp.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/customers/customer_analysis.h"
#include "engine/model/assessment.h"

namespace crm::customers {

struct AnalysisPeriodName {
    PeriodConvention period;
    std::string_view key;    // in files and on the command line; never translated
    std::string_view label;  // English; translated where shown (assessment catalog)
};

// Every period the settings may hold, in the order the window offers them.
std::span<const AnalysisPeriodName> analysisPeriodNames();
std::optional<PeriodConvention> periodFromKey(std::string_view key);
std::string_view periodKey(PeriodConvention period);
std::string_view periodLabel(PeriodConvention period);
std::string periodKeyList();  // "day, week, calendar-week"

// The engine's options as the document's settings ask for them. The calibration end is taken
// only when it falls within the lines' dates (calibrationEndWithin); `table` may be null when
// the lines are not at hand (the caller checks the day itself).
AnalysisOptions analysisOptionsFrom(const CustomerAnalysisSettings& settings,
                                    const transactions::TransactionTable* table);

}  // namespace crm::customers
