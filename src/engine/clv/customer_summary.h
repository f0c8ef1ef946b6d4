#pragma once
// Per-customer purchase histories in the conventions of lifetimes'
// summary_data_from_transaction_data, and their grouping into weighted rows.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/text/phrase.h"

namespace crm::clv {

// Times are counted in periods (a day or a week) since the customer's first purchase.
struct CustomerSummary {
    int frequency = 0;      // x: repeat purchase periods (purchase periods - 1)
    double recency = 0.0;   // t_x: period of the last purchase; 0 when frequency == 0
    double age = 0.0;       // T: periods from the first purchase to the end of observation
    double monetary = 0.0;  // mean value of the repeat purchase periods (unused when x == 0)
};

// A plain-language reason why the summary cannot come from a purchase history, or nullopt.
std::optional<text::Phrase> findSummaryProblem(const CustomerSummary& customer);

// Customers with the same (x, t_x, T) have the same BG/NBD likelihood, so a fit evaluates
// each distinct history once, weighted by its count (Fader, Hardie & Lee 2005, section 7).
struct HistoryGroup {
    int frequency = 0;
    double recency = 0.0;
    double age = 0.0;
    double customers = 0.0;
};

struct GroupedHistories {
    std::vector<HistoryGroup> groups;            // in order of first appearance
    std::vector<std::uint32_t> groupOfCustomer;  // per input customer, index into groups
    double customers = 0.0;
};

// Groups by exact equality of (frequency, recency, age); does not validate.
GroupedHistories groupByHistory(std::span<const CustomerSummary> customers);

}  // namespace crm::clv
