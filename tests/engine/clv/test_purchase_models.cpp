// Pareto/NBD and MBG/NBD formulas against independent computations: the likelihood as an
// integral over the individual rates, gradients against central differences, and limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>

#include <boost/math/quadrature/exp_sinh.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include "engine/clv/bgnbd.h"
#include "engine/clv/mbg_nbd.h"
#include "engine/clv/model_fit.h"
#include "engine/clv/pareto_nbd.h"

using namespace crm::clv;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

double logGammaDensity(double value, double shape, double rate) {
    return shape * std::log(rate) + (shape - 1.0) * std::log(value) - rate * value -
           boost::math::lgamma(shape);
}

// The Pareto/NBD likelihood from its definition (Schmittlein, Morrison & Colombo 1987): given
// lambda and mu, L = lambda^x [mu/(lambda+mu) e^-(lambda+mu) t_x + lambda/(lambda+mu)
// e^-(lambda+mu) T], integrated over the two gamma distributions numerically (in logs inside,
// so that extreme rates give 0 rather than inf * 0).
double paretoLikelihoodByIntegration(const ParetoNbdParams& p, int x, double tx, double T) {
    boost::math::quadrature::exp_sinh<double> outer, inner;
    auto perLambda = [&](double lambda) {
        if (!std::isfinite(lambda) || lambda <= 0.0) return 0.0;
        auto perMu = [&](double mu) {
            if (!std::isfinite(mu) || mu <= 0.0) return 0.0;
            const double both = lambda + mu;
            const double dead = std::log(mu / both) - both * tx;
            const double alive = std::log(lambda / both) - both * T;
            const double high = std::max(dead, alive);
            const double log = x * std::log(lambda) + high +
                               std::log(std::exp(dead - high) + std::exp(alive - high)) +
                               logGammaDensity(mu, p.s, p.beta) +
                               logGammaDensity(lambda, p.r, p.alpha);
            return std::exp(log);
        };
        return inner.integrate(perMu, 1e-12);
    };
    return outer.integrate(perLambda, 1e-10);
}

}  // namespace

TEST_CASE("Pareto/NBD likelihood equals its defining integral on both sides of alpha = beta",
          "[clv][pareto]") {
    // alpha < beta and alpha > beta take different 2F1 branches; both must give the integral.
    for (const ParetoNbdParams& p :
         {ParetoNbdParams{1.5, 2.0, 1.2, 5.0}, ParetoNbdParams{1.5, 5.0, 1.2, 2.0},
          ParetoNbdParams{0.8, 3.0, 2.5, 3.0},
          // alpha far below beta: the 2F1 series is slow and the integral form takes over
          ParetoNbdParams{1.5, 0.001, 1.2, 5.0}}) {
        for (const auto& [x, tx, T] : {std::tuple{0, 0.0, 4.0}, std::tuple{2, 1.5, 4.0},
                                       std::tuple{5, 3.9, 4.0}, std::tuple{3, 4.0, 4.0}}) {
            INFO("alpha " << p.alpha << " beta " << p.beta << " x " << x);
            const double expected = std::log(paretoLikelihoodByIntegration(p, x, tx, T));
            CHECK_THAT(paretoNbdLogLikelihood(p, x, tx, T), WithinAbs(expected, 1e-8));
        }
    }
}

TEST_CASE("Pareto/NBD likelihood is continuous across alpha = beta", "[clv][pareto]") {
    const ParetoNbdParams at{0.7, 3.0, 0.9, 3.0};
    const double value = paretoNbdLogLikelihood(at, 4, 2.5, 6.0);
    for (double shift : {1e-7, -1e-7}) {
        ParetoNbdParams near = at;
        near.beta += shift;
        CHECK_THAT(paretoNbdLogLikelihood(near, 4, 2.5, 6.0), WithinAbs(value, 1e-6));
    }
}

TEST_CASE("Pareto/NBD predictions by hand", "[clv][pareto]") {
    // s = 2: E[X(t)] = r beta / alpha (1 - beta / (beta + t)) = 1 * 2 / 4 * (1 - 2/4) = 0.25.
    CHECK_THAT(expectedPurchasesNewCustomer(ParetoNbdParams{1.0, 4.0, 2.0, 2.0}, 2.0),
               WithinRel(0.25, 1e-14));
    // s = 1 is the limit r beta / alpha ln(1 + t/beta) = 1 * 2 / 4 * ln 2.
    CHECK_THAT(expectedPurchasesNewCustomer(ParetoNbdParams{1.0, 4.0, 1.0, 2.0}, 2.0),
               WithinRel(0.5 * std::log(2.0), 1e-12));
    // A customer whose last purchase is at the end of observation is alive.
    CHECK(probabilityAlive(ParetoNbdParams{0.5, 10.0, 0.6, 12.0}, 3, 20.0, 20.0) == 1.0);
    // Without repeat purchases P(alive) falls with age.
    const ParetoNbdParams p{0.5, 10.0, 0.6, 12.0};
    CHECK(probabilityAlive(p, 0, 0.0, 40.0) < probabilityAlive(p, 0, 0.0, 10.0));
}

TEST_CASE("MBG/NBD gradient matches central differences", "[clv][mbgnbd]") {
    GroupedHistories histories;
    histories.groups = {{0, 0.0, 30.0, 40.0},
                        {1, 5.0, 30.0, 12.0},
                        {4, 22.0, 28.0, 6.0},
                        {12, 27.5, 29.0, 2.0},
                        {2, 1.0, 3.0, 9.0}};
    const MbgNbdParams p{0.6, 5.0, 0.9, 1.7};
    std::array<double, 4> gradient{};
    mbgNbdLogLikelihood(p, histories, &gradient);
    const std::array<double, 4> at{p.r, p.alpha, p.a, p.b};
    const auto numeric = crm::clv::detail::centralDifferenceGradient(
        [&](std::span<const double> q) {
            return mbgNbdLogLikelihood({q[0], q[1], q[2], q[3]}, histories);
        },
        at, 1e-6);
    for (std::size_t i = 0; i < 4; ++i) CHECK_THAT(gradient[i], WithinRel(numeric[i], 1e-6));
}

TEST_CASE("MBG/NBD likelihood and predictions by hand", "[clv][mbgnbd]") {
    // r = a = b = 1, alpha = 1, x = 0, T = 1: L = B(1,2)/B(1,1) * 1/2 + a/b * 1 = 1/4 + 1/2
    // (A1 = 0, A2 = ln(1/2), A3 = -ln 2, A4 = 0).
    const MbgNbdParams p{1.0, 1.0, 1.0, 1.0};
    CHECK_THAT(mbgNbdLogLikelihood(p, 0, 0.0, 1.0), WithinAbs(std::log(0.5 * (0.5 + 1.0)), 1e-14));
    // A customer without repeat purchases may have dropped out at once: 1 / (1 + 1 * 2^1).
    CHECK_THAT(probabilityAlive(p, 0, 0.0, 1.0), WithinRel(1.0 / 3.0, 1e-14));
    // A new customer survives the first purchase with probability b/(a+b) and then buys at the
    // mean rate r/alpha, so E[X(t)] / t -> r b / (alpha (a+b)) as t -> 0.
    const MbgNbdParams q{0.525, 6.183, 0.891, 1.614};
    CHECK_THAT(expectedPurchasesNewCustomer(q, 1e-6) / 1e-6,
               WithinRel(q.r * q.b / (q.alpha * (q.a + q.b)), 1e-5));
    // With a > 1 the repeat purchases before dropping out average b/(a-1) (a geometric count
    // with mean (1-p)/p, averaged over Beta(a, b)); E[X(t)] climbs towards it.
    const MbgNbdParams fast{2.0, 1.0, 3.0, 2.0};
    CHECK(expectedPurchasesNewCustomer(fast, 1e3) < 1.0);
    CHECK_THAT(expectedPurchasesNewCustomer(fast, 1e3), WithinAbs(1.0, 1e-2));
}
