#pragma once
// The repeat-purchase model comparison in `crmw analyze`'s JSON and text: the three models'
// fit and holdout figures, the choice in words, the period-count check, the weekly tracking of
// a holdout, and the ranges of the headline figures.
#include <string>

#include <nlohmann/json.hpp>

#include "engine/customers/customer_analysis.h"

namespace crm::cli::customer_data {

// {"compared": [...], "chosen", "chosen_by", "tied_with", "explanation", "repeat_count_check"}
nlohmann::ordered_json modelComparisonJson(const customers::CustomerAnalysis& analysis);

// Added to the holdout object: per model scorecards and the weekly tracking.
void addHoldoutModels(nlohmann::ordered_json& holdout, const customers::HoldoutCheck& check);

// Ranges of one top customer ({"clv": [low, high], ...}), null without a range.
nlohmann::ordered_json customerRangesJson(const customers::CustomerModel& model,
                                          std::uint32_t position);

// The comparison table, the choice sentence and the notes on undetermined parameters.
void printModelComparison(const customers::CustomerAnalysis& analysis);

// "12.3 .. 45.6" for a top customer's CLV range, or empty without one.
std::string lifetimeValueRangeText(const customers::CustomerModel& model, std::uint32_t position);

}  // namespace crm::cli::customer_data
