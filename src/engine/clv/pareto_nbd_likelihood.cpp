// Pareto/NBD likelihood (Fader & Hardie, note 009, with its A0 term) and its analytic gradient.
#include "engine/clv/pareto_nbd_likelihood.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include "engine/clv/hypergeometric.h"

namespace crm::clv::detail {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
// Beyond this many terms the series hands over to the integral (logA0ByIntegral).
constexpr int kSeriesTerms = 400;
// The derivative sums converge more slowly than the value (terms carry k and log k factors).
constexpr int kGradientSeriesTerms = 4 * kSeriesTerms;
constexpr double kGradientTolerance = 1e-13;
// One integrand evaluation of the quadrature costs about as much as this many series terms.
constexpr std::uint64_t kIntegrandWork = 10;

using Gradient = std::array<double, 4>;  // d / d(r, alpha, s, beta)

// 2F1(1, b; c; z) = sum_k (b)_k / (c)_k z^k with its partial derivatives in b, c and z, for
// 0 < b < c and 0 <= z < 1, where every ratio of consecutive terms is below z.
struct SeriesWithDerivatives {
    double value = 1.0, dB = 0.0, dC = 0.0, dZ = 0.0;
    int terms = 0;
    bool converged = false;
};

SeriesWithDerivatives unitA2F1WithDerivatives(double b, double c, double z) {
    SeriesWithDerivatives s;
    if (z == 0.0) {
        s.dZ = b / c;
        s.converged = true;
        return s;
    }
    double term = 1.0, sumB = 0.0, sumC = 0.0, sumKTerm = 0.0, logB = 0.0, logC = 0.0;
    const double inverseOneMinusZ = 1.0 / (1.0 - z);
    for (int k = 0; k < kGradientSeriesTerms; ++k) {
        const double kd = static_cast<double>(k);
        ++s.terms;
        const double inverseC = 1.0 / (c + kd);
        logB += 1.0 / (b + kd);  // d ln(term_{k+1}) / db
        logC -= inverseC;
        term *= (b + kd) * inverseC * z;
        s.value += term;
        sumB += term * logB;
        sumC += term * logC;
        sumKTerm += (kd + 1.0) * term;
        // Ratios stay below z, so term z / (1 - z) bounds the value's tail; the derivative
        // tails carry at most the growing factors k and the log sums on top of it.
        const double tail = term * z * inverseOneMinusZ;
        const double factor = (kd + 2.0) * inverseOneMinusZ + std::abs(logB) + std::abs(logC);
        if (tail * factor <= kGradientTolerance * (s.value + std::abs(sumB) + std::abs(sumC))) {
            s.converged = std::isfinite(s.value);
            break;
        }
    }
    s.dB = sumB;
    s.dC = sumC;
    s.dZ = sumKTerm / z;
    return s;
}

// ln of 2F1(r+s+x, t; r+s+x+1; (M-m)/(M+y)) / (M+y)^(r+s+x), with M = max(alpha, beta),
// m = min(alpha, beta) and t = r+x when alpha < beta, s+1 otherwise (note 009: the
// branch keeps the argument of 2F1 in [0, 1)). Euler's transformation (A&S 15.3.3) gives
// 2F1(a, t; a+1; z) = (1-z)^(1-t) 2F1(1, a+1-t; a+1; z), whose terms are positive and fall at
// least as fast as z^k, so a large t (many purchases) cannot overflow the series. With a
// gradient, the series' derivatives in its parameters give d/d(r, alpha, s, beta).
double logTailTerm(const ParetoNbdParams& p, double x, double y, Gradient* gradient,
                   std::uint64_t& work) {
    const bool alphaSmaller = p.alpha < p.beta;
    const double high = alphaSmaller ? p.beta : p.alpha;
    const double low = alphaSmaller ? p.alpha : p.beta;
    const double t = alphaSmaller ? p.r + x : p.s + 1.0;
    const double rsx = p.r + p.s + x;
    const double z = (high - low) / (high + y);
    const double logLowOverHigh = std::log((low + y) / (high + y));
    const double logHigh = std::log(high + y);
    if (!gradient) {
        const SeriesSum series = hypergeometric2F1(1.0, rsx + 1.0 - t, rsx + 1.0, z, kSeriesTerms);
        work += static_cast<std::uint64_t>(series.terms);
        if (!series.converged) return kNaN;
        return (1.0 - t) * logLowOverHigh + std::log(series.value) - rsx * logHigh;
    }
    const SeriesWithDerivatives f = unitA2F1WithDerivatives(rsx + 1.0 - t, rsx + 1.0, z);
    work += static_cast<std::uint64_t>(f.terms);
    if (!f.converged) return kNaN;
    const double fB = f.dB / f.value, fC = f.dC / f.value, fZ = f.dZ / f.value;
    // In terms of t, b = rsx+1-t and c = rsx+1 (see the derivation in the header comment).
    const double dR = alphaSmaller ? -logLowOverHigh + fC - logHigh : fB + fC - logHigh;
    const double dS = alphaSmaller ? fB + fC - logHigh : -logLowOverHigh + fC - logHigh;
    const double dHigh =
        -(1.0 - t) / (high + y) + fZ * (low + y) / ((high + y) * (high + y)) - rsx / (high + y);
    const double dLow = (1.0 - t) / (low + y) - fZ / (high + y);
    *gradient = {dR, alphaSmaller ? dLow : dHigh, dS, alphaSmaller ? dHigh : dLow};
    return (1.0 - t) * logLowOverHigh + std::log(f.value) - rsx * logHigh;
}

// The same A0 from its origin: s/(r+s+x) A0 = s int_{t_x}^{T} (alpha+u)^-(r+x)
// (beta+u)^-(s+1) du (the chance of dying at u, having bought x times by then). Used where the
// series converges slowly (z near 1: one rate far smaller than the other); the integrand is
// divided by its value at t_x, its largest, so large x cannot overflow. The gradient of the
// integral's logarithm is the integrand-weighted mean of d ln(integrand).
double logA0ByIntegral(const ParetoNbdParams& p, double x, double recency, double age,
                       Gradient* gradient, std::uint64_t& work) {
    // In v = ln(alpha+u) the peak of (alpha+u)^-(r+x) at small alpha becomes a smooth
    // exponential: (alpha+u)^-(r+x) du = (alpha+u)^(1-r-x) dv.
    const double shape = p.r + x;
    const double v0 = std::log(p.alpha + recency), v1 = std::log(p.alpha + age);
    auto relative = [&](double v) {
        work += kIntegrandWork;
        const double u = std::exp(v) - p.alpha;
        return std::exp((1.0 - shape) * (v - v0) -
                        (p.s + 1.0) * std::log1p((u - recency) / (p.beta + recency)));
    };
    using Rule = boost::math::quadrature::gauss_kronrod<double, 31>;
    double error = 0.0;
    const double integral = Rule::integrate(relative, v0, v1, 3, 1e-10, &error);
    if (!(integral > 0.0)) return kMinusInfinity;
    if (gradient) {
        const double rsx = p.r + p.s + x;
        auto weighted = [&](auto weight) {
            return Rule::integrate(
                       [&](double v) {
                           const double u = std::exp(v) - p.alpha;
                           return relative(v) * weight(u);
                       },
                       v0, v1, 3, 1e-10, &error) /
                   integral;
        };
        *gradient = {1.0 / rsx + weighted([&](double u) { return -std::log(p.alpha + u); }),
                     weighted([&](double u) { return -shape / (p.alpha + u); }),
                     1.0 / rsx + weighted([&](double u) { return -std::log(p.beta + u); }),
                     weighted([&](double u) { return -(p.s + 1.0) / (p.beta + u); })};
    }
    return std::log(p.r + p.s + x) + (1.0 - shape) * v0 - (p.s + 1.0) * std::log(p.beta + recency) +
           std::log(integral);
}

// The same integral I = int_{lo}^{hi} (a+u)^-m (b+u)^-n du for a < b, with (b+u)^-n expanded
// in powers of w/(b-a), w = a+u: I = (b-a)^-n w0^(1-m) sum_k c_k g^k E(k+1-m), with
// c_k = (-1)^k (n)_k / k!, g = w0/(b-a), E(p) = ((w1/w0)^p - 1)/p. Its terms fall like
// q^k, q = w1/(b-a): fast exactly where the 2F1 series is slow (one rate far above the other).
// The derivatives: d/dm through E' and ln w0, d/dn through dc_k/dn = c_k sum_{j<k} 1/(n+j),
// d/da = -m I(m+1, n)/I and d/db = -n I(m, n+1)/I from the same terms.
struct FarRatesIntegral {
    double logValue = kNaN;
    double dM = 0.0, dN = 0.0, dA = 0.0, dB = 0.0;
    bool converged = false;
};

// expm1(u)/u and (u e^u - e^u + 1)/u^2 by their power series, for |u| < kSmallExponent; above
// it the differences lose at most 2e-16 / |u| relative to cancellation (5e-14 at 0.005).
constexpr double kSmallExponent = 0.005;
double expm1OverU(double u) {
    double term = 1.0, sum = 1.0;
    for (int j = 2; j < 12 && std::abs(term) > 1e-18 * sum; ++j) sum += (term *= u / j);
    return sum;
}
double expDerivativeKernel(double u) {  // sum_{n>=2} (n-1) u^(n-2) / n!
    double power = 0.5, sum = 0.5;      // u^0 (1)/2!
    for (int n = 3; n < 14 && std::abs(power) > 1e-18 * std::abs(sum); ++n) {
        power *= u / n;
        sum += power * (n - 1);
    }
    return sum;
}

// q above this, or an alternating sum that would lose more than three digits, leaves the
// integral to the series or quadrature.
constexpr double kFarRatesMaxRatio = 0.9;
constexpr int kFarRatesMaxTerms = 400;
constexpr double kFarRatesTolerance = 1e-15;

double farRatesRatio(double a, double b, double n, double hi) {
    if (!(b > a)) return HUGE_VAL;
    const double q = (a + hi) / (b - a);
    if (!(q < kFarRatesMaxRatio) || n * std::log((1.0 + q) / (1.0 - q)) > 7.0) return HUGE_VAL;
    return q;
}

FarRatesIntegral farRatesIntegral(double m, double a, double n, double b, double lo, double hi,
                                  bool withGradient, std::uint64_t& work) {
    FarRatesIntegral result;
    const double d = b - a, w0 = a + lo, w1 = a + hi;
    const double g = w0 / d, q = w1 / d, logRho = std::log(w1 / w0);
    const double rhoPower = std::exp((1.0 - m) * logRho);  // (w1/w0)^(1-m)
    // g^k E(p_k) and g^k E'(p_k), scaled so that nothing overflows when w1 >> w0.
    auto scaledE = [&](double p, double gk, double qk, double& derivative) {
        const double u = p * logRho;
        if (std::abs(u) < kSmallExponent) {
            derivative = gk * logRho * logRho * expDerivativeKernel(u);
            return gk * logRho * expm1OverU(u);
        }
        const double inverseP = 1.0 / p;
        const double value = (qk * rhoPower - gk) * inverseP;
        derivative = (qk * rhoPower * logRho - value) * inverseP;
        return value;
    };
    double coefficient = 1.0, shiftedCoefficient = 1.0;  // c_k(n), c_k(n+1)
    double gk = 1.0, qk = 1.0, harmonic = 0.0;           // g^k, q^k, sum_{j<k} 1/(n+j)
    double sum = 0.0, sumM = 0.0, sumN = 0.0, sumB = 0.0, sumA = 0.0, previous = 0.0;
    for (int k = 0; k < kFarRatesMaxTerms; ++k) {
        ++work;
        const double p = k + 1.0 - m;
        double eDerivative = 0.0;
        const double e = scaledE(p, gk, qk, eDerivative);
        const double term = coefficient * e;
        sum += term;
        if (withGradient) {
            sumM += coefficient * eDerivative;
            sumN += term * harmonic;
            sumB += shiftedCoefficient * e;
            sumA += k == 0 ? 0.0 : coefficient * previous;  // c_k g^k E(p_k - 1) / g
        }
        previous = e;
        const double inverseNext = 1.0 / (k + 1.0);
        // Later terms fall at least like q^k times the growth of the coefficients: the tail
        // is below |term| factor growth / (1 - growth).
        const double growth = (n + k + 1.0) * inverseNext * q;
        if (k > 2 && growth < 1.0 &&
            std::abs(term) * (1.0 + harmonic + (n + k + 1.0)) * growth <=
                kFarRatesTolerance * std::abs(sum) * (1.0 - growth)) {
            result.converged = true;
            break;
        }
        harmonic += 1.0 / (n + k);
        coefficient *= -(n + k) * inverseNext;
        shiftedCoefficient *= -(n + 1.0 + k) * inverseNext;
        gk *= g;
        qk *= q;
    }
    if (!result.converged || !(sum > 0.0)) {
        result.converged = false;
        return result;
    }
    const double logD = std::log(d), logW0 = std::log(w0);
    result.logValue = -n * logD + (1.0 - m) * logW0 + std::log(sum);
    if (withGradient) {
        // E(-m) = (1 - (w1/w0)^-m)/m is the k = -1 term of I(m+1, n).
        const double eMinusM = -std::expm1(-m * logRho) / m;
        const double shiftedRatio = (eMinusM + g * sumA) / (w0 * sum);  // I(m+1, n) / I
        result.dM = -logW0 - sumM / sum;
        result.dN = -logD + sumN / sum;
        result.dA = -m * shiftedRatio;
        result.dB = -n * sumB / (d * sum);
    }
    return result;
}

// ln A0 = ln(F(t_x) - F(T)); -inf when the last purchase is at the end (t_x = T).
double logA0(const ParetoNbdParams& p, double x, double recency, double age, Gradient* gradient,
             std::uint64_t& work, DeadTermMethod method) {
    if (!(age > recency)) return kMinusInfinity;
    const double rsx = p.r + p.s + x;
    const bool alphaSmaller = p.alpha < p.beta;
    // The far-rates expansion is used where it needs fewer terms than the series.
    const double q = alphaSmaller ? farRatesRatio(p.alpha, p.beta, p.s + 1.0, age)
                                  : farRatesRatio(p.beta, p.alpha, p.r + x, age);
    const double z = std::abs(p.alpha - p.beta) / (std::max(p.alpha, p.beta) + recency);
    const bool far = method == DeadTermMethod::FarRates ||
                     (method == DeadTermMethod::Automatic && q < HUGE_VAL && q <= z);
    if (far) {
        const FarRatesIntegral f = alphaSmaller
                                       ? farRatesIntegral(p.r + x, p.alpha, p.s + 1.0, p.beta,
                                                          recency, age, gradient != nullptr, work)
                                       : farRatesIntegral(p.s + 1.0, p.beta, p.r + x, p.alpha,
                                                          recency, age, gradient != nullptr, work);
        if (f.converged) {
            if (gradient)
                *gradient = alphaSmaller ? Gradient{1.0 / rsx + f.dM, f.dA, 1.0 / rsx + f.dN, f.dB}
                                         : Gradient{1.0 / rsx + f.dN, f.dB, 1.0 / rsx + f.dM, f.dA};
            return std::log(rsx) + f.logValue;
        }
        if (method == DeadTermMethod::FarRates) return kNaN;
    }
    if (method == DeadTermMethod::Integral)
        return logA0ByIntegral(p, x, recency, age, gradient, work);
    Gradient gRecency{}, gAge{};
    const double atRecency = logTailTerm(p, x, recency, gradient ? &gRecency : nullptr, work);
    const double atAge = logTailTerm(p, x, age, gradient ? &gAge : nullptr, work);
    if (std::isnan(atRecency) || std::isnan(atAge)) {
        if (method == DeadTermMethod::Series) return kNaN;
        return logA0ByIntegral(p, x, recency, age, gradient, work);
    }
    if (atAge >= atRecency) return kMinusInfinity;
    const double ratio = std::exp(atAge - atRecency);  // F(T) / F(t_x)
    if (gradient)
        for (std::size_t i = 0; i < 4; ++i)
            (*gradient)[i] = (gRecency[i] - ratio * gAge[i]) / (1.0 - ratio);
    return atRecency + std::log(-std::expm1(atAge - atRecency));
}

// logAlphaAge = ln(alpha + T), logBetaAge = ln(beta + T), which the caller has already.
double logDeadOdds(const ParetoNbdParams& p, double x, double recency, double age,
                   double logAlphaAge, double logBetaAge, Gradient* gradient, std::uint64_t& work) {
    const double a0 = logA0(p, x, recency, age, gradient, work, DeadTermMethod::Automatic);
    const double rsx = p.r + p.s + x;
    if (gradient) {
        Gradient& g = *gradient;
        g[0] += -1.0 / rsx + logAlphaAge;
        g[1] += (p.r + x) / (p.alpha + age);
        g[2] += 1.0 / p.s - 1.0 / rsx + logBetaAge;
        g[3] += p.s / (p.beta + age);
    }
    return std::log(p.s) - std::log(rsx) + (p.r + x) * logAlphaAge + p.s * logBetaAge + a0;
}

}  // namespace

double paretoNbdLogDeadOdds(const ParetoNbdParams& p, double frequency, double recency,
                            double age) {
    std::uint64_t work = 0;
    return logDeadOdds(p, frequency, recency, age, std::log(p.alpha + age), std::log(p.beta + age),
                       nullptr, work);
}

double paretoNbdLogDeadTerm(const ParetoNbdParams& p, int frequency, double recency, double age,
                            DeadTermMethod method, std::span<double> gradient) {
    std::uint64_t work = 0;
    Gradient g{};
    const double value = logA0(p, static_cast<double>(frequency), recency, age,
                               gradient.empty() ? nullptr : &g, work, method);
    std::copy(g.begin(), std::next(g.begin(), static_cast<std::ptrdiff_t>(gradient.size())),
              gradient.begin());
    return value;
}

double paretoNbdHistoryLogLikelihood(const ParetoNbdParams& p, int frequency, double recency,
                                     double age, double lnGammaRatio, double digammaDifference,
                                     std::span<double> gradient, std::uint64_t* work) {
    const ParetoNbdSharedLogs logs{std::log(p.alpha), std::log(p.beta), std::log(p.alpha + age),
                                   std::log(p.beta + age)};
    return paretoNbdHistoryLogLikelihood(p, frequency, recency, age, lnGammaRatio,
                                         digammaDifference, logs, gradient, work);
}

double paretoNbdHistoryLogLikelihood(const ParetoNbdParams& p, int frequency, double recency,
                                     double age, double lnGammaRatio, double digammaDifference,
                                     const ParetoNbdSharedLogs& logs, std::span<double> gradient,
                                     std::uint64_t* work) {
    std::uint64_t ownWork = 0;
    const double x = static_cast<double>(frequency);
    const double logAlpha = logs.logAlpha, logBeta = logs.logBeta;
    const double a1 = lnGammaRatio + p.r * logAlpha + p.s * logBeta;
    const double logAlphaAge = logs.logAlphaAge, logBetaAge = logs.logBetaAge;
    const double alive = -(p.r + x) * logAlphaAge - p.s * logBetaAge;
    Gradient oddsGradient{};
    const double odds =
        logDeadOdds(p, x, recency, age, logAlphaAge, logBetaAge,
                    gradient.empty() ? nullptr : &oddsGradient, work ? *work : ownWork);
    if (std::isnan(odds)) return kNaN;
    if (!gradient.empty()) {
        // d/d(odds) of ln(1 + e^odds) is the chance of having died unseen.
        const double dead = odds == kMinusInfinity ? 0.0
                            : odds > 0.0           ? 1.0 / (1.0 + std::exp(-odds))
                                                   : std::exp(odds) / (1.0 + std::exp(odds));
        gradient[0] = digammaDifference + logAlpha - logAlphaAge +
                      (dead > 0.0 ? dead * oddsGradient[0] : 0.0);
        gradient[1] = p.r / p.alpha - (p.r + x) / (p.alpha + age) +
                      (dead > 0.0 ? dead * oddsGradient[1] : 0.0);
        gradient[2] = logBeta - logBetaAge + (dead > 0.0 ? dead * oddsGradient[2] : 0.0);
        gradient[3] =
            p.s / p.beta - p.s / (p.beta + age) + (dead > 0.0 ? dead * oddsGradient[3] : 0.0);
    }
    if (odds == kMinusInfinity) return a1 + alive;
    return a1 + alive + std::max(odds, 0.0) + std::log1p(std::exp(-std::abs(odds)));
}

}  // namespace crm::clv::detail
