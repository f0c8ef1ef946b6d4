// Pareto/NBD likelihood, fit and predictions.
#include "engine/clv/pareto_nbd.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "engine/clv/model_fit.h"
#include "engine/clv/pareto_nbd_likelihood.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Row {
    int frequency;
    double recency, age, weight;
    std::uint32_t frequencyIndex;  // into the distinct frequencies
    std::uint32_t ageIndex;        // into the distinct ages
};

}  // namespace

double paretoNbdLogLikelihood(const ParetoNbdParams& p, int frequency, double recency, double age) {
    using detail::lnGamma;
    const double lnGammaRatio = lnGamma(p.r + static_cast<double>(frequency)) - lnGamma(p.r);
    return detail::paretoNbdHistoryLogLikelihood(p, frequency, recency, age, lnGammaRatio, 0.0, {});
}

double paretoNbdLogLikelihood(const ParetoNbdParams& p, const GroupedHistories& histories) {
    double sum = 0.0;
    for (const HistoryGroup& g : histories.groups)
        if (g.customers > 0.0)
            sum += g.customers * paretoNbdLogLikelihood(p, g.frequency, g.recency, g.age);
    return sum;
}

ParetoNbdFit fitParetoNbd(const GroupedHistories& histories,
                          std::optional<NoDropoutNbd> noDropout) {
    return detail::fitParetoNbd(histories, detail::kParetoNbdWorkBudget, noDropout);
}

ParetoNbdFit detail::fitParetoNbd(const GroupedHistories& histories, std::uint64_t workBudget,
                                  std::optional<NoDropoutNbd> noDropout) {
    detail::ModelFitProblem problem;
    // As s goes to zero nobody drops out: the NBD model. Its start keeps the NBD's r and alpha,
    // s at e^-8 (close enough to zero for the early stop) and beta ten times alpha (beta
    // hardly matters there; the ratio is about where such fits end).
    if (noDropout && std::isfinite(noDropout->logLikelihood) && noDropout->r > 0.0 &&
        noDropout->alpha > 0.0)
        problem.nestedBoundary = {
            .vanishing = 2,
            .logLikelihood = noDropout->logLikelihood,
            .start = {noDropout->r, noDropout->alpha, std::exp(-8.0), 10.0 * noDropout->alpha}};
    // Series terms spent over the whole fit; once over budget every further evaluation
    // returns at once, so the minimizer ends quickly.
    auto work = std::make_shared<std::uint64_t>(0);
    problem.workExhausted = [work, workBudget] { return *work > workBudget; };
    problem.modelName = "Pareto/NBD";
    problem.names = {"r", "alpha", "s", "beta"};
    problem.isRate = {false, true, false, true};
    // The analytic gradient costs about two likelihoods; a well-determined fit needs about a
    // hundred steps.
    problem.maxEvaluationsPerRun = 400;
    // Shapes from the literature's fits (CDNOW, grocery, retail); beta starts from s / rate.
    problem.starts = {
        {0.5, 0.5, 0.5, 0.5}, {1.0, 1.0, 1.0, 1.0}, {0.3, 0.3, 2.0, 2.0}, {2.0, 2.0, 0.3, 0.3}};
    problem.makeLikelihood = [&histories, work, workBudget](double timeScale) {
        std::vector<Row> rows;
        rows.reserve(histories.groups.size());
        std::vector<int> frequencies;  // distinct, ascending
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0) frequencies.push_back(g.frequency);
        std::sort(frequencies.begin(), frequencies.end());
        frequencies.erase(std::unique(frequencies.begin(), frequencies.end()), frequencies.end());
        // Ages (whole periods in real summaries) repeat across many histories.
        std::vector<double> ages;  // distinct, scaled, ascending
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0) ages.push_back(g.age * timeScale);
        std::sort(ages.begin(), ages.end());
        ages.erase(std::unique(ages.begin(), ages.end()), ages.end());
        for (const HistoryGroup& g : histories.groups)
            if (g.customers > 0.0) {
                const double age = g.age * timeScale;
                const auto frequencyIndex = static_cast<std::uint32_t>(
                    std::lower_bound(frequencies.begin(), frequencies.end(), g.frequency) -
                    frequencies.begin());
                const auto ageIndex = static_cast<std::uint32_t>(
                    std::lower_bound(ages.begin(), ages.end(), age) - ages.begin());
                rows.push_back({g.frequency, g.recency * timeScale, age, g.customers,
                                frequencyIndex, ageIndex});
            }
        return detail::ScaledLogLikelihood(
            [rows = std::move(rows), frequencies = std::move(frequencies), ages = std::move(ages),
             work, workBudget](std::span<const double> theta, std::span<double> gradient) {
                if (*work > workBudget) return kNaN;
                using detail::digamma;
                using detail::lnGamma;
                const ParetoNbdParams p{theta[0], theta[1], theta[2], theta[3]};
                const bool withGradient = !gradient.empty();
                // ln Gamma(r+x) - ln Gamma(r) and its derivative, once per distinct x.
                std::vector<double> lnGammaRatio(frequencies.size()), digammaDifference;
                const double lnGammaR = lnGamma(p.r), digammaR = withGradient ? digamma(p.r) : 0.0;
                if (withGradient) digammaDifference.resize(frequencies.size());
                for (std::size_t i = 0; i < frequencies.size(); ++i) {
                    const double rx = p.r + static_cast<double>(frequencies[i]);
                    lnGammaRatio[i] = lnGamma(rx) - lnGammaR;
                    if (withGradient) digammaDifference[i] = digamma(rx) - digammaR;
                }
                // ln(alpha + T) and ln(beta + T) once per distinct age.
                const double logAlpha = std::log(p.alpha), logBeta = std::log(p.beta);
                std::vector<double> logAlphaAge(ages.size()), logBetaAge(ages.size());
                for (std::size_t i = 0; i < ages.size(); ++i) {
                    logAlphaAge[i] = std::log(p.alpha + ages[i]);
                    logBetaAge[i] = std::log(p.beta + ages[i]);
                }
                double sum = 0.0;
                std::array<double, 4> rowGradient{};
                if (withGradient) std::fill(gradient.begin(), gradient.end(), 0.0);
                for (const Row& row : rows) {
                    const std::size_t f = row.frequencyIndex;
                    sum += row.weight *
                           detail::paretoNbdHistoryLogLikelihood(
                               p, row.frequency, row.recency, row.age, lnGammaRatio[f],
                               withGradient ? digammaDifference[f] : 0.0,
                               {logAlpha, logBeta, logAlphaAge[row.ageIndex],
                                logBetaAge[row.ageIndex]},
                               withGradient ? std::span<double>(rowGradient) : std::span<double>(),
                               work.get());
                    if (withGradient)
                        for (std::size_t i = 0; i < 4; ++i)
                            gradient[i] += row.weight * rowGradient[i];
                }
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
    const double odds =
        detail::paretoNbdLogDeadOdds(p, static_cast<double>(frequency), recency, age);
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
