#include "engine/clv/model_predictions.h"

#include <bit>
#include <cmath>
#include <limits>
#include <map>

namespace crm::clv {
namespace {

struct AlivePart {
    double horizonPurchases;
    double discountedPurchases;
};

// sum_i (E[Y(i f) | alive] - E[Y((i-1) f) | alive]) / (1+d)^i, as lifetime_value.cpp.
AlivePart alivePart(const PurchaseModelFit& fit, int x, double age, const PredictionOptions& o) {
    const LifetimeValueOptions& v = o.lifetimeValue;
    double previous = 0.0, discounted = 0.0;
    for (int month = 1; month <= v.months; ++month) {
        const double current = expectedPurchasesIfAlive(fit, month * v.periodsPerMonth, x, age);
        discounted += (current - previous) / std::pow(1.0 + v.monthlyDiscountRate, month);
        previous = current;
    }
    return {expectedPurchasesIfAlive(fit, o.horizonPeriods, x, age), discounted};
}

}  // namespace

std::vector<CustomerPrediction> predictCustomers(const PurchaseModelFit& purchases,
                                                 const GammaGammaParams& spend,
                                                 std::span<const CustomerSummary> customers,
                                                 const PredictionOptions& options) {
    if (purchases.kind == PurchaseModelKind::BgNbd)
        return predictCustomers(purchases.bgNbd(), spend, customers, options);
    std::map<std::pair<int, double>, AlivePart> cache;
    std::vector<CustomerPrediction> out;
    out.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        auto it = cache.find({c.frequency, c.age});
        if (it == cache.end())
            it = cache
                     .emplace(std::pair{c.frequency, c.age},
                              alivePart(purchases, c.frequency, c.age, options))
                     .first;
        CustomerPrediction p;
        p.probabilityAlive = probabilityAlive(purchases, c.frequency, c.recency, c.age);
        p.expectedPurchases = p.probabilityAlive * it->second.horizonPurchases;
        p.expectedAverageValue = expectedAverageValue(spend, c.frequency, c.monetary);
        p.lifetimeValue =
            p.expectedAverageValue * p.probabilityAlive * it->second.discountedPurchases;
        out.push_back(p);
    }
    return out;
}

HeadlineRanges headlineRanges(const PurchaseModelFit& purchases, const GammaGammaFit& spend,
                              std::span<const CustomerSummary> customers,
                              std::span<const std::uint32_t> selected,
                              const PredictionOptions& options) {
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    const std::size_t k = purchases.params.size();
    std::vector<double> params = purchases.params;
    params.insert(params.end(), {spend.params.p, spend.params.q, spend.params.v});
    const std::vector<double> covariance =
        blockDiagonal(purchases.diagnostics.logCovariance, k, spend.diagnostics.logCovariance, 3);
    auto split = [&](std::span<const double> all) {
        return std::pair{withParams(purchases, all.first(k)),
                         GammaGammaParams{all[k], all[k + 1], all[k + 2]}};
    };
    HeadlineRanges out;
    for (const std::uint32_t at : selected) {
        const CustomerSummary& c = customers[at];
        CustomerRanges r;
        r.customer = at;
        r.probabilityAlive = deltaMethodRange(
            [&](std::span<const double> all) {
                return probabilityAlive(split(all).first, c.frequency, c.recency, c.age);
            },
            params, covariance, 0.0, 1.0);
        r.expectedPurchases = deltaMethodRange(
            [&](std::span<const double> all) {
                return expectedPurchases(split(all).first, options.horizonPeriods, c.frequency,
                                         c.recency, c.age);
            },
            params, covariance, 0.0, kInfinity);
        r.lifetimeValue = deltaMethodRange(
            [&](std::span<const double> all) {
                const auto [model, money] = split(all);
                return predictCustomers(model, money, std::span(&c, 1), options)[0].lifetimeValue;
            },
            params, covariance, 0.0, kInfinity);
        out.customers.push_back(r);
    }
    out.totalLifetimeValue = deltaMethodRange(
        [&](std::span<const double> all) {
            const auto [model, money] = split(all);
            double total = 0.0;
            for (const CustomerPrediction& p : predictCustomers(model, money, customers, options))
                if (std::isfinite(p.lifetimeValue)) total += p.lifetimeValue;
            return total;
        },
        params, covariance, 0.0, kInfinity);
    return out;
}

}  // namespace crm::clv
