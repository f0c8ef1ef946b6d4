// BG/NBD maximum likelihood on grouped histories.
#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/clv/bgnbd.h"
#include "engine/clv/bgnbd_likelihood.h"
#include "engine/clv/log_space_minimizer.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<const char*, 4> kNames{"r", "alpha", "a", "b"};

BgNbdFit failure(FitStatus status, text::Phrase message, double customers, std::size_t rows) {
    BgNbdFit fit;
    fit.params = {kNaN, kNaN, kNaN, kNaN};
    fit.diagnostics.status = status;
    fit.diagnostics.say(std::move(message));
    fit.diagnostics.customers = customers;
    fit.diagnostics.rows = rows;
    return fit;
}

// Beyond e^+-10 (in time units of the oldest age) a parameter is running off towards 0 or
// infinity even if the optimizer stopped before the bound: the likelihood has gone flat there.
constexpr double kRunawayLog = 10.0;

// Each case is a whole sentence, so a translator sees what the runaway means.
text::Phrase explainRunaway(std::size_t index, double logValue, double value) {
    const bool high = logValue > 0.0;
    const text::PhraseArg name = text::userText(kNames[index]);
    const text::PhraseArg shown = significant(value, 3);
    switch (index) {
        case 0:
        case 1:
            return high ? text::phrase(
                              "Parameter {0} ran off towards infinity ({1}): customers' "
                              "purchase rates look alike, so their spread cannot be "
                              "estimated (r and alpha grow together).",
                              name, shown)
                        : text::phrase(
                              "Parameter {0} ran off towards zero ({1}): customers' "
                              "purchase rates look alike, so their spread cannot be "
                              "estimated (r and alpha grow together).",
                              name, shown);
        case 2:
            return high ? text::phrase(
                              "Parameter {0} ran off towards infinity ({1}): the dropout "
                              "probability looks the same for everyone.",
                              name, shown)
                        : text::phrase(
                              "Parameter {0} ran off towards zero ({1}): the data show "
                              "almost no sign of customers dropping out.",
                              name, shown);
        default:
            return high ? text::phrase(
                              "Parameter {0} ran off towards infinity ({1}): the data "
                              "show almost no sign of customers dropping out.",
                              name, shown)
                        : text::phrase(
                              "Parameter {0} ran off towards zero ({1}): almost every "
                              "repeat purchase looks like the last one.",
                              name, shown);
    }
}

}  // namespace

double bgNbdLogLikelihood(const BgNbdParams& p, int x, double recency, double age) {
    using detail::lnGamma;
    const double xd = static_cast<double>(x);
    const double a1 = lnGamma(p.r + xd) - lnGamma(p.r) + p.r * std::log(p.alpha);
    const double a2 =
        lnGamma(p.a + p.b) + lnGamma(p.b + xd) - lnGamma(p.b) - lnGamma(p.a + p.b + xd);
    const double a3 = -(p.r + xd) * std::log(p.alpha + age);
    if (x == 0) return a1 + a2 + a3;
    const double a4 =
        std::log(p.a) - std::log(p.b + xd - 1.0) - (p.r + xd) * std::log(p.alpha + recency);
    return a1 + a2 + std::max(a3, a4) + std::log1p(std::exp(-std::abs(a3 - a4)));
}

double bgNbdLogLikelihood(const BgNbdParams& p, const GroupedHistories& histories,
                          std::array<double, 4>* gradient) {
    detail::BgNbdLikelihood likelihood(histories, 1.0);
    return likelihood.evaluate(p, gradient ? gradient->data() : nullptr);
}

BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers, const BgNbdFitOptions& options) {
    long long invalid = 0;
    text::Phrase first;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (auto problem = findSummaryProblem(customers[i])) {
            if (invalid++ == 0)
                first = text::phrase("customer #{0}: {1}",
                                     text::count(static_cast<long long>(i + 1)), *problem);
        }
    }
    if (invalid > 0) {
        const auto all = static_cast<long long>(customers.size());
        return failure(FitStatus::InvalidInput,
                       text::phrasePlural("{0} of {1} customer summaries is impossible (first: "
                                          "{2}); fix the summaries before fitting.",
                                          "{0} of {1} customer summaries are impossible (first: "
                                          "{2}); fix the summaries before fitting.",
                                          invalid, text::count(invalid), text::count(all), first),
                       static_cast<double>(customers.size()), 0);
    }
    return fitBgNbd(groupByHistory(customers), options);
}

BgNbdFit fitBgNbd(const GroupedHistories& histories, const BgNbdFitOptions& options) {
    double customers = 0.0, repeatCustomers = 0.0, repeatPurchases = 0.0, totalAge = 0.0;
    double maxAge = 0.0, minAge = std::numeric_limits<double>::infinity();
    for (const HistoryGroup& g : histories.groups) {
        const CustomerSummary summary{g.frequency, g.recency, g.age, 0.0};
        if (auto problem = findSummaryProblem(summary);
            problem || !(g.customers >= 0.0) || !std::isfinite(g.customers)) {
            return failure(FitStatus::InvalidInput,
                           text::phrase("A customer history is impossible ({0}); fix the "
                                        "summaries before fitting.",
                                        problem.value_or(text::term("bad customer count"))),
                           0.0, histories.groups.size());
        }
        if (g.customers == 0.0) continue;
        customers += g.customers;
        totalAge += g.customers * g.age;
        if (g.frequency > 0) {
            repeatCustomers += g.customers;
            repeatPurchases += g.customers * g.frequency;
        }
        maxAge = std::max(maxAge, g.age);
        minAge = std::min(minAge, g.age);
    }
    const std::size_t groupCount = histories.groups.size();
    const long long customerCount = std::llround(customers);
    if (customers < static_cast<double>(std::max<std::size_t>(options.minCustomers, 1))) {
        return failure(
            FitStatus::InsufficientData,
            text::phrasePlural("Only {0} customer: the BG/NBD model needs at least {1} "
                               "to estimate its four parameters.",
                               "Only {0} customers: the BG/NBD model needs at least "
                               "{1} to estimate its four parameters.",
                               customerCount, text::count(customerCount),
                               text::count(static_cast<long long>(options.minCustomers))),
            customers, groupCount);
    }
    if (repeatCustomers == 0.0) {
        return failure(FitStatus::InsufficientData,
                       text::phrase("No customer bought again after the first purchase, so the "
                                    "data say nothing about purchase rates or dropout; the "
                                    "BG/NBD model cannot be fitted. A longer observation period "
                                    "may help."),
                       customers, groupCount);
    }
    if (maxAge <= 0.0) {
        return failure(FitStatus::InsufficientData,
                       text::phrase("Every customer made the first purchase at the end of the "
                                    "observation period (age 0); there is no history to fit."),
                       customers, groupCount);
    }

    // lifetimes' convention: fit on T / max(T); alpha is rescaled back at the end.
    const double timeScale = 1.0 / maxAge;
    detail::BgNbdLikelihood likelihood(histories, timeScale);
    const double n = likelihood.customers();
    const double coef = options.penalizerCoef;
    detail::LogSpaceObjective objective = [&](std::span<const double> lp, std::span<double> grad) {
        const double theta[4] = {std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]),
                                 std::exp(lp[3])};
        double g[4];
        const double ll = likelihood.evaluate({theta[0], theta[1], theta[2], theta[3]},
                                              grad.empty() ? nullptr : g);
        double penalty = 0.0;
        for (double t : theta) penalty += t * t;
        // Chain rule to log-parameters: d/d ln(theta) = theta * d/d theta.
        for (std::size_t i = 0; i < grad.size(); ++i)
            grad[i] = theta[i] * (-g[i] / n + 2.0 * coef * theta[i]);
        return -ll / n + coef * penalty;
    };

    // Starts: a few shapes from the literature, with alpha set so that r / alpha matches the
    // observed repeat-purchase rate (purchases per unit of scaled age).
    const double rate = repeatPurchases / (totalAge * timeScale);
    std::vector<std::vector<double>> starts;
    for (const auto& [r, a, b] : {std::array{1.0, 1.0, 3.0}, std::array{0.3, 0.8, 2.5},
                                  std::array{1.0, 1.0, 1.0}, std::array{3.0, 2.0, 8.0}}) {
        const double alpha = std::clamp(r / rate, 1e-6, 1e6);
        starts.push_back({std::log(r), std::log(alpha), std::log(a), std::log(b)});
    }
    const detail::MinimizerSettings settings;
    const detail::MinimizerResult best = detail::minimizeFromStarts(objective, starts, settings);

    BgNbdFit fit;
    FitDiagnostics& d = fit.diagnostics;
    d.customers = customers;
    d.rows = likelihood.rows();
    if (!detail::recordMinimization(best, d)) {
        fit.params = {kNaN, kNaN, kNaN, kNaN};
        return fit;
    }
    const std::vector<double>& lp = best.logParams;
    fit.params = {std::exp(lp[0]), std::exp(lp[1]) / timeScale, std::exp(lp[2]), std::exp(lp[3])};
    // Rescaling time by s multiplies each customer's likelihood (a density in the purchase
    // times) by s^-x; report the log-likelihood in the data's own time unit.
    d.logLikelihood =
        likelihood.evaluate({std::exp(lp[0]), std::exp(lp[1]), std::exp(lp[2]), std::exp(lp[3])},
                            nullptr) +
        repeatPurchases * std::log(timeScale);
    if (options.computeStandardErrors) {
        // One observed information serves both (it costs eight gradients).
        d.logCovariance = detail::logParameterCovariance(objective, lp, n);
        d.standardErrors = detail::naturalStandardErrors(d.logCovariance, lp);
        if (d.standardErrors.size() == 4) d.standardErrors[1] /= timeScale;
    }

    const double natural[4] = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
    std::vector<text::Phrase> boundMessages;
    for (std::size_t i = 0; i < 4; ++i)
        if (best.atBound[i] || std::abs(lp[i]) > kRunawayLog)
            boundMessages.push_back(explainRunaway(i, lp[i], natural[i]));
    const bool flat = !d.standardErrors.empty() && std::isnan(d.standardErrors[0]);
    if (!boundMessages.empty()) {
        d.status = FitStatus::Unidentified;
        std::vector<text::Phrase> said{text::phrase("The data do not determine the BG/NBD model.")};
        said.insert(said.end(), boundMessages.begin(), boundMessages.end());
        said.push_back(text::phrase(
            "Predictions are unreliable; a penalizer (e.g. 0.001) or more history helps."));
        d.say(sentencesInRow(said));
    } else if (!best.gradientSmall) {
        d.status = FitStatus::NotConverged;
        d.say(
            text::phrase("The optimizers stopped without reaching an optimum (gradient norm {0} "
                         "after {1} evaluations); predictions are unreliable. A penalizer (e.g. "
                         "0.001) may help.",
                         significant(best.gradientNorm, 3), text::count(best.evaluations)));
    } else if (flat) {
        d.status = FitStatus::Unidentified;
        d.say(
            text::phrase("The likelihood is flat in some direction: different parameter values "
                         "fit the data equally well, so the parameters are not determined."));
    } else {
        d.status = FitStatus::Converged;
        d.say(text::phrasePlural(
            "BG/NBD fitted on {0} customer ({1} bought again) in {2} distinct histories.",
            "BG/NBD fitted on {0} customers ({1} bought again) in {2} distinct histories.",
            customerCount, text::count(customerCount), text::count(std::llround(repeatCustomers)),
            text::count(static_cast<long long>(d.rows))));
    }
    d.converged = d.status == FitStatus::Converged;

    if (customers < static_cast<double>(options.fewCustomers))
        d.warn(fewCustomersWarning(customerCount));
    if (repeatCustomers < 10.0) {
        const long long repeaters = std::llround(repeatCustomers);
        d.warn(text::phrasePlural("Only {0} customer bought again: dropout is poorly determined.",
                                  "Only {0} customers bought again: dropout is poorly determined.",
                                  repeaters, text::count(repeaters)));
    }
    if (minAge == maxAge)
        d.warn(
            text::phrase("All customers have the same age (one cohort): the fit relies on "
                         "frequency and recency alone."));
    if (coef > 0.0)
        d.warn(
            text::phrase("Penalized fit (coefficient {0}): parameters are shrunk towards zero, "
                         "so the log-likelihood is below its maximum.",
                         significant(coef, 6)));
    return fit;
}

}  // namespace crm::clv
