#pragma once
// Customer lifetime value from BG/NBD (how many purchases) and Gamma-Gamma (how much each),
// as lifetimes' customer_lifetime_value computes it, plus a batch of per-customer predictions.
#include <span>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/customer_summary.h"
#include "engine/clv/gamma_gamma.h"

namespace crm::clv {

enum class PeriodUnit { Hour, Day, Week, Month };

// Periods per month as lifetimes converts them: hour 720, day 30, week 4.345, month 1.
double periodsPerMonth(PeriodUnit unit);

// A discount rate with the period it is stated for. The lifetime value discounts once a month,
// so a yearly rate is turned into the monthly rate that compounds to it over twelve months.
enum class RatePeriod { Month, Year };
struct DiscountRate {
    double rate = 0.01;
    RatePeriod per = RatePeriod::Month;
    double perMonth() const;  // a year: (1 + rate)^(1/12) - 1
};

struct LifetimeValueOptions {
    int months = 12;
    double monthlyDiscountRate = 0.01;
    double periodsPerMonth = 30.0;  // the time unit of the summaries; days by default
};

// sum_{i=1..months} E[M] (E[Y(i f)] - E[Y((i-1) f)]) / (1 + d)^i, f = periods per month,
// E[M] from the Gamma-Gamma model and E[Y] from BG/NBD eq. 10.
double customerLifetimeValue(const BgNbdParams& purchases, const GammaGammaParams& spend,
                             const CustomerSummary& customer,
                             const LifetimeValueOptions& options = {});

struct CustomerPrediction {
    double probabilityAlive = 0.0;
    double expectedPurchases = 0.0;  // in the next horizonPeriods
    double expectedAverageValue = 0.0;
    double lifetimeValue = 0.0;
};

struct PredictionOptions {
    double horizonPeriods = 30.0;
    LifetimeValueOptions lifetimeValue;
};

// Same numbers as the single-customer functions; the recency-free part of eq. 10 is computed
// once per distinct (x, T), so a million customers take a fraction of a second.
std::vector<CustomerPrediction> predictCustomers(const BgNbdParams& purchases,
                                                 const GammaGammaParams& spend,
                                                 std::span<const CustomerSummary> customers,
                                                 const PredictionOptions& options = {});

}  // namespace crm::clv
