// Pareto/NBD likelihood, fit and predictions.
#include "engine/clv/pareto_nbd.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include "engine/clv/hypergeometric.h"
#include "engine/clv/model_fit.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
// Beyond this many terms the series hands over to the integral (logA0ByIntegral).
constexpr int kSeriesTerms = 400;

// ln of 2F1(r+s+x, t; r+s+x+1; (M-m)/(M+y)) / (M+y)^(r+s+x), with M = max(alpha, beta),
// m = min(alpha, beta) and t = r+x when alpha < beta, s+1 otherwise (note 009: the
// branch keeps the argument of 2F1 in [0, 1)). Euler's transformation (A&S 15.3.3) gives
// 2F1(a, t; a+1; z) = (1-z)^(1-t) 2F1(1, a+1-t; a+1; z), whose terms are positive and fall at
// least as fast as z^k, so a large t (many purchases) cannot overflow the series.
double logTailTerm(const ParetoNbdParams& p, double x, double y) {
    const bool alphaSmaller = p.alpha < p.beta;
    const double high = alphaSmaller ? p.beta : p.alpha;
    const double low = alphaSmaller ? p.alpha : p.beta;
    const double t = alphaSmaller ? p.r + x : p.s + 1.0;
    const double rsx = p.r + p.s + x;
    const double z = (high - low) / (high + y);
    const SeriesSum series = hypergeometric2F1(1.0, rsx + 1.0 - t, rsx + 1.0, z, kSeriesTerms);
    if (!series.converged) return kNaN;
    return (1.0 - t) * std::log((low + y) / (high + y)) + std::log(series.value) -
           rsx * std::log(high + y);
}

// The same A0 from its origin: s/(r+s+x) A0 = s int_{t_x}^{T} (alpha+u)^-(r+x)
// (beta+u)^-(s+1) du (the chance of dying at u, having bought x times by then). Used where the
// series converges slowly (z near 1: one rate far smaller than the other); the integrand is
// divided by its value at t_x, its largest, so large x cannot overflow.
double logA0ByIntegral(const ParetoNbdParams& p, double x, double recency, double age) {
    // In v = ln(alpha+u) the peak of (alpha+u)^-(r+x) at small alpha becomes a smooth
    // exponential: (alpha+u)^-(r+x) du = (alpha+u)^(1-r-x) dv.
    const double shape = p.r + x;
    const double v0 = std::log(p.alpha + recency), v1 = std::log(p.alpha + age);
    auto relative = [&](double v) {
        const double u = std::exp(v) - p.alpha;
        return std::exp((1.0 - shape) * (v - v0) -
                        (p.s + 1.0) * std::log1p((u - recency) / (p.beta + recency)));
    };
    double error = 0.0;
    const double integral = boost::math::quadrature::gauss_kronrod<double, 31>::integrate(
        relative, v0, v1, 3, 1e-10, &error);
    if (!(integral > 0.0)) return kMinusInfinity;
    return std::log(p.r + p.s + x) + (1.0 - shape) * v0 - (p.s + 1.0) * std::log(p.beta + recency) +
           std::log(integral);
}

// ln A0 = ln(F(t_x) - F(T)); -inf when the last purchase is at the end (t_x = T).
double logA0(const ParetoNbdParams& p, double x, double recency, double age) {
    if (!(age > recency)) return kMinusInfinity;
    const double atRecency = logTailTerm(p, x, recency);
    const double atAge = logTailTerm(p, x, age);
    if (std::isnan(atRecency) || std::isnan(atAge)) return logA0ByIntegral(p, x, recency, age);
    if (atAge >= atRecency) return kMinusInfinity;
    return atRecency + std::log(-std::expm1(atAge - atRecency));
}

// ln of the second term over the first in L = A1 (first + second), i.e. the log-odds that the
// customer died unseen after t_x rather than being alive at T.
double logDeadOdds(const ParetoNbdParams& p, double x, double recency, double age) {
    const double a0 = logA0(p, x, recency, age);
    return std::log(p.s) - std::log(p.r + p.s + x) + (p.r + x) * std::log(p.alpha + age) +
           p.s * std::log(p.beta + age) + a0;
}

struct Row {
    int frequency;
    double recency, age, weight;
};

}  // namespace

double paretoNbdLogLikelihood(const ParetoNbdParams& p, int frequency, double recency, double age) {
    using detail::lnGamma;
    const double x = static_cast<double>(frequency);
    const double a1 =
        lnGamma(p.r + x) - lnGamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta);
    const double alive = -(p.r + x) * std::log(p.alpha + age) - p.s * std::log(p.beta + age);
    const double odds = logDeadOdds(p, x, recency, age);
    if (std::isnan(odds)) return kNaN;
    if (odds == kMinusInfinity) return a1 + alive;
    return a1 + alive + std::max(odds, 0.0) + std::log1p(std::exp(-std::abs(odds)));
}

double paretoNbdLogLikelihood(const ParetoNbdParams& p, const GroupedHistories& histories) {
    double sum = 0.0;
    for (const HistoryGroup& g : histories.groups)
        if (g.customers > 0.0)
            sum += g.customers * paretoNbdLogLikelihood(p, g.frequency, g.recency, g.age);
    return sum;
}

ParetoNbdFit fitParetoNbd(const GroupedHistories& histories) {
    detail::ModelFitProblem problem;
    problem.modelName = "Pareto/NBD";
    problem.names = {"r", "alpha", "s", "beta"};
    problem.isRate = {false, true, false, true};
    problem.analyticGradient = false;
    // Each gradient costs nine likelihoods; a well-determined fit needs about a hundred steps.
    problem.maxEvaluationsPerRun = 400;
    // Shapes from the literature's fits (CDNOW, grocery, retail); beta starts from s / rate.
    problem.starts = {
        {0.5, 0.5, 0.5, 0.5}, {1.0, 1.0, 1.0, 1.0}, {0.3, 0.3, 2.0, 2.0}, {2.0, 2.0, 0.3, 0.3}};
    problem.makeLikelihood = [&histories](double timeScale) {
        std::vector<Row> rows;
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0)
                rows.push_back(
                    {g.frequency, g.recency * timeScale, g.age * timeScale, g.customers});
        return detail::ScaledLogLikelihood([rows = std::move(rows)](std::span<const double> theta,
                                                                    std::span<double>) {
            const ParetoNbdParams p{theta[0], theta[1], theta[2], theta[3]};
            double sum = 0.0;
            for (const Row& row : rows)
                sum += row.weight * paretoNbdLogLikelihood(p, row.frequency, row.recency, row.age);
            return std::isfinite(sum) ? sum : -std::numeric_limits<double>::infinity();
        });
    };
    const detail::ModelFitResult result = detail::fitModel(problem, histories);
    ParetoNbdFit fit;
    fit.params = {result.params[0], result.params[1], result.params[2], result.params[3]};
    fit.diagnostics = result.diagnostics;
    return fit;
}

double probabilityAlive(const ParetoNbdParams& p, int frequency, double recency, double age) {
    const double odds = logDeadOdds(p, static_cast<double>(frequency), recency, age);
    if (std::isnan(odds)) return kNaN;
    if (odds > 0.0) {
        const double e = std::exp(-odds);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + std::exp(odds));
}

namespace {
// (1 - (1 + u)^-(s-1)) / (s-1), finite at s = 1 (where it is ln(1 + u)).
double survivalIntegral(double s, double u) {
    const double sm1 = s - 1.0;
    const double l = std::log1p(u);
    if (std::abs(sm1) < 1e-12) return l * (1.0 - 0.5 * sm1 * l);
    return -std::expm1(-sm1 * l) / sm1;
}
}  // namespace

double expectedPurchasesIfAlive(const ParetoNbdParams& p, double t, int frequency, double age) {
    if (!(t > 0.0)) return 0.0;
    const double x = static_cast<double>(frequency);
    return (p.r + x) / (p.alpha + age) * (p.beta + age) * survivalIntegral(p.s, t / (p.beta + age));
}

double expectedPurchases(const ParetoNbdParams& p, double t, int frequency, double recency,
                         double age) {
    if (!(t > 0.0)) return 0.0;
    return probabilityAlive(p, frequency, recency, age) *
           expectedPurchasesIfAlive(p, t, frequency, age);
}

double expectedPurchasesNewCustomer(const ParetoNbdParams& p, double t) {
    if (!(t > 0.0)) return 0.0;
    return p.r / p.alpha * p.beta * survivalIntegral(p.s, t / p.beta);
}

}  // namespace crm::clv
