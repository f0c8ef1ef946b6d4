#pragma once
// The maximum-likelihood fit shared by the MBG/NBD, Pareto/NBD and NBD models: lifetimes' time
// rescaling (ages divided by the oldest), several starts, standard errors from the observed
// information and plain-language diagnostics. Internal to the engine's model files.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"

namespace crm::clv::detail {

// Log-likelihood summed over histories whose times were multiplied by timeScale, at natural
// parameters in that time unit. When gradient is not empty it receives d LL / d parameter.
using ScaledLogLikelihood =
    std::function<double(std::span<const double> params, std::span<double> gradient)>;

struct ModelFitProblem {
    std::string modelName;           // "Pareto/NBD", for messages
    std::vector<std::string> names;  // parameter names, for messages
    std::vector<bool> isRate;        // rate parameters (alpha, beta) scale with time
    // Builds the likelihood for a time scale; called once.
    std::function<ScaledLogLikelihood(double timeScale)> makeLikelihood;
    // Whether the likelihood fills its gradient; when not, central differences are used.
    bool analyticGradient = true;
    // Starting shapes (non-rate parameters); rates are set from the observed purchase rate.
    std::vector<std::vector<double>> starts;
    // Per local run; a likelihood with numerical gradients gets fewer, as it costs more.
    int maxEvaluationsPerRun = 3000;
    // Over the whole fit, so that no input can keep the analysis busy for minutes.
    int maxTotalEvaluations = 4000;
    // When set and true after the minimization, the likelihood ran out of its own work budget
    // (series terms, not evaluations): the fit is reported as not determined.
    std::function<bool()> workExhausted;
    std::size_t minCustomers = 10;
    std::size_t fewCustomers = 200;
    bool computeStandardErrors = true;
    // The model without drop-out that this one becomes as parameter `vanishing` goes to zero,
    // and its maximum log-likelihood (data's time unit). When set, the search stops once it is
    // near that boundary, still heading there, and no better than the nested model by the
    // likelihood-ratio test: the fit would end "not determined" anyway, after many more
    // evaluations crawling to the boundary.
    struct NestedBoundary {
        std::size_t vanishing = 0;
        double logLikelihood = 0.0;
        // One more start next to that boundary, natural parameters in the data's time unit
        // (empty: none).
        std::vector<double> start;
    };
    std::optional<NestedBoundary> nestedBoundary;
};

struct ModelFitResult {
    std::vector<double> params;  // natural, in the data's time unit; NaN when unusable
    FitDiagnostics diagnostics;
};

// Validates the histories, fits and diagnoses. The message names the model.
ModelFitResult fitModel(const ModelFitProblem& problem, const GroupedHistories& histories);

// Central differences of f at x in each coordinate (step h), for likelihoods without an
// analytic gradient and for tests that check analytic ones.
std::vector<double> centralDifferenceGradient(
    const std::function<double(std::span<const double>)>& f, std::span<const double> x,
    double h = 1e-6);

}  // namespace crm::clv::detail
