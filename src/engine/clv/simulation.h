#pragma once
// Customers drawn from known BG/NBD and Gamma-Gamma parameters, for tests and benchmarks.
// Own samplers over std::mt19937_64 so a seed gives the same data with any standard library.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/customer_summary.h"
#include "engine/clv/gamma_gamma.h"

namespace crm::clv {

enum class TimeRecording {
    Exact,             // continuous purchase times
    RoundedToPeriods,  // times rounded to the nearest whole period, every purchase counted: the
                       // model's own process, with histories that group like real summaries
    PurchasePeriods,   // as a transaction summary: purchases in one period count once. BG/NBD
                       // assumes continuous time, so merging same-period purchases of fast
                       // buyers biases a fit (alpha about +6% for CDNOW-like buyers in days)
};

struct BgNbdSimulationOptions {
    double holdoutDuration = 0.0;  // > 0: also count purchases in (T, T + holdout]
    TimeRecording recording = TimeRecording::Exact;  // whole-period modes need whole ages
    std::uint64_t seed = 1;
};

struct SimulatedPurchases {
    std::vector<CustomerSummary> customers;  // monetary left at 0
    std::vector<double> holdoutPurchases;    // empty unless holdoutDuration > 0
};

// One customer per age; each makes a first purchase at time 0 (FHL 2005 section 3).
SimulatedPurchases simulateBgNbd(const BgNbdParams& params, std::span<const double> ages,
                                 const BgNbdSimulationOptions& options);

// Average repeat-purchase value for each frequency (0 for x = 0): nu ~ Gamma(q, rate v),
// the sum of x values ~ Gamma(p x, rate nu).
std::vector<double> simulateAverageValues(const GammaGammaParams& params,
                                          std::span<const int> frequencies, std::uint64_t seed);

}  // namespace crm::clv
