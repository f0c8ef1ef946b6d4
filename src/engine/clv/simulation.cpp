#include "engine/clv/simulation.h"

#include <cmath>
#include <numbers>
#include <random>

namespace crm::clv {
namespace {

class Sampler {
  public:
    explicit Sampler(std::uint64_t seed) : engine_(seed) {}

    double uniform() {  // open interval (0, 1), 53 random bits
        return (static_cast<double>(engine_() >> 11) + 0.5) * 0x1.0p-53;
    }
    double exponential() { return -std::log(uniform()); }
    double normal() {  // Box-Muller, one of the pair
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    }
    // Gamma(shape, scale 1): Marsaglia & Tsang (2000), with the shape < 1 boost.
    double gamma(double shape) {
        if (shape < 1.0) return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0.0) continue;
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
            if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
        }
    }
    double beta(double a, double b) {
        const double ga = gamma(a);
        const double gb = gamma(b);
        if (ga + gb == 0.0) return uniform() < a / (a + b) ? 1.0 : 0.0;
        return ga / (ga + gb);
    }

  private:
    std::mt19937_64 engine_;
};

}  // namespace

SimulatedPurchases simulateBgNbd(const BgNbdParams& params, std::span<const double> ages,
                                 const BgNbdSimulationOptions& options) {
    Sampler sampler(options.seed);
    SimulatedPurchases out;
    out.customers.reserve(ages.size());
    const bool holdout = options.holdoutDuration > 0.0;
    if (holdout) out.holdoutPurchases.reserve(ages.size());
    const bool exact = options.recording == TimeRecording::Exact;
    const bool merge = options.recording == TimeRecording::PurchasePeriods;
    for (const double age : ages) {
        const double rate = sampler.gamma(params.r) / params.alpha;
        const double dropout = sampler.beta(params.a, params.b);
        const double end = age + options.holdoutDuration;
        CustomerSummary c{0, 0.0, age, 0.0};
        double time = 0.0, holdoutCount = 0.0, lastHoldoutPeriod = age;
        for (;;) {
            time += sampler.exponential() / rate;
            if (!(time <= end)) break;
            if (time <= age) {
                const double when = exact ? time : std::min(std::round(time), age);
                if (!merge || when > c.recency) {
                    ++c.frequency;
                    c.recency = when;
                }
            } else {
                const double period = std::max(std::round(time), age + 1.0);
                if (!merge || period > lastHoldoutPeriod) holdoutCount += 1.0;
                lastHoldoutPeriod = period;
            }
            if (sampler.uniform() < dropout) break;  // dropout follows a repeat purchase
        }
        out.customers.push_back(c);
        if (holdout) out.holdoutPurchases.push_back(holdoutCount);
    }
    return out;
}

std::vector<double> simulateAverageValues(const GammaGammaParams& params,
                                          std::span<const int> frequencies, std::uint64_t seed) {
    Sampler sampler(seed);
    std::vector<double> values;
    values.reserve(frequencies.size());
    for (const int x : frequencies) {
        if (x <= 0) {
            values.push_back(0.0);
            continue;
        }
        const double nu = sampler.gamma(params.q) / params.v;
        const double xd = static_cast<double>(x);
        values.push_back(sampler.gamma(params.p * xd) / nu / xd);
    }
    return values;
}

}  // namespace crm::clv
