#pragma once
// Figures over all customers of the lifetime-value model, taken once here for the report, the
// window and `crmw analyze`: the total and mean predicted lifetime value, the customers at
// churn risk, and the order "highest lifetime value first".
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/customers/customer_analysis.h"

namespace crm::customers {

struct LifetimeValueTotals {
    std::size_t valuedCustomers = 0;     // with a lifetime value (a finite CLV)
    double total = 0.0;                  // sum of those values, in customer order
    std::optional<double> mean;          // total / valuedCustomers; none without a valued customer
    std::size_t churnRiskCustomers = 0;  // with a finite P(alive) below the threshold
};

// Customers the model gives no figure (NaN) are left out of every sum and count.
LifetimeValueTotals lifetimeValueTotals(const CustomerModel& model, double churnThreshold);

// Highest lifetime value first, customers without one after all others, ties by customer id:
// the order of CustomerAnalysis::topLifetimeValue and of the window's customer tables.
// Positions are into CustomerSummaries::customers; customerIds is the table's dictionary.
class HigherLifetimeValue {
  public:
    HigherLifetimeValue(const CustomerModel& model, const CustomerSummaries& summaries,
                        const std::vector<std::string>& customerIds)
        : model_(model), summaries_(summaries), customerIds_(customerIds) {}
    bool operator()(std::uint32_t x, std::uint32_t y) const;

  private:
    const CustomerModel& model_;
    const CustomerSummaries& summaries_;
    const std::vector<std::string>& customerIds_;
};

// Every position in analysis.summaries.customers in that order.
std::vector<std::uint32_t> positionsByLifetimeValue(const CustomerAnalysis& analysis,
                                                    const std::vector<std::string>& customerIds);

}  // namespace crm::customers
