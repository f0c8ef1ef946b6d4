#include "engine/clv/model_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/clv/log_space_minimizer.h"

namespace crm::clv::detail {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Beyond e^+-10 (in time units of the oldest age) a parameter is running off towards 0 or
// infinity even if the optimizer stopped before the bound: the likelihood has gone flat there.
constexpr double kRunawayLog = 10.0;
// A vanishing parameter below e^-5 whose fit is within the likelihood-ratio test's 5% critical
// value of the nested model: the comparison will report the drop-out as not determined.
constexpr double kNestedBoundaryLog = -5.0;
constexpr double kChiSquare1At5Percent = 3.841;
// ... and not far below the nested model's maximum: a point still on its way, not a poor start.
// The ratio shrinks about as fast as the vanishing parameter; within 10 of zero saves most of
// the crawl to the boundary (1M-line bench: from about e^-10 to e^-7) while the ratio the
// comparison shows stays a small number.
constexpr double kNestedRatioBelow = 10.0;

ModelFitResult failure(std::size_t parameters, FitStatus status, text::Phrase message,
                       double customers, std::size_t rows) {
    ModelFitResult fit;
    fit.params.assign(parameters, kNaN);
    fit.diagnostics.status = status;
    fit.diagnostics.say(std::move(message));
    fit.diagnostics.customers = customers;
    fit.diagnostics.rows = rows;
    return fit;
}

}  // namespace

std::vector<double> centralDifferenceGradient(
    const std::function<double(std::span<const double>)>& f, std::span<const double> x, double h) {
    std::vector<double> shifted(x.begin(), x.end()), gradient(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double step = h * std::max(1.0, std::abs(x[i]));
        shifted[i] = x[i] + step;
        const double up = f(shifted);
        shifted[i] = x[i] - step;
        const double down = f(shifted);
        shifted[i] = x[i];
        gradient[i] = (up - down) / (2.0 * step);
    }
    return gradient;
}

ModelFitResult fitModel(const ModelFitProblem& problem, const GroupedHistories& histories) {
    const std::size_t k = problem.names.size();
    double customers = 0.0, repeatCustomers = 0.0, repeatPurchases = 0.0, totalAge = 0.0;
    double maxAge = 0.0;
    std::size_t rows = 0;
    for (const HistoryGroup& g : histories.groups) {
        const CustomerSummary summary{g.frequency, g.recency, g.age, 0.0};
        if (auto issue = findSummaryProblem(summary);
            issue || !(g.customers >= 0.0) || !std::isfinite(g.customers)) {
            return failure(k, FitStatus::InvalidInput,
                           text::phrase("A customer history is impossible ({0}); fix the "
                                        "summaries before fitting.",
                                        issue.value_or(text::term("bad customer count"))),
                           0.0, histories.groups.size());
        }
        if (g.customers == 0.0) continue;
        ++rows;
        customers += g.customers;
        totalAge += g.customers * g.age;
        if (g.frequency > 0) {
            repeatCustomers += g.customers;
            repeatPurchases += g.customers * g.frequency;
        }
        maxAge = std::max(maxAge, g.age);
    }
    const long long customerCount = std::llround(customers);
    const text::PhraseArg model = text::userText(problem.modelName);
    if (customers < static_cast<double>(std::max<std::size_t>(problem.minCustomers, 1))) {
        return failure(k, FitStatus::InsufficientData,
                       text::phrasePlural("Only {0} customer: the {1} model needs at least {2} to "
                                          "estimate its {3} parameters.",
                                          "Only {0} customers: the {1} model needs at least {2} "
                                          "to estimate its {3} parameters.",
                                          customerCount, text::count(customerCount), model,
                                          text::count(static_cast<long long>(problem.minCustomers)),
                                          text::count(static_cast<long long>(k))),
                       customers, rows);
    }
    if (repeatCustomers == 0.0) {
        return failure(k, FitStatus::InsufficientData,
                       text::phrase("No customer bought again after the first purchase, so the "
                                    "data say nothing about purchase rates; the {0} model cannot "
                                    "be fitted.",
                                    model),
                       customers, rows);
    }
    if (maxAge <= 0.0) {
        return failure(k, FitStatus::InsufficientData,
                       text::phrase("Every customer made the first purchase at the end of the "
                                    "observation period; there is no history to fit."),
                       customers, rows);
    }

    const double timeScale = 1.0 / maxAge;
    const ScaledLogLikelihood likelihood = problem.makeLikelihood(timeScale);
    const double n = customers;
    auto logLikelihoodAt = [&](std::span<const double> lp) {
        std::vector<double> theta(lp.size());
        for (std::size_t i = 0; i < lp.size(); ++i) theta[i] = std::exp(lp[i]);
        return likelihood(theta, {});
    };
    LogSpaceObjective objective = [&](std::span<const double> lp, std::span<double> grad) {
        std::vector<double> theta(lp.size());
        for (std::size_t i = 0; i < lp.size(); ++i) theta[i] = std::exp(lp[i]);
        if (grad.empty()) return -likelihood(theta, {}) / n;
        if (!problem.analyticGradient) {
            const std::vector<double> g = centralDifferenceGradient(logLikelihoodAt, lp);
            for (std::size_t i = 0; i < grad.size(); ++i) grad[i] = -g[i] / n;
            return -logLikelihoodAt(lp) / n;
        }
        std::vector<double> g(lp.size());
        const double ll = likelihood(theta, g);
        // Chain rule to log-parameters: d/d ln(theta) = theta * d/d theta.
        for (std::size_t i = 0; i < grad.size(); ++i) grad[i] = -theta[i] * g[i] / n;
        return -ll / n;
    };

    // Rates start where shape / rate matches the observed repeat-purchase rate.
    const double rate = repeatPurchases / (totalAge * timeScale);
    std::vector<std::vector<double>> starts;
    for (const std::vector<double>& shape : problem.starts) {
        std::vector<double> start(k);
        for (std::size_t i = 0; i < k; ++i) {
            const double value =
                problem.isRate[i] ? std::clamp(shape[i] / rate, 1e-6, 1e6) : shape[i];
            start[i] = std::log(value);
        }
        starts.push_back(std::move(start));
    }
    const bool nestedStart = problem.nestedBoundary && problem.nestedBoundary->start.size() == k;
    if (nestedStart) {
        std::vector<double> start(k);
        for (std::size_t i = 0; i < k; ++i)
            start[i] =
                std::log(problem.nestedBoundary->start[i] * (problem.isRate[i] ? timeScale : 1.0));
        starts.insert(starts.begin(), std::move(start));
    }
    MinimizerSettings settings;
    // Next to the boundary the search usually ends at its first steps, before the other starts
    // (expensive where their rates are close) need evaluating.
    settings.leadingStartFirst = nestedStart;
    settings.maxEvaluationsPerRun = problem.maxEvaluationsPerRun;
    settings.maxTotalEvaluations = problem.maxTotalEvaluations;
    settings.runawayLogDistance = kRunawayLog;
    if (problem.nestedBoundary) {
        const ModelFitProblem::NestedBoundary nested = *problem.nestedBoundary;
        const double logScale = repeatPurchases * std::log(timeScale);
        settings.stopAtBest = [nested, n, logScale](std::span<const double> lp, double value,
                                                    std::span<const double> gradient) {
            const std::size_t v = nested.vanishing;
            // Near zero and still pushed towards it (the objective falls as it shrinks).
            if (!(lp[v] < kNestedBoundaryLog) || !(gradient[v] > 0.0)) return false;
            const double ratio = 2.0 * (-value * n + logScale - nested.logLikelihood);
            return ratio > -kNestedRatioBelow && ratio < kChiSquare1At5Percent;
        };
    }
    const MinimizerResult best = minimizeFromStarts(objective, starts, settings);
    if (problem.workExhausted && problem.workExhausted()) {
        return failure(k, FitStatus::NotConverged,
                       text::phrase("The {0} fit was stopped: on these data its likelihood needs "
                                    "more computation than the analysis allows (its series "
                                    "converge too slowly where the search was heading), so its "
                                    "parameters are not determined.",
                                    model),
                       customers, rows);
    }

    ModelFitResult fit;
    FitDiagnostics& d = fit.diagnostics;
    d.customers = customers;
    d.rows = rows;
    if (!recordMinimization(best, d)) {
        fit.params.assign(k, kNaN);
        return fit;
    }
    const std::vector<double>& lp = best.logParams;
    fit.params.resize(k);
    for (std::size_t i = 0; i < k; ++i)
        fit.params[i] = std::exp(lp[i]) / (problem.isRate[i] ? timeScale : 1.0);
    // Each customer's likelihood is a density in the purchase times: rescaling time by s
    // multiplies it by s^-x. Reported in the data's own time unit.
    d.logLikelihood = logLikelihoodAt(lp) + repeatPurchases * std::log(timeScale);
    std::vector<text::Phrase> runaway;
    for (std::size_t i = 0; i < k; ++i) {
        if (!best.atBound[i] && std::abs(lp[i]) <= kRunawayLog) continue;
        const text::PhraseArg name = text::userText(problem.names[i]);
        runaway.push_back(lp[i] > 0.0 ? text::phrase("{0} ran off towards infinity ({1})", name,
                                                     significant(fit.params[i], 3))
                                      : text::phrase("{0} ran off towards zero ({1})", name,
                                                     significant(fit.params[i], 3)));
    }
    // A fit that is not determined gets no standard errors: its parameters are not findings,
    // and the observed information costs eight more gradients.
    const bool determinable = runaway.empty() && !best.stoppedAtBest;
    if (problem.computeStandardErrors) {
        d.standardErrors.assign(k, kNaN);
        if (determinable) d.logCovariance = logParameterCovariance(objective, lp, n);
        if (!d.logCovariance.empty())
            for (std::size_t i = 0; i < k; ++i)
                d.standardErrors[i] = fit.params[i] * std::sqrt(d.logCovariance[i * k + i]);
    }
    const bool flat = problem.computeStandardErrors && d.logCovariance.empty();
    const text::PhraseArg evaluations = text::count(best.evaluations);
    if (best.stoppedAtBest) {
        const std::size_t v = problem.nestedBoundary->vanishing;
        // At the boundary the model is the nested one, so the likelihood the search was
        // climbing towards is the nested model's maximum: compared on that, as a fit run all
        // the way there would be (within a hundredth), not on the point where it stopped.
        d.logLikelihood = std::max(d.logLikelihood, problem.nestedBoundary->logLikelihood);
        d.status = FitStatus::Unidentified;
        d.say(text::phrase(
            "The data do not determine the {0} model: {1} was running off towards zero ({2}), "
            "where it becomes the model in which nobody drops out, and it fitted no better than "
            "that model, so the search was stopped there and its likelihood is that model's. "
            "These values are not findings.",
            model, text::userText(problem.names[v]), significant(fit.params[v], 3)));
    } else if (!runaway.empty()) {
        d.status = FitStatus::Unidentified;
        d.say(
            text::phrase("The data do not determine the {0} model: {1}. The likelihood is flat "
                         "in that direction, so these values are not findings.",
                         model, text::list(runaway, text::PhraseArg::Joiner::Semicolon)));
    } else if (best.budgetExhausted) {
        d.status = FitStatus::NotConverged;
        d.say(
            text::phrase("The {0} fit was stopped after {1} likelihood evaluations without "
                         "reaching an optimum (gradient norm {2}); its predictions are "
                         "unreliable.",
                         model, evaluations, significant(best.gradientNorm, 3)));
    } else if (!best.gradientSmall) {
        d.status = FitStatus::NotConverged;
        d.say(
            text::phrase("The optimizers stopped without reaching an optimum of the {0} model "
                         "(gradient norm {1} after {2} evaluations); its predictions are "
                         "unreliable.",
                         model, significant(best.gradientNorm, 3), evaluations));
    } else if (flat) {
        d.status = FitStatus::Unidentified;
        d.say(
            text::phrase("The {0} likelihood is flat in some direction: different parameter "
                         "values fit the data equally well, so the parameters are not "
                         "determined.",
                         model));
    } else {
        d.status = FitStatus::Converged;
        d.say(text::phrasePlural(
            "{0} fitted on {1} customer ({2} bought again) in {3} distinct histories.",
            "{0} fitted on {1} customers ({2} bought again) in {3} distinct histories.",
            customerCount, model, text::count(customerCount),
            text::count(std::llround(repeatCustomers)), text::count(static_cast<long long>(rows))));
    }
    d.converged = d.status == FitStatus::Converged;
    if (customers < static_cast<double>(problem.fewCustomers))
        d.warn(fewCustomersWarning(customerCount));
    return fit;
}

}  // namespace crm::clv::detail
