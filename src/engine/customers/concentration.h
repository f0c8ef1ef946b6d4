#pragma once
// How concentrated value is: top-20% share, the share of customers that makes 80% of value,
// the Lorenz curve and the Gini coefficient, plus exact counts of customers whose value is
// negative or zero and the worst of them. Computed for net value and, when the table has
// cost, for margin. Every sum is an exact integer; a double appears only in final ratios.
//
// Population: every customer in CustomerSummaries (n of them), including those without a
// purchase. Conceptual order: value descending, ties by customer id; ties change no figure
// here except the order of the worst-customer list.
//   top share        = value of the top k = ceil(n / 5) customers / total value
//   customers for 80% = smallest k with (value of the top k) >= 0.8 * total, as k / n
//   Lorenz curve     = points (i / n, C_i / total) for i = 0..n, C_i = the sum of the i
//                      lowest values (ascending order). With negative values the curve
//                      dips below 0 before it rises to 1.
//   Gini             = 1 - 2 * (area under the Lorenz curve, trapezoids)
//                    = 1 - sum_{i=1..n} (C_{i-1} + C_i) / (n * total)
//                      applied unchanged to signed values: with negative values it can
//                      exceed 1 (no renormalisation).
// When the total is zero or negative, the ratios above are undefined: nullopt / empty curve.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/customers/customer_summary.h"
#include "engine/model/money.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers {

struct LorenzPoint {
    double customerShare = 0.0;  // i / n
    double valueShare = 0.0;     // C_i / total
};

struct ValueConcentration {
    std::size_t customers = 0;
    Money total;
    std::size_t negativeCustomers = 0;
    std::size_t zeroCustomers = 0;
    Money negativeTotal;  // the sum of the negative values (what the losers cost)

    std::size_t topCustomers = 0;  // ceil(n / 5)
    Money topValue;
    std::optional<double> topShare;

    std::size_t customersFor80 = 0;
    std::optional<double> customerShareFor80;

    std::optional<double> gini;
    std::vector<LorenzPoint> lorenz;  // at most maxLorenzPoints, first (0,0) and last (1,1)

    // Positions in CustomerSummaries::customers of the customers with a negative value, the
    // most negative first (ties by customer id), at most worstCount of them.
    std::vector<std::uint32_t> worst;
};

struct ConcentrationOptions {
    std::size_t worstCount = 20;
    std::size_t maxLorenzPoints = 101;  // >= 2; the curve keeps its exact endpoints
};

struct Concentration {
    ValueConcentration netValue;
    std::optional<ValueConcentration> margin;  // when the table has cost
};

Concentration analyzeConcentration(const CustomerSummaries& summaries,
                                   const transactions::TransactionTable& table,
                                   const ConcentrationOptions& options = {});

}  // namespace crm::customers
