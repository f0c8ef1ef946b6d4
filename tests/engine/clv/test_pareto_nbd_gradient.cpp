// The Pareto/NBD analytic gradient against central differences of the likelihood itself, on
// both sides of alpha = beta, where the series hands over to the integral (one rate far
// smaller than the other) and for a last purchase at the end.
#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <vector>

#include "engine/clv/log_space_minimizer.h"
#include "engine/clv/model_fit.h"
#include "engine/clv/pareto_nbd.h"
#include "engine/clv/pareto_nbd_likelihood.h"
#include "engine/clv/special_functions.h"

using namespace crm::clv;
using Catch::Matchers::WithinAbs;

namespace {

double historyLogLikelihood(const ParetoNbdParams& p, int x, double tx, double T,
                            std::span<double> gradient) {
    using detail::digamma;
    using detail::lnGamma;
    const double rx = p.r + x;
    return detail::paretoNbdHistoryLogLikelihood(p, x, tx, T, lnGamma(rx) - lnGamma(p.r),
                                                 digamma(rx) - digamma(p.r), gradient);
}

void checkGradient(const ParetoNbdParams& p, int x, double tx, double T) {
    std::array<double, 4> analytic{};
    const double value = historyLogLikelihood(p, x, tx, T, analytic);
    // The gradient path gives the same likelihood as the public one.
    CHECK_THAT(value, WithinAbs(paretoNbdLogLikelihood(p, x, tx, T), 1e-9));
    const std::array<double, 4> at{p.r, p.alpha, p.s, p.beta};
    const std::vector<double> numeric = detail::centralDifferenceGradient(
        [&](std::span<const double> q) {
            return paretoNbdLogLikelihood({q[0], q[1], q[2], q[3]}, x, tx, T);
        },
        at, 1e-5);
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("parameter " << i << " x " << x << " t_x " << tx << " T " << T);
        CHECK_THAT(analytic[i], WithinAbs(numeric[i], 1e-6 * std::max(1.0, std::abs(numeric[i]))));
    }
}

}  // namespace

TEST_CASE("Pareto/NBD analytic gradient equals central differences", "[clv][pareto]") {
    const std::vector<ParetoNbdParams> params{
        {0.55, 10.58, 0.61, 11.66},  // CDNOW (weeks): alpha < beta, z small
        {1.5, 5.0, 1.2, 2.0},        // alpha > beta
        {0.8, 3.0, 2.5, 3.0},        // alpha = beta: z = 0
        {0.55, 0.02, 0.3, 60.0},     // z near 1: the integral form
        {2.0, 80.0, 0.05, 0.01},     // beta far below alpha: the integral form on the other side
    };
    for (const ParetoNbdParams& p : params) {
        checkGradient(p, 0, 0.0, 39.0);
        checkGradient(p, 2, 30.43, 38.86);
        checkGradient(p, 26, 30.85714, 31.0);
        checkGradient(p, 4, 12.0, 12.0);  // last purchase at the end: no death term
    }
}

TEST_CASE("A minimization running off to a boundary stops there", "[clv][minimizer]") {
    // exp(x0) keeps falling as x0 -> -inf (a parameter running to zero); x1 has its optimum at 1.
    const detail::LogSpaceObjective runaway = [](std::span<const double> x, std::span<double> g) {
        if (!g.empty()) {
            g[0] = std::exp(x[0]);
            g[1] = 2.0 * (x[1] - 1.0);
        }
        return std::exp(x[0]) + (x[1] - 1.0) * (x[1] - 1.0);
    };
    detail::MinimizerSettings settings;
    settings.runawayLogDistance = 3.0;
    const detail::MinimizerResult stopped =
        detail::minimizeFromStarts(runaway, {{0.0, 0.0}}, settings);
    CHECK(stopped.stoppedRunningAway);
    CHECK(stopped.logParams[0] < -3.0);
    CHECK(stopped.startsRun == 1);
    const detail::MinimizerResult free =
        detail::minimizeFromStarts(runaway, {{0.0, 0.0}}, detail::MinimizerSettings{});
    CHECK_FALSE(free.stoppedRunningAway);
    CHECK(free.evaluations > stopped.evaluations);
}

TEST_CASE("A minimization stops when its evaluation budget is spent", "[clv][minimizer]") {
    // Rosenbrock's valley takes L-BFGS a few dozen evaluations; a budget of 10 stops it first.
    const detail::LogSpaceObjective valley = [](std::span<const double> x, std::span<double> g) {
        const double a = 1.0 - x[0], b = x[1] - x[0] * x[0];
        if (!g.empty()) {
            g[0] = -2.0 * a - 400.0 * x[0] * b;
            g[1] = 200.0 * b;
        }
        return a * a + 100.0 * b * b;
    };
    detail::MinimizerSettings settings;
    settings.maxTotalEvaluations = 10;
    const detail::MinimizerResult limited =
        detail::minimizeFromStarts(valley, {{-1.2, 1.0}, {0.0, 0.0}}, settings);
    CHECK(limited.budgetExhausted);
    CHECK(limited.evaluations <= 10 + 2);  // the triage and the end-point check come on top
    const detail::MinimizerResult unlimited =
        detail::minimizeFromStarts(valley, {{-1.2, 1.0}, {0.0, 0.0}}, detail::MinimizerSettings{});
    CHECK_FALSE(unlimited.budgetExhausted);
    CHECK(unlimited.gradientSmall);
}
