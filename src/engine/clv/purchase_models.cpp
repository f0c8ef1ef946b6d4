#include "engine/clv/purchase_models.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include "engine/clv/model_fit.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ln of the NBD probability of x purchases in t: Gamma(r+x)/(Gamma(r) x!) p^r (1-p)^x with
// p = alpha / (alpha + t).
double logNbd(double r, double alpha, int x, double t) {
    using detail::lnGamma;
    const double xd = static_cast<double>(x);
    const double lp = std::log(alpha / (alpha + t));
    const double lq =
        t > 0.0 ? std::log(t / (alpha + t)) : -std::numeric_limits<double>::infinity();
    return lnGamma(r + xd) - lnGamma(r) - lnGamma(xd + 1.0) + r * lp + (x > 0 ? xd * lq : 0.0);
}

// P(N(t) >= x) for the NBD count, as 1 - sum_{j<x}.
double nbdAtLeast(double r, double alpha, int x, double t) {
    double below = 0.0;
    for (int j = 0; j < x; ++j) below += std::exp(logNbd(r, alpha, j, t));
    return std::max(0.0, 1.0 - below);
}

double logBetaFunction(double a, double b) {
    return detail::lnGamma(a) + detail::lnGamma(b) - detail::lnGamma(a + b);
}

}  // namespace

std::string_view displayName(PurchaseModelKind kind) {
    switch (kind) {
        case PurchaseModelKind::BgNbd:
            return "BG/NBD";
        case PurchaseModelKind::MbgNbd:
            return "MBG/NBD";
        case PurchaseModelKind::ParetoNbd:
            return "Pareto/NBD";
    }
    return "";
}

std::vector<std::string> parameterNames(PurchaseModelKind kind) {
    if (kind == PurchaseModelKind::ParetoNbd) return {"r", "alpha", "s", "beta"};
    return {"r", "alpha", "a", "b"};
}

bool PurchaseModelFit::usable() const {
    if (params.size() != 4) return false;
    for (double p : params)
        if (!std::isfinite(p)) return false;
    return true;
}

BgNbdParams PurchaseModelFit::bgNbd() const { return {params[0], params[1], params[2], params[3]}; }
MbgNbdParams PurchaseModelFit::mbgNbd() const {
    return {params[0], params[1], params[2], params[3]};
}
ParetoNbdParams PurchaseModelFit::paretoNbd() const {
    return {params[0], params[1], params[2], params[3]};
}

PurchaseModelFit fromBgNbd(const BgNbdFit& fit) {
    PurchaseModelFit out;
    out.kind = PurchaseModelKind::BgNbd;
    out.params = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
    out.diagnostics = fit.diagnostics;
    return out;
}

PurchaseModelFit fitPurchaseModel(PurchaseModelKind kind, const GroupedHistories& histories,
                                  const NbdFit* noDropout) {
    PurchaseModelFit out;
    out.kind = kind;
    switch (kind) {
        case PurchaseModelKind::BgNbd:
            return fromBgNbd(fitBgNbd(histories));
        case PurchaseModelKind::MbgNbd: {
            const MbgNbdFit fit = fitMbgNbd(histories);
            out.params = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
            out.diagnostics = fit.diagnostics;
            break;
        }
        case PurchaseModelKind::ParetoNbd: {
            std::optional<NoDropoutNbd> nested;
            if (noDropout)
                nested = NoDropoutNbd{noDropout->r, noDropout->alpha,
                                      noDropout->diagnostics.logLikelihood};
            const ParetoNbdFit fit = fitParetoNbd(histories, nested);
            out.params = {fit.params.r, fit.params.alpha, fit.params.s, fit.params.beta};
            out.diagnostics = fit.diagnostics;
            break;
        }
    }
    return out;
}

PurchaseModelFit withParams(const PurchaseModelFit& fit, std::span<const double> params) {
    PurchaseModelFit out = fit;
    out.params.assign(params.begin(), params.end());
    return out;
}

double probabilityAlive(const PurchaseModelFit& fit, int x, double recency, double age) {
    switch (fit.kind) {
        case PurchaseModelKind::BgNbd:
            return probabilityAlive(fit.bgNbd(), x, recency, age);
        case PurchaseModelKind::MbgNbd:
            return probabilityAlive(fit.mbgNbd(), x, recency, age);
        case PurchaseModelKind::ParetoNbd:
            return probabilityAlive(fit.paretoNbd(), x, recency, age);
    }
    return kNaN;
}

double expectedPurchases(const PurchaseModelFit& fit, double t, int x, double recency, double age) {
    switch (fit.kind) {
        case PurchaseModelKind::BgNbd:
            return expectedPurchases(fit.bgNbd(), t, x, recency, age);
        case PurchaseModelKind::MbgNbd:
            return expectedPurchases(fit.mbgNbd(), t, x, recency, age);
        case PurchaseModelKind::ParetoNbd:
            return expectedPurchases(fit.paretoNbd(), t, x, recency, age);
    }
    return kNaN;
}

double expectedPurchasesNewCustomer(const PurchaseModelFit& fit, double t) {
    switch (fit.kind) {
        case PurchaseModelKind::BgNbd:
            return expectedPurchasesNewCustomer(fit.bgNbd(), t);
        case PurchaseModelKind::MbgNbd:
            return expectedPurchasesNewCustomer(fit.mbgNbd(), t);
        case PurchaseModelKind::ParetoNbd:
            return expectedPurchasesNewCustomer(fit.paretoNbd(), t);
    }
    return kNaN;
}

double expectedPurchasesIfAlive(const PurchaseModelFit& fit, double t, int x, double age) {
    switch (fit.kind) {
        case PurchaseModelKind::BgNbd:
            return expectedPurchasesIfAlive(fit.bgNbd(), t, x, age);
        case PurchaseModelKind::MbgNbd:
            return expectedPurchasesIfAlive(fit.mbgNbd(), t, x, age);
        case PurchaseModelKind::ParetoNbd:
            return expectedPurchasesIfAlive(fit.paretoNbd(), t, x, age);
    }
    return kNaN;
}

double purchaseCountProbability(const PurchaseModelFit& fit, int x, double t) {
    const double r = fit.params[0], alpha = fit.params[1];
    const double xd = static_cast<double>(x);
    if (fit.kind == PurchaseModelKind::ParetoNbd) {
        // Alive at t with chance (beta/(beta+t))^s; otherwise dead at u < t with density
        // s beta^s / (beta+u)^(s+1), having made x purchases by then.
        const double s = fit.params[2], beta = fit.params[3];
        const double alive = std::exp(s * std::log(beta / (beta + t)) + logNbd(r, alpha, x, t));
        auto deadAt = [&](double u) {
            return std::exp(std::log(s) + s * std::log(beta) - (s + 1.0) * std::log(beta + u) +
                            logNbd(r, alpha, x, u));
        };
        const double dead = t > 0.0 ? boost::math::quadrature::gauss_kronrod<double, 31>::integrate(
                                          deadAt, 0.0, t, 8, 1e-12)
                                    : 0.0;
        return alive + dead;
    }
    const double a = fit.params[2], b = fit.params[3];
    const double lnB = logBetaFunction(a, b);
    if (fit.kind == PurchaseModelKind::BgNbd) {
        const double stay = std::exp(logBetaFunction(a, b + xd) - lnB + logNbd(r, alpha, x, t));
        if (x == 0) return stay;
        return stay +
               std::exp(logBetaFunction(a + 1.0, b + xd - 1.0) - lnB) * nbdAtLeast(r, alpha, x, t);
    }
    // MBG/NBD: x+1 chances to drop out (after the first purchase and after each repeat).
    const double stay = std::exp(logBetaFunction(a, b + xd + 1.0) - lnB + logNbd(r, alpha, x, t));
    return stay + std::exp(logBetaFunction(a + 1.0, b + xd) - lnB) * nbdAtLeast(r, alpha, x, t);
}

NbdFit fitNbd(const GroupedHistories& histories) {
    detail::ModelFitProblem problem;
    problem.modelName = "NBD (no dropout)";
    problem.names = {"r", "alpha"};
    problem.isRate = {false, true};
    problem.starts = {{1.0, 1.0}, {0.3, 0.3}, {3.0, 3.0}};
    problem.makeLikelihood = [&histories](double timeScale) {
        // The likelihood depends on (x, T) only: histories that differ in recency alone are
        // one row, and ln G(r+x) - ln G(r) is taken once per distinct x.
        struct Row {
            std::size_t frequencyIndex;
            double x, age, weight;
        };
        std::vector<std::pair<int, double>> keys;  // (x, T) of each non-empty history
        keys.reserve(histories.groups.size());
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0) keys.emplace_back(g.frequency, g.age);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        std::vector<double> frequencies;  // distinct x, ascending
        for (const auto& key : keys)
            if (frequencies.empty() || frequencies.back() != key.first)
                frequencies.push_back(key.first);
        std::vector<Row> rows(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const auto x = static_cast<double>(keys[i].first);
            rows[i] = {static_cast<std::size_t>(
                           std::lower_bound(frequencies.begin(), frequencies.end(), x) -
                           frequencies.begin()),
                       x, keys[i].second * timeScale, 0.0};
        }
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0) {
                const auto at = std::lower_bound(keys.begin(), keys.end(),
                                                 std::pair<int, double>(g.frequency, g.age));
                rows[static_cast<std::size_t>(at - keys.begin())].weight += g.customers;
            }
        // ln L = ln G(r+x) - ln G(r) + r ln alpha - (r+x) ln(alpha+T): the purchase times'
        // density when nobody drops out.
        return detail::ScaledLogLikelihood(
            [rows = std::move(rows), frequencies = std::move(frequencies)](
                std::span<const double> p, std::span<double> gradient) {
                using detail::digamma;
                using detail::lnGamma;
                const double r = p[0], alpha = p[1];
                const bool withGradient = !gradient.empty();
                std::vector<double> lnGammaRatio(frequencies.size()), digammaDifference;
                const double lnGammaR = lnGamma(r), digammaR = withGradient ? digamma(r) : 0.0;
                if (withGradient) digammaDifference.resize(frequencies.size());
                for (std::size_t i = 0; i < frequencies.size(); ++i) {
                    lnGammaRatio[i] = lnGamma(r + frequencies[i]) - lnGammaR;
                    if (withGradient) digammaDifference[i] = digamma(r + frequencies[i]) - digammaR;
                }
                const double lnAlpha = std::log(alpha);
                double sum = 0.0, dr = 0.0, dalpha = 0.0;
                for (const Row& row : rows) {
                    const double lnT = std::log(alpha + row.age);
                    sum += row.weight *
                           (lnGammaRatio[row.frequencyIndex] + r * lnAlpha - (r + row.x) * lnT);
                    if (!withGradient) continue;
                    dr += row.weight * (digammaDifference[row.frequencyIndex] + lnAlpha - lnT);
                    dalpha += row.weight * (r / alpha - (r + row.x) / (alpha + row.age));
                }
                if (withGradient) {
                    gradient[0] = dr;
                    gradient[1] = dalpha;
                }
                return sum;
            });
    };
    const detail::ModelFitResult result = detail::fitModel(problem, histories);
    NbdFit fit;
    fit.r = result.params[0];
    fit.alpha = result.params[1];
    fit.diagnostics = result.diagnostics;
    return fit;
}

}  // namespace crm::clv
