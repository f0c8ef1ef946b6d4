#include "engine/clv/gamma_gamma.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

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

GammaGammaFit failure(FitStatus status, text::Phrase message, double customers) {
    GammaGammaFit fit;
    fit.params = {kNaN, kNaN, kNaN};
    fit.diagnostics.status = status;
    fit.diagnostics.say(std::move(message));
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
        return failure(
            FitStatus::InsufficientData,
            text::phrasePlural("Only {0} repeat customer with a positive average "
                               "value: the Gamma-Gamma model needs at least {1}.",
                               "Only {0} repeat customers with a positive average "
                               "value: the Gamma-Gamma model needs at least {1}.",
                               static_cast<long long>(values.size()),
                               text::count(static_cast<long long>(values.size())),
                               text::count(static_cast<long long>(options.minCustomers))),
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

    std::vector<text::Phrase> bounds;
    bool qHeldByConstraint = false;
    for (std::size_t i = 0; i < 3; ++i) {
        if (!best.atBound[i]) continue;
        if (i == 1 && options.constrainQAtLeastOne && lp[1] < 1.0) {
            qHeldByConstraint = true;
            continue;
        }
        const text::PhraseArg name = text::userText(std::string(1, "pqv"[i]));
        if (lp[i] <= 0.0)
            bounds.push_back(
                text::phrase("Parameter {0} ran to the lower edge of its allowed range.", name));
        else if (i == 0)
            bounds.push_back(text::phrase(
                "Parameter {0} ran to the upper edge of its allowed range: a customer's purchases "
                "hardly vary in value around their own mean.",
                name));
        else
            bounds.push_back(
                text::phrase("Parameter {0} ran to the upper edge of its allowed range: "
                             "customers' average values hardly differ from one another.",
                             name));
    }
    const bool flat = !d.standardErrors.empty() && std::isnan(d.standardErrors[0]);
    const auto repeatCustomers = static_cast<long long>(values.size());
    if (!bounds.empty()) {
        d.status = FitStatus::Unidentified;
        std::vector<text::Phrase> said{
            text::phrase("The data do not determine the Gamma-Gamma model.")};
        said.insert(said.end(), bounds.begin(), bounds.end());
        said.push_back(
            text::phrase("Expected average values fall back to the customers' own averages."));
        d.say(sentencesInRow(said));
    } else if (!best.gradientSmall) {
        d.status = FitStatus::NotConverged;
        d.say(
            text::phrase("The optimizers stopped without reaching an optimum (gradient norm {0} "
                         "after {1} evaluations); expected average values are unreliable.",
                         significant(best.gradientNorm, 3), text::count(best.evaluations)));
    } else if (flat) {
        d.status = FitStatus::Unidentified;
        d.say(text::phrase(
            "The likelihood is flat in some direction: the parameters are not determined."));
    } else {
        d.status = FitStatus::Converged;
        d.say(text::phrasePlural("Gamma-Gamma fitted on {0} repeat customer.",
                                 "Gamma-Gamma fitted on {0} repeat customers.", repeatCustomers,
                                 text::count(repeatCustomers)));
    }
    d.converged = d.status == FitStatus::Converged;

    if (fit.params.q <= 1.0 + 1e-9)
        d.warn(qHeldByConstraint
                   ? text::phrase("q is held at 1 by the constraint: the population mean value is "
                                  "at the edge of being infinite.")
                   : text::phrase("q <= 1: the population mean value is infinite, so expected "
                                  "average values of customers with few purchases are "
                                  "unreliable."));
    if (nonPositive > 0) {
        const auto leftOut = static_cast<long long>(nonPositive);
        d.warn(text::phrasePlural(
            "{0} repeat customer with a zero, negative or missing average value was left out.",
            "{0} repeat customers with a zero, negative or missing average value were left out.",
            leftOut, text::count(leftOut)));
    }
    if (values.size() < options.fewCustomers)
        d.warn(text::phrasePlural(
            "Only {0} repeat customer: the estimates are uncertain (see the standard errors).",
            "Only {0} repeat customers: the estimates are uncertain (see the standard errors).",
            repeatCustomers, text::count(repeatCustomers)));
    if (const double rho = correlation(frequencies, values); std::abs(rho) > kCorrelationWarning)
        d.warn(
            text::phrase("Average value and purchase frequency are correlated ({0}); the "
                         "Gamma-Gamma model assumes they are independent, so lifetime values "
                         "may be biased.",
                         text::number(rho, 2)));
    if (coef > 0.0)
        d.warn(text::phrase("Penalized fit (coefficient {0}): parameters are shrunk towards zero.",
                            significant(coef, 6)));
    return fit;
}

}  // namespace crm::clv
