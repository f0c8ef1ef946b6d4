#pragma once
// Multi-start bounded minimization in log-parameters with NLopt: a gradient method first,
// a derivative-free method when it fails. Shared by the BG/NBD and Gamma-Gamma fits.
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "engine/clv/fit_diagnostics.h"

namespace crm::clv::detail {

// Returns the objective at logParams and, when gradient is not empty, writes its gradient.
using LogSpaceObjective =
    std::function<double(std::span<const double> logParams, std::span<double> gradient)>;

struct MinimizerSettings {
    double lowerLogBound = -15.0;        // parameters in [3e-7, 3e6]: beyond that the data carry no
    double upperLogBound = 15.0;         // information about them, and the run is reported as such
    std::vector<double> lowerLogBounds;  // per parameter; empty = lowerLogBound for all
    double gradientTolerance = 1e-5;     // on the 1/N-scaled objective
    int maxEvaluationsPerRun = 3000;
    double relativeAgreement = 1e-9;  // two runs ending this close found the same optimum
    // Once the best point so far has a log-parameter beyond +-this, the likelihood keeps rising
    // towards a boundary: the search stops there instead of crawling along the flat ridge.
    double runawayLogDistance = HUGE_VAL;
    int maxTotalEvaluations = 0;  // over all starts and fallbacks; 0 = no limit
    // The first start runs before the others are ranked (see stopAtBest).
    bool leadingStartFirst = false;
    // Asked at each new best point evaluated with its gradient; true stops the whole search
    // there (a fit heading to a boundary whose verdict is already known).
    std::function<bool(std::span<const double> logParams, double value,
                       std::span<const double> gradient)>
        stopAtBest;
};

struct MinimizerResult {
    std::vector<double> logParams;
    double value = 0.0;
    double gradientNorm = 0.0;  // projected: components pushing out of an active bound are dropped
    bool gradientSmall = false;
    std::vector<bool> atBound;  // per parameter
    int evaluations = 0;
    int startsRun = 0;
    int winningStart = -1;
    std::string method;
    bool stoppedRunningAway = false;  // see MinimizerSettings::runawayLogDistance
    bool budgetExhausted = false;     // maxTotalEvaluations reached before an optimum
    bool stoppedAtBest = false;       // MinimizerSettings::stopAtBest said so
};

// Starts are tried from the lowest objective up; it stops once two runs agree.
MinimizerResult minimizeFromStarts(const LogSpaceObjective& objective,
                                   const std::vector<std::vector<double>>& starts,
                                   const MinimizerSettings& settings);

// Copies a minimization's evaluation and start counts into d. When no start could be
// evaluated it marks d NotConverged with its message and returns false; otherwise it copies the
// optimum's objective, gradient norm, winning start and method and returns true.
bool recordMinimization(const MinimizerResult& best, FitDiagnostics& d);

// Covariance of the log-parameters, the inverse of the observed information (the Hessian of
// customers * objective in log-parameters, by central differences of the analytic gradient),
// row-major; empty when that Hessian is not positive definite (a flat likelihood).
std::vector<double> logParameterCovariance(const LogSpaceObjective& objective,
                                           std::span<const double> logParams, double customers);

// Standard errors of the natural parameters exp(logParams) from the observed information:
// the Hessian of customers * objective in log-parameters, by central differences of the
// analytic gradient, then the delta method. NaN entries when the Hessian is not positive
// definite (a flat likelihood).
std::vector<double> naturalStandardErrors(const LogSpaceObjective& objective,
                                          std::span<const double> logParams, double customers);

// The same from a covariance logParameterCovariance already computed (empty: all NaN).
std::vector<double> naturalStandardErrors(std::span<const double> logCovariance,
                                          std::span<const double> logParams);

}  // namespace crm::clv::detail
