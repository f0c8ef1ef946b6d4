// Fits on customers simulated from known parameters, and the data a fit cannot use.
//
// Tolerance: each estimate must lie within 4 standard errors of the truth, the standard errors
// coming from the fit's own observed information. The simulated histories follow the model
// exactly (times rounded to whole days, which is unbiased), so a correct fit misses by more
// than 4 SE with probability ~6e-5 per parameter; the seeds are fixed, so the tests are
// deterministic anyway.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>

#include "engine/clv/bgnbd.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;

namespace {

// CDNOW's weekly parameters in days.
const BgNbdParams kTruth{0.243, 4.414 * 7.0, 0.793, 2.426};

// First purchases spread over 12 weeks, observation ending on day 273 (CDNOW's design).
std::vector<double> cdnowLikeAges(std::size_t n) {
    std::vector<double> ages(n);
    for (std::size_t i = 0; i < n; ++i) ages[i] = 189.0 + static_cast<double>(i % 85);
    return ages;
}

void checkRecovers(const BgNbdFit& fit, const BgNbdParams& truth) {
    const FitDiagnostics& d = fit.diagnostics;
    INFO(d.message);
    REQUIRE(d.status == FitStatus::Converged);
    REQUIRE(d.standardErrors.size() == 4);
    const double estimates[] = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
    const double expected[] = {truth.r, truth.alpha, truth.a, truth.b};
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("parameter " << i << ": " << estimates[i] << " vs " << expected[i] << ", SE "
                          << d.standardErrors[i]);
        CHECK(std::abs(estimates[i] - expected[i]) < 4.0 * d.standardErrors[i]);
    }
}

SimulatedPurchases simulate(const std::vector<double>& ages, std::uint64_t seed) {
    return simulateBgNbd(kTruth, ages, {0.0, TimeRecording::RoundedToPeriods, seed});
}

}  // namespace

TEST_CASE("A million simulated customers: grouping and fit recover the parameters",
          "[clv][bgnbd][simulated]") {
    const auto start = std::chrono::steady_clock::now();
    const SimulatedPurchases data = simulate(cdnowLikeAges(1'000'000), 20240601);
    const GroupedHistories grouped = groupByHistory(data.customers);
    const BgNbdFit fit = fitBgNbd(grouped);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("1M customers: generation + grouping + fit " << seconds << " s, " << grouped.groups.size()
                                                      << " rows");
    CHECK(grouped.groups.size() < 150'000);
    checkRecovers(fit, kTruth);
    CHECK(fit.diagnostics.warnings.empty());
}

TEST_CASE("Exact purchase times: the fit recovers the parameters", "[clv][bgnbd][simulated]") {
    const SimulatedPurchases data =
        simulateBgNbd(kTruth, cdnowLikeAges(50'000), {0.0, TimeRecording::Exact, 7});
    checkRecovers(fitBgNbd(data.customers), kTruth);
}

TEST_CASE("Most customers at the maximum age", "[clv][bgnbd][simulated]") {
    // 90% joined on the first day; the rest over the following 12 weeks.
    std::vector<double> ages(200'000, 273.0);
    for (std::size_t i = 0; i < ages.size(); i += 10)
        ages[i] = 189.0 + static_cast<double>(i / 10 % 85);
    checkRecovers(fitBgNbd(simulate(ages, 11).customers), kTruth);
}

TEST_CASE("A single cohort (everyone the same age) still identifies the model",
          "[clv][bgnbd][simulated]") {
    const std::vector<double> ages(100'000, 273.0);
    const BgNbdFit fit = fitBgNbd(simulate(ages, 12).customers);
    checkRecovers(fit, kTruth);
    REQUIRE(fit.diagnostics.warnings.size() == 1);
    CHECK(fit.diagnostics.warnings[0].find("same age") != std::string::npos);
}

TEST_CASE("Summaries with merged same-day purchases still fit", "[clv][bgnbd][simulated]") {
    // What real transaction summaries look like; see TimeRecording::PurchasePeriods for the bias.
    const SimulatedPurchases data =
        simulateBgNbd(kTruth, cdnowLikeAges(100'000), {0.0, TimeRecording::PurchasePeriods, 3});
    const BgNbdFit fit = fitBgNbd(data.customers);
    CHECK(fit.diagnostics.converged);
    CHECK(std::abs(fit.params.alpha / kTruth.alpha - 1.0) < 0.15);
}

TEST_CASE("Data that cannot support the model get a clear diagnostic", "[clv][bgnbd][edge]") {
    SECTION("no customers") {
        const BgNbdFit fit = fitBgNbd(std::vector<CustomerSummary>{});
        CHECK(fit.diagnostics.status == FitStatus::InsufficientData);
        CHECK_FALSE(fit.diagnostics.converged);
        CHECK(std::isnan(fit.params.r));
    }
    SECTION("too few customers") {
        const std::vector<CustomerSummary> few(5, CustomerSummary{1, 2.0, 5.0, 0.0});
        const BgNbdFit fit = fitBgNbd(few);
        CHECK(fit.diagnostics.status == FitStatus::InsufficientData);
        CHECK(fit.diagnostics.message.find("at least 10") != std::string::npos);
    }
    SECTION("nobody bought again") {
        std::vector<CustomerSummary> oneTime;
        for (int i = 0; i < 1000; ++i) oneTime.push_back({0, 0.0, 10.0 + i % 30, 0.0});
        const BgNbdFit fit = fitBgNbd(oneTime);
        CHECK(fit.diagnostics.status == FitStatus::InsufficientData);
        CHECK(fit.diagnostics.message.find("No customer bought again") != std::string::npos);
    }
    SECTION("every customer is brand new") {
        const std::vector<CustomerSummary> fresh(100, CustomerSummary{0, 0.0, 0.0, 0.0});
        CHECK(fitBgNbd(fresh).diagnostics.status == FitStatus::InsufficientData);
    }
    SECTION("an impossible summary") {
        std::vector<CustomerSummary> customers(100, CustomerSummary{1, 2.0, 5.0, 0.0});
        customers[41].recency = 9.0;
        const BgNbdFit fit = fitBgNbd(customers);
        CHECK(fit.diagnostics.status == FitStatus::InvalidInput);
        CHECK(fit.diagnostics.message.find("customer #42") != std::string::npos);
    }
    SECTION("no sign of anyone dropping out") {
        // Every repeat buyer bought in the last period: p -> 0 fits best.
        std::vector<CustomerSummary> loyal;
        for (int i = 0; i < 2000; ++i) {
            const double age = 20.0 + i % 20;
            loyal.push_back(i % 3 == 0 ? CustomerSummary{0, 0.0, age, 0.0}
                                       : CustomerSummary{1 + i % 5, age, age, 0.0});
        }
        const BgNbdFit fit = fitBgNbd(loyal);
        INFO(fit.diagnostics.message);
        CHECK(fit.diagnostics.status == FitStatus::Unidentified);
        CHECK_FALSE(fit.diagnostics.converged);
        CHECK(fit.diagnostics.message.find("dropping out") != std::string::npos);
        // Predictions from such a fit stay finite.
        CHECK(std::isfinite(expectedPurchases(fit.params, 10.0, 3, 30.0, 30.0)));
    }
}

TEST_CASE("The penalizer follows lifetimes' definition", "[clv][bgnbd]") {
    const SimulatedPurchases data = simulate(cdnowLikeAges(20'000), 5);
    double maxAge = 0.0, repeatPurchases = 0.0;
    for (const CustomerSummary& c : data.customers) {
        maxAge = std::max(maxAge, c.age);
        repeatPurchases += c.frequency;
    }
    const double coef = 0.01;
    const BgNbdFit plain = fitBgNbd(data.customers);
    const BgNbdFit penalized = fitBgNbd(data.customers, {.penalizerCoef = coef});
    const BgNbdParams& p = penalized.params;
    // objective = -LL' / N + coef (r^2 + alpha'^2 + a^2 + b^2), primes: time in units of max(T)
    // (LL' = LL - sum(x) ln(1 / max T): the likelihood is a density in the purchase times).
    const double scaledAlpha = p.alpha / maxAge;
    const double scaledLogLikelihood =
        penalized.diagnostics.logLikelihood + repeatPurchases * std::log(maxAge);
    const double expected = -scaledLogLikelihood / 20'000.0 +
                            coef * (p.r * p.r + scaledAlpha * scaledAlpha + p.a * p.a + p.b * p.b);
    CHECK_THAT(penalized.diagnostics.objective, Catch::Matchers::WithinRel(expected, 1e-12));
    CHECK(penalized.diagnostics.logLikelihood < plain.diagnostics.logLikelihood);
    CHECK(p.b < plain.params.b);  // shrunk
    CHECK(penalized.diagnostics.warnings.back().find("Penalized") != std::string::npos);
}
