#include "engine/clv/gamma_gamma.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

#include <fmt/format.h>

#include "engine/clv/log_space_minimizer.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kCorrelationWarning = 0.3;

struct SpendRows {
    std::vector<double> frequency, monetary;
    std::vector<int> distinctFrequency;
    std::vector<double> weightOfFrequency;  // customers per distinct frequency
    double customers = 0.0;
    double sumXLnXm = 0.0;  // sum of x (ln m + ln x)
    double sumLnM = 0.0;    // sum of ln m
};

// ln L = ln G(px+q) - ln G(px) - ln G(q) + q ln v + (px-1) ln m + px ln x - (px+q) ln(v+xm)
// summed over customers. The gamma terms depend on x only (once per distinct x); the ln m and
// ln x terms are linear in p (two constant sums); only ln(v+xm) is left per customer.
class SpendLikelihood {
  public:
    explicit SpendLikelihood(SpendRows rows) : rows_(std::move(rows)) {}

    double evaluate(double p, double q, double v, double* gradient) {
        using detail::digamma;
        using detail::lnGamma;
        const double n = rows_.customers;
        const double lnV = std::log(v);
        double sum = n * (q * lnV - lnGamma(q)) + p * rows_.sumXLnXm - rows_.sumLnM;
        double dp = rows_.sumXLnXm, dq = n * lnV, dv = n * q / v;
        if (gradient) dq -= n * digamma(q);
        for (std::size_t k = 0; k < rows_.distinctFrequency.size(); ++k) {
            const double x = rows_.distinctFrequency[k];
            const double w = rows_.weightOfFrequency[k];
            sum += w * (lnGamma(p * x + q) - lnGamma(p * x));
            if (gradient) {
                const double digammaSum = digamma(p * x + q);
                dp += w * x * (digammaSum - digamma(p * x));
                dq += w * digammaSum;
            }
        }
        for (std::size_t i = 0; i < rows_.monetary.size(); ++i) {
            const double x = rows_.frequency[i];
            const double vxm = v + x * rows_.monetary[i];
            const double lnVxm = std::log(vxm);
            sum -= (p * x + q) * lnVxm;
            if (gradient) {
                dp -= x * lnVxm;
                dq -= lnVxm;
                dv -= (p * x + q) / vxm;
            }
        }
        if (gradient) {
            gradient[0] = dp;
            gradient[1] = dq;
            gradient[2] = dv;
        }
        return sum;
    }

  private:
    SpendRows rows_;
};

GammaGammaFit failure(FitStatus status, std::string message, double customers) {
    GammaGammaFit fit;
    fit.params = {kNaN, kNaN, kNaN};
    fit.diagnostics.status = status;
    fit.diagnostics.message = std::move(message);
    fit.diagnostics.customers = customers;
    return fit;
}

double correlation(const std::vector<double>& xs, const std::vector<double>& ys) {
    const double n = static_cast<double>(xs.size());
    double mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        mx += xs[i] / n;
        my += ys[i] / n;
    }
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) * (xs[i] - mx);
        syy += (ys[i] - my) * (ys[i] - my);
    }
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

}  // namespace

double gammaGammaLogLikelihood(const GammaGammaParams& g, int frequency, double m) {
    using detail::lnGamma;
    const double x = static_cast<double>(frequency);
    const double px = g.p * x;
    return lnGamma(px + g.q) - lnGamma(px) - lnGamma(g.q) + g.q * std::log(g.v) +
           (px - 1.0) * std::log(m) + px * std::log(x) - (px + g.q) * std::log(g.v + x * m);
}

double expectedAverageValue(const GammaGammaParams& g, int frequency, double m) {
    const double px = g.p * static_cast<double>(frequency);
    return (g.v * g.p + px * m) / (px + g.q - 1.0);
}

double populationMeanValue(const GammaGammaParams& g) {
    return g.q > 1.0 ? g.v * g.p / (g.q - 1.0) : std::numeric_limits<double>::infinity();
}

GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers,
                            const GammaGammaFitOptions& options) {
    std::vector<double> frequencies, values;
    // Sized once: growing by doubling would leave up to twice the memory at the peak.
    const auto repeat = static_cast<std::size_t>(
        std::count_if(customers.begin(), customers.end(),
                      [](const CustomerSummary& c) { return c.frequency > 0; }));
    frequencies.reserve(repeat);
    values.reserve(repeat);
    std::size_t nonPositive = 0;
    for (const CustomerSummary& c : customers) {
        if (c.frequency <= 0) continue;
        if (!(c.monetary > 0.0) || !std::isfinite(c.monetary)) {
            ++nonPositive;
            continue;
        }
        frequencies.push_back(c.frequency);
        values.push_back(c.monetary);
    }
    const double n = static_cast<double>(values.size());
    if (values.size() < std::max<std::size_t>(options.minCustomers, 1)) {
        return failure(FitStatus::InsufficientData,
                       fmt::format("Only {} repeat customers with a positive average value: the "
                                   "Gamma-Gamma model needs at least {}.",
                                   values.size(), options.minCustomers),
                       n);
    }

    // Fit on values relative to their mean: v' = v / scale keeps the starts meaningful for any
    // currency. Each density scales by 1/scale, so LL = LL' - N ln(scale).
    double scale = 0.0;
    for (double m : values) scale += m / n;
    SpendRows rows;
    std::map<int, std::size_t> indexOf;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int x = static_cast<int>(frequencies[i]);
        auto [it, inserted] = indexOf.emplace(x, rows.distinctFrequency.size());
        if (inserted) {
            rows.distinctFrequency.push_back(x);
            rows.weightOfFrequency.push_back(0.0);
        }
        rows.weightOfFrequency[it->second] += 1.0;
        const double m = values[i] / scale;
        rows.frequency.push_back(frequencies[i]);
        rows.monetary.push_back(m);
        rows.sumXLnXm += frequencies[i] * (std::log(m) + std::log(frequencies[i]));
        rows.sumLnM += std::log(m);
    }
    rows.customers = n;
    SpendLikelihood likelihood(std::move(rows));
    const double coef = options.penalizerCoef;
    detail::LogSpaceObjective objective = [&](std::span<const double> lp, std::span<double> grad) {
        const double p = std::exp(lp[0]), q = std::exp(lp[1]), v = std::exp(lp[2]);
        double g[3];
        const double ll = likelihood.evaluate(p, q, v, grad.empty() ? nullptr : g);
        const double rawV = v * scale;  // lifetimes penalizes v in money units
        const double penalty = p * p + q * q + rawV * rawV;
        if (!grad.empty()) {
            grad[0] = p * (-g[0] / n + 2.0 * coef * p);
            grad[1] = q * (-g[1] / n + 2.0 * coef * q);
            grad[2] = v * (-g[2] / n + 2.0 * coef * rawV * scale);
        }
        return -ll / n + coef * penalty;
    };

    // Starts all put the population mean v' p / (q-1) at the observed mean (1 after scaling).
    std::vector<std::vector<double>> starts;
    for (const auto& [p, q, v] : {std::array{1.0, 2.0, 1.0}, std::array{2.0, 3.0, 1.0},
                                  std::array{5.0, 5.0, 0.8}, std::array{0.5, 1.5, 1.0}})
        starts.push_back({std::log(p), std::log(q), std::log(v)});
    detail::MinimizerSettings settings;
    if (options.constrainQAtLeastOne)
        settings.lowerLogBounds = {settings.lowerLogBound, 0.0, settings.lowerLogBound};
    const detail::MinimizerResult best = detail::minimizeFromStarts(objective, starts, settings);

    GammaGammaFit fit;
    FitDiagnostics& d = fit.diagnostics;
    d.customers = n;
    d.rows = values.size();
    if (!detail::recordMinimization(best, d)) {
        fit.params = {kNaN, kNaN, kNaN};
        return fit;
    }
    const std::vector<double>& lp = best.logParams;
    fit.params = {std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]) * scale};
    d.logLikelihood =
        likelihood.evaluate(std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]), nullptr) -
        n * std::log(scale);
    if (options.computeStandardErrors) {
        // One observed information serves both (it costs eight gradients).
        d.logCovariance = detail::logParameterCovariance(objective, lp, n);
        d.standardErrors = detail::naturalStandardErrors(d.logCovariance, lp);
        if (d.standardErrors.size() == 3) d.standardErrors[2] *= scale;
    }

    std::string bounds;
    bool qHeldByConstraint = false;
    for (std::size_t i = 0; i < 3; ++i) {
        if (!best.atBound[i]) continue;
        if (i == 1 && options.constrainQAtLeastOne && lp[1] < 1.0) {
            qHeldByConstraint = true;
            continue;
        }
        const bool high = lp[i] > 0.0;
        bounds += fmt::format("Parameter {} ran to the {} edge of its allowed range", "pqv"[i],
                              high ? "upper" : "lower");
        if (i == 0 && high)
            bounds += ": a customer's purchases hardly vary in value around their own mean. ";
        else if (i != 0 && high)
            bounds += ": customers' average values hardly differ from one another. ";
        else
            bounds += ". ";
    }
    const bool flat = !d.standardErrors.empty() && std::isnan(d.standardErrors[0]);
    if (!bounds.empty()) {
        d.status = FitStatus::Unidentified;
        d.message = "The data do not determine the Gamma-Gamma model. " + bounds +
                    "Expected average values fall back to the customers' own averages.";
    } else if (!best.gradientSmall) {
        d.status = FitStatus::NotConverged;
        d.message = fmt::format(
            "The optimizers stopped without reaching an optimum (gradient norm {:.3g} after {} "
            "evaluations); expected average values are unreliable.",
            best.gradientNorm, best.evaluations);
    } else if (flat) {
        d.status = FitStatus::Unidentified;
        d.message = "The likelihood is flat in some direction: the parameters are not determined.";
    } else {
        d.status = FitStatus::Converged;
        d.message = fmt::format("Gamma-Gamma fitted on {} repeat customers.", n);
    }
    d.converged = d.status == FitStatus::Converged;

    if (fit.params.q <= 1.0 + 1e-9)
        d.warnings.push_back(
            qHeldByConstraint ? "q is held at 1 by the constraint: the population mean value "
                                "is at the edge of being infinite."
                              : "q <= 1: the population mean value is infinite, so expected "
                                "average values of customers with few purchases are unreliable.");
    if (nonPositive > 0)
        d.warnings.push_back(fmt::format(
            "{} repeat customers with a zero, negative or missing average value were left out.",
            nonPositive));
    if (values.size() < options.fewCustomers)
        d.warnings.push_back(fmt::format(
            "Only {} repeat customers: the estimates are uncertain (see the standard errors).",
            values.size()));
    if (const double rho = correlation(frequencies, values); std::abs(rho) > kCorrelationWarning)
        d.warnings.push_back(fmt::format(
            "Average value and purchase frequency are correlated ({:.2f}); the Gamma-Gamma "
            "model assumes they are independent, so lifetime values may be biased.",
            rho));
    if (coef > 0.0)
        d.warnings.push_back(fmt::format(
            "Penalized fit (coefficient {}): parameters are shrunk towards zero.", coef));
    return fit;
}

}  // namespace crm::clv
