#include "engine/customers/lifetime_value_totals.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crm::customers {

LifetimeValueTotals lifetimeValueTotals(const CustomerModel& model, double churnThreshold) {
    LifetimeValueTotals t;
    for (double value : model.lifetimeValue)
        if (std::isfinite(value)) {
            t.total += value;
            ++t.valuedCustomers;
        }
    if (t.valuedCustomers > 0) t.mean = t.total / static_cast<double>(t.valuedCustomers);
    for (double alive : model.probabilityAlive)
        if (std::isfinite(alive) && alive < churnThreshold) ++t.churnRiskCustomers;
    return t;
}

bool HigherLifetimeValue::operator()(std::uint32_t x, std::uint32_t y) const {
    const std::vector<double>& clv = model_.lifetimeValue;
    // Without a figure counts as lower than any figure.
    auto value = [&clv](std::uint32_t p) {
        return p < clv.size() && std::isfinite(clv[p]) ? clv[p] : -HUGE_VAL;
    };
    const double vx = value(x), vy = value(y);
    if (vx != vy) return vx > vy;
    return customerIds_[summaries_.customers[x].customer] <
           customerIds_[summaries_.customers[y].customer];
}

std::vector<std::uint32_t> positionsByLifetimeValue(const CustomerAnalysis& analysis,
                                                    const std::vector<std::string>& customerIds) {
    std::vector<std::uint32_t> order(analysis.summaries.customers.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              HigherLifetimeValue(analysis.model, analysis.summaries, customerIds));
    return order;
}

}  // namespace crm::customers
