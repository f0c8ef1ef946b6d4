#pragma once
// Roll-ups per segment for step 6 (and step 4): customers, net value, margin, mean CLV and
// the share at churn risk.
//
// Grouping: by segment when the table has a segment column, each customer in their primary
// segment (the one with the largest net value, ties to the lowest segment index), so the
// rows partition the customers and add up to the totals; otherwise by RFM group. Every
// segment name (or every RFM group, NoPurchase last) gets a row, in dictionary order, even
// when empty, so the rows are stable for a grid.
//
// CLV and P(alive) come from the CLV model as optional vectors aligned with
// CustomerSummaries::customers (empty span = not available). Non-finite entries (customers
// the model did not score) are skipped: meanClv averages the finite CLVs, and
// churnRiskShare = (finite P(alive) < threshold) / (finite P(alive)).
#include <cstddef>
#include <optional>
#include <span>
#include <string>
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

// Throws std::invalid_argument when a non-empty span or rfm is not aligned with the customers.
SegmentRollups rollUpSegments(const transactions::TransactionTable& table,
                              const CustomerSummaries& summaries, const RfmResult& rfm,
                              const RollupInputs& inputs = {});

}  // namespace crm::customers
