#pragma once
// Roll-ups per segment for step 6 (and step 4): customers, net value, margin, mean CLV and
// the share at churn risk.
//
// Grouping: by segment when the table has a segment column, each customer in their primary
// segment (the one with the largest net value, ties to the name first in byte order), so the
// rows partition the customers and add up to the totals; otherwise by RFM group. Every
// segment name (or every RFM group, NoPurchase last) gets a row, in dictionary order, even
// when empty, so the rows are stable for a grid.
//
// CLV and P(alive) come from the CLV model as optional vectors aligned with
// CustomerSummaries::customers (empty span = not available). Non-finite entries (customers
// the model did not score) are skipped: meanClv averages the finite CLVs, and
// churnRiskShare = (finite P(alive) < threshold) / (finite P(alive)).
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "engine/customers/customer_summary.h"
#include "engine/customers/rfm.h"
#include "engine/model/money.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers {

enum class RollupBasis { Segment, RfmGroup };

struct SegmentRollup {
    std::string name;  // segment name, or rfmGroupKey()
    std::size_t customers = 0;
    Money netValue;
    Money margin;  // zero unless the table has cost
    std::optional<double> meanClv;
    std::optional<double> meanProbabilityAlive;  // over the customers with a finite P(alive)
    std::size_t churnRiskCustomers = 0;
    std::optional<double> churnRiskShare;
};

struct SegmentRollups {
    RollupBasis basis = RollupBasis::RfmGroup;
    std::vector<SegmentRollup> rows;
};

struct RollupInputs {
    std::span<const double> clv;     // per customer, currency units
    std::span<const double> pAlive;  // per customer, 0..1
    double churnThreshold = 0.5;     // the profile's threshold: at risk when P(alive) < it
};

// Mean P(alive) and mean CLV of a set of customers, each over the customers the model scored.
struct ValueMeans {
    std::size_t customers = 0;
    std::optional<double> meanProbabilityAlive;
    std::optional<double> meanClv;
};

// The same means by RFM, whatever the segment roll-up's basis: per RFM group, per cell of the
// window's recency x frequency grid, and per "R-F-M" cell (ascending, only cells with a
// customer; customers without a purchase have no cell).
struct RfmValue {
    std::array<ValueMeans, kRfmGroupCount> groups{};
    std::array<std::array<ValueMeans, 5>, 5> recencyFrequency{};  // [recency - 1][frequency - 1]
    std::vector<std::pair<std::string, ValueMeans>> cells;
};

// Throws std::invalid_argument when a non-empty span or rfm is not aligned with the customers.
RfmValue rollUpRfmValue(const RfmResult& rfm, const RollupInputs& inputs);

// Throws std::invalid_argument when a non-empty span or rfm is not aligned with the customers.
SegmentRollups rollUpSegments(const transactions::TransactionTable& table,
                              const CustomerSummaries& summaries, const RfmResult& rfm,
                              const RollupInputs& inputs = {});

}  // namespace crm::customers
