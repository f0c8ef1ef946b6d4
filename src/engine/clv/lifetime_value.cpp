#include "engine/clv/lifetime_value.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace crm::clv {
namespace {

// P(alive) is common to every month, so CLV = E[M] P(alive) * this (lifetimes' loop with the
// alive part of eq. 10): sum_i (E[Y(i f) | alive] - E[Y((i-1) f) | alive]) / (1+d)^i.
double discountedPurchasesIfAlive(const BgNbdParams& p, int frequency, double age,
                                  const LifetimeValueOptions& o) {
    double previous = 0.0, total = 0.0;
    for (int month = 1; month <= o.months; ++month) {
        const double current =
            expectedPurchasesIfAlive(p, month * o.periodsPerMonth, frequency, age);
        total += (current - previous) / std::pow(1.0 + o.monthlyDiscountRate, month);
        previous = current;
    }
    return total;
}

struct FrequencyAge {
    int frequency;
    std::uint64_t ageBits;
    bool operator==(const FrequencyAge&) const = default;
};

struct FrequencyAgeHash {
    std::size_t operator()(const FrequencyAge& k) const {
        std::uint64_t h =
            k.ageBits * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(k.frequency);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        return static_cast<std::size_t>(h ^ (h >> 32));
    }
};

struct AlivePart {
    double horizonPurchases;
    double discountedPurchases;
};

}  // namespace

double DiscountRate::perMonth() const {
    return per == RatePeriod::Month ? rate : std::pow(1.0 + rate, 1.0 / 12.0) - 1.0;
}

double periodsPerMonth(PeriodUnit unit) {
    switch (unit) {
        case PeriodUnit::Hour:
            return 30.0 * 24.0;
        case PeriodUnit::Day:
            return 30.0;
        case PeriodUnit::Week:
            return 4.345;
        case PeriodUnit::Month:
            return 1.0;
    }
    return 30.0;
}

double customerLifetimeValue(const BgNbdParams& purchases, const GammaGammaParams& spend,
                             const CustomerSummary& c, const LifetimeValueOptions& options) {
    return expectedAverageValue(spend, c.frequency, c.monetary) *
           probabilityAlive(purchases, c.frequency, c.recency, c.age) *
           discountedPurchasesIfAlive(purchases, c.frequency, c.age, options);
}

std::vector<CustomerPrediction> predictCustomers(const BgNbdParams& purchases,
                                                 const GammaGammaParams& spend,
                                                 std::span<const CustomerSummary> customers,
                                                 const PredictionOptions& options) {
    std::unordered_map<FrequencyAge, AlivePart, FrequencyAgeHash> cache;
    std::vector<CustomerPrediction> predictions;
    predictions.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        const FrequencyAge key{c.frequency, std::bit_cast<std::uint64_t>(c.age)};
        auto it = cache.find(key);
        if (it == cache.end()) {
            const AlivePart part{
                expectedPurchasesIfAlive(purchases, options.horizonPeriods, c.frequency, c.age),
                discountedPurchasesIfAlive(purchases, c.frequency, c.age, options.lifetimeValue)};
            it = cache.emplace(key, part).first;
        }
        CustomerPrediction prediction;
        prediction.probabilityAlive = probabilityAlive(purchases, c.frequency, c.recency, c.age);
        prediction.expectedPurchases = prediction.probabilityAlive * it->second.horizonPurchases;
        prediction.expectedAverageValue = expectedAverageValue(spend, c.frequency, c.monetary);
        prediction.lifetimeValue = prediction.expectedAverageValue * prediction.probabilityAlive *
                                   it->second.discountedPurchases;
        predictions.push_back(prediction);
    }
    return predictions;
}

}  // namespace crm::clv
