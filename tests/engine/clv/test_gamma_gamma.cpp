#include <catch2/catch.hpp>

#include <cmath>

#include "engine/clv/gamma_gamma.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;
using Catch::Matchers::WithinRel;

namespace {

// Fader & Hardie's CDNOW estimates (note 025), used as a realistic truth.
const GammaGammaParams kTruth{6.25, 3.74, 15.44};

std::vector<CustomerSummary> simulatedRepeatBuyers(const GammaGammaParams& truth, std::size_t n,
                                                   std::uint64_t seed) {
    std::vector<int> frequencies(n);
    for (std::size_t i = 0; i < n; ++i) frequencies[i] = 1 + static_cast<int>(i % 10);
    const std::vector<double> values = simulateAverageValues(truth, frequencies, seed);
    std::vector<CustomerSummary> customers(n);
    for (std::size_t i = 0; i < n; ++i) customers[i] = {frequencies[i], 1.0, 2.0, values[i]};
    return customers;
}

}  // namespace

TEST_CASE("Gamma-Gamma likelihood of hand-checkable customers", "[clv][gammagamma]") {
    // p = q = v = 1, x = 1, m = 10: G(2)/(G(1) G(1)) * 1 * 10^0 * 1 / 11^2.
    CHECK_THAT(gammaGammaLogLikelihood({1.0, 1.0, 1.0}, 1, 10.0),
               WithinRel(-2.0 * std::log(11.0), 1e-14));
    // p = 2, q = 3, v = 4, x = 2, m = 5: G(7)/(G(4) G(3)) 4^3 5^3 2^4 / 14^7 = 60 * 128000 / 14^7.
    CHECK_THAT(gammaGammaLogLikelihood({2.0, 3.0, 4.0}, 2, 5.0),
               WithinRel(std::log(60.0 * 128000.0 / std::pow(14.0, 7)), 1e-13));
}

TEST_CASE("Expected average value by hand", "[clv][gammagamma]") {
    // (v p + p x m) / (p x + q - 1) = (96.5 + 375) / 15.24 for x = 2, m = 30.
    CHECK_THAT(expectedAverageValue(kTruth, 2, 30.0), WithinRel(471.5 / 15.24, 1e-14));
    // x = 0 gives the population mean v p / (q - 1).
    CHECK_THAT(expectedAverageValue(kTruth, 0, 0.0), WithinRel(96.5 / 2.74, 1e-14));
    CHECK_THAT(populationMeanValue(kTruth), WithinRel(96.5 / 2.74, 1e-14));
    CHECK(std::isinf(populationMeanValue({1.0, 0.9, 1.0})));
    // Many purchases: the customer's own average dominates.
    CHECK_THAT(expectedAverageValue(kTruth, 10000, 30.0), WithinRel(30.0, 1e-3));
}

TEST_CASE("Gamma-Gamma fit recovers simulated parameters", "[clv][gammagamma]") {
    // Within 4 standard errors from the fit's observed information (see test_bgnbd_simulated).
    const GammaGammaFit fit = fitGammaGamma(simulatedRepeatBuyers(kTruth, 20000, 99));
    const FitDiagnostics& d = fit.diagnostics;
    INFO(d.message);
    REQUIRE(d.status == FitStatus::Converged);
    REQUIRE(d.standardErrors.size() == 3);
    const double estimates[] = {fit.params.p, fit.params.q, fit.params.v};
    const double expected[] = {kTruth.p, kTruth.q, kTruth.v};
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("parameter " << i << ": " << estimates[i] << " SE " << d.standardErrors[i]);
        CHECK(std::abs(estimates[i] - expected[i]) < 4.0 * d.standardErrors[i]);
    }
    CHECK(d.customers == 20000.0);
    CHECK(d.warnings.empty());
}

TEST_CASE("Gamma-Gamma log-likelihood is in the data's money unit", "[clv][gammagamma]") {
    const auto customers = simulatedRepeatBuyers(kTruth, 2000, 5);
    const GammaGammaFit fit = fitGammaGamma(customers);
    double sum = 0.0;
    for (const CustomerSummary& c : customers)
        sum += gammaGammaLogLikelihood(fit.params, c.frequency, c.monetary);
    CHECK_THAT(fit.diagnostics.logLikelihood, WithinRel(sum, 1e-12));
    // Prices in cents: same p and q, v times 100.
    auto inCents = customers;
    for (CustomerSummary& c : inCents) c.monetary *= 100.0;
    const GammaGammaFit cents = fitGammaGamma(inCents);
    CHECK_THAT(cents.params.p, WithinRel(fit.params.p, 1e-6));
    CHECK_THAT(cents.params.q, WithinRel(fit.params.q, 1e-6));
    CHECK_THAT(cents.params.v, WithinRel(100.0 * fit.params.v, 1e-6));
}

TEST_CASE("Gamma-Gamma reports unusable data", "[clv][gammagamma][edge]") {
    SECTION("too few repeat customers") {
        std::vector<CustomerSummary> customers(100, CustomerSummary{0, 0.0, 5.0, 0.0});
        customers[0] = {2, 3.0, 5.0, 20.0};
        const GammaGammaFit fit = fitGammaGamma(customers);
        CHECK(fit.diagnostics.status == FitStatus::InsufficientData);
        CHECK(std::isnan(fit.params.p));
    }
    SECTION("non-positive values are left out and counted") {
        auto customers = simulatedRepeatBuyers(kTruth, 1000, 8);
        customers[3].monetary = -5.0;
        customers[4].monetary = 0.0;
        const GammaGammaFit fit = fitGammaGamma(customers);
        CHECK(fit.diagnostics.customers == 998.0);
        bool counted = false;
        for (const auto& w : fit.diagnostics.warnings)
            counted |= w.find("2 repeat customers") != std::string::npos;
        CHECK(counted);
    }
    SECTION("spend that follows frequency breaks the independence assumption") {
        auto customers = simulatedRepeatBuyers(kTruth, 2000, 9);
        for (CustomerSummary& c : customers) c.monetary *= c.frequency;
        bool warned = false;
        for (const auto& w : fitGammaGamma(customers).diagnostics.warnings)
            warned |= w.find("correlated") != std::string::npos;
        CHECK(warned);
    }
    SECTION("identical spend everywhere cannot be fitted") {
        std::vector<CustomerSummary> same(500, CustomerSummary{3, 4.0, 10.0, 25.0});
        const GammaGammaFit fit = fitGammaGamma(same);
        INFO(fit.diagnostics.message);
        CHECK(fit.diagnostics.status == FitStatus::Unidentified);
    }
}

TEST_CASE("q can be held at 1 or above, as lifetimes' q_constraint", "[clv][gammagamma]") {
    const auto customers = simulatedRepeatBuyers({2.0, 0.7, 10.0}, 5000, 4);
    const GammaGammaFit free = fitGammaGamma(customers);
    CHECK(free.params.q < 1.0);
    CHECK_FALSE(free.diagnostics.warnings.empty());
    const GammaGammaFit held = fitGammaGamma(customers, {.constrainQAtLeastOne = true});
    INFO(held.diagnostics.message);
    CHECK(held.params.q >= 1.0);
    CHECK(held.params.q < 1.0 + 1e-6);
    CHECK(held.diagnostics.converged);
}
