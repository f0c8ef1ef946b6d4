// BG/NBD predictions, all in log space (no overflow for large x and T; lifetimes issue #332).
#include <cmath>

#include <limits>

#include <boost/math/quadrature/tanh_sinh.hpp>

#include "engine/clv/bgnbd.h"
#include "engine/clv/bgnbd_quadrature.h"
#include "engine/clv/hypergeometric.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace detail {

// E[Y(t) | alive, x, T] as an integral over the posterior of the dropout probability:
// given alive, lambda ~ Gamma(r+x, alpha+T) and p ~ Beta(a, b+x), and FHL 2005 eq. 7 gives
// E[Y(t) | lambda, p] = (1 - exp(-lambda p t)) / p, so with u = t / (alpha+T)
//   E = int_0^1 (1 - (1 + p u)^-(r+x)) / p  Beta(p; a, b+x) dp.
// Slower than the series; used only where the series cannot converge (z extremely near 1).
double expectedPurchasesIfAliveByQuadrature(const BgNbdParams& p, double t, int x, double age) {
    const double xd = static_cast<double>(x);
    const double shape = p.r + xd;
    const double u = t / (p.alpha + age);
    const double lnBeta = lnGamma(p.a) + lnGamma(p.b + xd) - lnGamma(p.a + p.b + xd);
    auto integrand = [&](double q, double complement) {
        if (q <= 0.0) return 0.0;
        const double oneMinusQ = q > 0.5 ? complement : 1.0 - q;
        const double perQ = -std::expm1(-shape * std::log1p(q * u)) / q;
        return perQ * std::exp((p.a - 1.0) * std::log(q) + (p.b + xd - 1.0) * std::log(oneMinusQ) -
                               lnBeta);
    };
    try {
        boost::math::quadrature::tanh_sinh<double, NoThrowPolicy> integrator;
        return integrator.integrate(integrand, 0.0, 1.0, 1e-13);
    } catch (const std::exception&) {  // e.g. a non-finite integrand from absurd parameters
        return std::numeric_limits<double>::quiet_NaN();
    }
}

}  // namespace detail

double probabilityAlive(const BgNbdParams& p, int x, double recency, double age) {
    if (x == 0) return 1.0;
    const double xd = static_cast<double>(x);
    // Odds of having dropped out after the last purchase (Hardie's note 021):
    //   a / (b+x-1) * ((alpha+T) / (alpha+t_x))^(r+x), taken in logs.
    const double logOdds = std::log(p.a) - std::log(p.b + xd - 1.0) +
                           (p.r + xd) * std::log1p((age - recency) / (p.alpha + recency));
    if (logOdds > 0.0) {
        const double e = std::exp(-logOdds);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + std::exp(logOdds));
}

double expectedPurchasesIfAlive(const BgNbdParams& p, double t, int x, double age) {
    if (!(t > 0.0)) return 0.0;
    // FHL 2005 eq. 10 without its P(alive) denominator:
    //   (a+b+x-1)/(a-1) * [1 - (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z)],  z = t/(alpha+T+t).
    // Euler's transformation (A&S 15.3.3) turns (1-z)^(r+x) 2F1(r+x, b+x; c; z) into
    // (1-z)^(a-1) 2F1(a+b-r-1, a-1; c; z): its terms shrink with x instead of growing, so
    // large x cannot overflow. Writing 2F1 = 1 + (a-1) S removes the 0/0 at a = 1:
    //   E = c * [(1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) S].
    const double xd = static_cast<double>(x);
    const double u = t / (p.alpha + age);
    const double z = u / (1.0 + u);
    const double lnOneMinusZ = -std::log1p(u);
    const double am1 = p.a - 1.0;
    const double c = p.a + p.b + xd - 1.0;
    const SeriesSum s = hypergeometric2F1ExcessOverB(p.a + p.b - p.r - 1.0, am1, c, z);
    const double power = std::exp(am1 * lnOneMinusZ);
    const double first = std::abs(am1) < 1e-12 ? -lnOneMinusZ * (1.0 + 0.5 * am1 * lnOneMinusZ)
                                               : -std::expm1(am1 * lnOneMinusZ) / am1;
    const double value = c * (first - power * s.value);
    if (s.converged && std::isfinite(value)) return value;
    return detail::expectedPurchasesIfAliveByQuadrature(p, t, x, age);
}

double expectedPurchases(const BgNbdParams& p, double t, int x, double recency, double age) {
    return probabilityAlive(p, x, recency, age) * expectedPurchasesIfAlive(p, t, x, age);
}

double expectedPurchasesNewCustomer(const BgNbdParams& p, double t) {
    // Eq. 9 is eq. 10 at x = t_x = T = 0.
    return expectedPurchasesIfAlive(p, t, 0, 0.0);
}

}  // namespace crm::clv
