#include "engine/customers/concentration.h"

#include <algorithm>

namespace crm::customers {

namespace {

// Sums of a million cumulative sums of money overflow 64 bits; GCC/Clang have 128.
__extension__ typedef __int128 Int128;

using transactions::TransactionTable;

std::vector<std::uint32_t> worstCustomers(const std::vector<Money>& values,
                                          const CustomerSummaries& summaries,
                                          const TransactionTable& table, std::size_t count) {
    std::vector<std::uint32_t> negative;
    for (std::uint32_t i = 0; i < values.size(); ++i) {
        if (values[i].thousandths < 0) negative.push_back(i);
    }
    const auto worse = [&](std::uint32_t a, std::uint32_t b) {
        if (values[a] != values[b]) return values[a] < values[b];
        return table.customerIds[summaries.customers[a].customer] <
               table.customerIds[summaries.customers[b].customer];
    };
    const std::size_t keep = std::min(count, negative.size());
    std::partial_sort(negative.begin(), negative.begin() + static_cast<std::ptrdiff_t>(keep),
                      negative.end(), worse);
    negative.resize(keep);
    return negative;
}

std::vector<LorenzPoint> lorenzCurve(const std::vector<std::int64_t>& cumulative, double total,
                                     std::size_t maxPoints) {
    const std::size_t n = cumulative.size() - 1;
    const double dn = static_cast<double>(n);
    std::vector<LorenzPoint> points;
    const auto add = [&](std::size_t i) {
        points.push_back({static_cast<double>(i) / dn, static_cast<double>(cumulative[i]) / total});
    };
    if (n + 1 <= maxPoints) {
        for (std::size_t i = 0; i <= n; ++i) add(i);
    } else {
        // Evenly spaced positions that land on real points of the curve, 0 and n included.
        const std::size_t steps = maxPoints - 1;
        for (std::size_t j = 0; j <= steps; ++j)
            add(static_cast<std::size_t>((Int128(j) * n) / steps));
    }
    return points;
}

ValueConcentration measure(const std::vector<Money>& values, const CustomerSummaries& summaries,
                           const TransactionTable& table, const ConcentrationOptions& options) {
    ValueConcentration out;
    const std::size_t n = values.size();
    out.customers = n;
    std::vector<std::int64_t> ascending(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t v = values[i].thousandths;
        ascending[i] = v;
        if (v < 0) {
            ++out.negativeCustomers;
            out.negativeTotal += values[i];
        } else if (v == 0) {
            ++out.zeroCustomers;
        }
    }
    out.worst = worstCustomers(values, summaries, table, options.worstCount);
    if (n == 0) return out;
    std::sort(ascending.begin(), ascending.end());

    // cumulative[i] = sum of the i lowest values, so cumulative[n] is the total.
    std::vector<std::int64_t> cumulative(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) cumulative[i + 1] = cumulative[i] + ascending[i];
    const std::int64_t total = cumulative[n];
    out.total = Money{total};

    out.topCustomers = (n + 4) / 5;
    out.topValue = Money{total - cumulative[n - out.topCustomers]};
    if (total <= 0) return out;
    const double dTotal = static_cast<double>(total);
    out.topShare = static_cast<double>(out.topValue.thousandths) / dTotal;

    // Smallest k with 5 * top_k >= 4 * total, in exact integers.
    for (std::size_t k = 1; k <= n; ++k) {
        const Int128 top = Int128(total) - cumulative[n - k];
        if (5 * top >= 4 * Int128(total)) {
            out.customersFor80 = k;
            break;
        }
    }
    out.customerShareFor80 = static_cast<double>(out.customersFor80) / static_cast<double>(n);

    Int128 trapezoids = 0;
    for (std::size_t i = 1; i <= n; ++i) trapezoids += Int128(cumulative[i - 1]) + cumulative[i];
    const Int128 scale = Int128(n) * total;
    out.gini = static_cast<double>(static_cast<long double>(scale - trapezoids) /
                                   static_cast<long double>(scale));

    out.lorenz = lorenzCurve(cumulative, dTotal, std::max<std::size_t>(options.maxLorenzPoints, 2));
    return out;
}

}  // namespace

Concentration analyzeConcentration(const CustomerSummaries& summaries,
                                   const TransactionTable& table,
                                   const ConcentrationOptions& options) {
    Concentration result;
    std::vector<Money> values;
    values.reserve(summaries.customers.size());
    for (const CustomerSummary& c : summaries.customers) values.push_back(c.netValue);
    result.netValue = measure(values, summaries, table, options);
    if (summaries.hasCost) {
        values.clear();
        for (const CustomerSummary& c : summaries.customers) values.push_back(c.margin);
        result.margin = measure(values, summaries, table, options);
    }
    return result;
}

}  // namespace crm::customers
