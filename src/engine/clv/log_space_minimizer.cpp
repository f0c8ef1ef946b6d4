#include "engine/clv/log_space_minimizer.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

namespace crm::clv::detail {
namespace {

constexpr double kRelativeFunctionTolerance = 1e-13;
constexpr double kRelativeStepTolerance = 1e-10;
constexpr double kAtBoundDistance = 1e-3;  // in log-parameters

double lowerBoundOf(const MinimizerSettings& settings, std::size_t i) {
    return i < settings.lowerLogBounds.size() ? settings.lowerLogBounds[i] : settings.lowerLogBound;
}

struct CountingObjective {
    const LogSpaceObjective* objective = nullptr;
    int evaluations = 0;
    const MinimizerSettings* settings = nullptr;
    nlopt_opt running = nullptr;  // the local run to stop early, if any
    double bestValue = std::numeric_limits<double>::infinity();
    std::vector<double> bestPoint;
    bool runningAway = false;
    bool budgetExhausted = false;
    bool stoppedAtBest = false;

    bool mustStop() const { return runningAway || budgetExhausted || stoppedAtBest; }
};

void noteEvaluation(CountingObjective& counting, std::span<const double> x, double value,
                    std::span<const double> gradient) {
    const MinimizerSettings& settings = *counting.settings;
    if (std::isfinite(value) && value < counting.bestValue) {
        counting.bestValue = value;
        counting.bestPoint.assign(x.begin(), x.end());
        for (const double xi : x)
            if (std::abs(xi) > settings.runawayLogDistance) counting.runningAway = true;
        if (settings.stopAtBest && !gradient.empty() && settings.stopAtBest(x, value, gradient))
            counting.stoppedAtBest = true;
    }
    if (settings.maxTotalEvaluations > 0 && counting.evaluations >= settings.maxTotalEvaluations)
        counting.budgetExhausted = true;
    if (counting.mustStop() && counting.running) nlopt_force_stop(counting.running);
}

double nloptCallback(unsigned n, const double* x, double* grad, void* data) {
    auto* counting = static_cast<CountingObjective*>(data);
    ++counting->evaluations;
    std::span<double> gradient = grad ? std::span<double>(grad, n) : std::span<double>();
    const double value = (*counting->objective)(std::span<const double>(x, n), gradient);
    noteEvaluation(*counting, std::span<const double>(x, n), value, gradient);
    // A non-finite value must not poison the optimizer's line search or simplex.
    if (!std::isfinite(value)) {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        return std::numeric_limits<double>::max();
    }
    return value;
}

struct LocalRun {
    std::vector<double> x;
    double value = std::numeric_limits<double>::infinity();
    bool failed = true;
};

LocalRun runLocal(nlopt_algorithm algorithm, CountingObjective& counting, std::vector<double> x,
                  const MinimizerSettings& settings) {
    const auto n = static_cast<unsigned>(x.size());
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(algorithm, n),
                                                               &nlopt_destroy);
    LocalRun run;
    if (!opt) return run;
    std::vector<double> lower(n), upper(n, settings.upperLogBound);
    for (std::size_t i = 0; i < n; ++i) {
        lower[i] = lowerBoundOf(settings, i);
        x[i] = std::clamp(x[i], lower[i], upper[i]);
    }
    nlopt_set_min_objective(opt.get(), nloptCallback, &counting);
    nlopt_set_lower_bounds(opt.get(), lower.data());
    nlopt_set_upper_bounds(opt.get(), upper.data());
    nlopt_set_ftol_rel(opt.get(), kRelativeFunctionTolerance);
    nlopt_set_xtol_rel(opt.get(), kRelativeStepTolerance);
    nlopt_set_maxeval(opt.get(), settings.maxEvaluationsPerRun);
    double value = std::numeric_limits<double>::infinity();
    counting.running = opt.get();
    const nlopt_result code = nlopt_optimize(opt.get(), x.data(), &value);
    counting.running = nullptr;
    if (counting.mustStop() && !counting.bestPoint.empty()) {
        // Stopped on purpose: report the best point seen, not wherever the search was.
        run.failed = false;
        run.x = counting.bestPoint;
        run.value = counting.bestValue;
        return run;
    }
    // ROUNDOFF_LIMITED usually means "as good as double allows"; the gradient check decides.
    run.failed = code < 0 && code != NLOPT_ROUNDOFF_LIMITED;
    run.x = std::move(x);
    run.value = value;
    return run;
}

struct EndPointCheck {
    double value = 0.0;
    double projectedGradientNorm = 0.0;
    std::vector<bool> atBound;
};

EndPointCheck checkEndPoint(CountingObjective& counting, std::span<const double> x,
                            const MinimizerSettings& settings) {
    EndPointCheck check;
    if (counting.stoppedAtBest) {
        // Its value is known and its gradient decided the stop: no need to evaluate it again.
        check.value = counting.bestValue;
        check.projectedGradientNorm = std::numeric_limits<double>::quiet_NaN();
        check.atBound.assign(x.size(), false);
        for (std::size_t i = 0; i < x.size(); ++i)
            check.atBound[i] = x[i] <= lowerBoundOf(settings, i) + kAtBoundDistance ||
                               x[i] >= settings.upperLogBound - kAtBoundDistance;
        return check;
    }
    std::vector<double> gradient(x.size(), 0.0);
    ++counting.evaluations;
    check.value = (*counting.objective)(x, gradient);
    check.atBound.assign(x.size(), false);
    double sumSquares = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const bool atLower = x[i] <= lowerBoundOf(settings, i) + kAtBoundDistance;
        const bool atUpper = x[i] >= settings.upperLogBound - kAtBoundDistance;
        check.atBound[i] = atLower || atUpper;
        // At a bound, a gradient that pushes further out is not a reason to keep going.
        const bool pushesOut = (atLower && gradient[i] > 0.0) || (atUpper && gradient[i] < 0.0);
        if (!pushesOut) sumSquares += gradient[i] * gradient[i];
    }
    check.projectedGradientNorm = std::sqrt(sumSquares);
    if (!std::isfinite(check.value)) check.projectedGradientNorm = HUGE_VAL;
    return check;
}

bool agree(double first, double second, double relative) {
    return std::abs(first - second) <= relative * std::max(1.0, std::abs(first));
}

}  // namespace

MinimizerResult minimizeFromStarts(const LogSpaceObjective& objective,
                                   const std::vector<std::vector<double>>& starts,
                                   const MinimizerSettings& settings) {
    CountingObjective counting;
    counting.objective = &objective;
    counting.settings = &settings;
    MinimizerResult best;
    best.value = std::numeric_limits<double>::infinity();
    if (starts.empty()) return best;

    // Cheap triage: local runs begin at the most promising starts (from `first` on).
    std::vector<std::size_t> order;
    auto triage = [&](std::size_t first) {
        std::vector<double> startValues(starts.size());
        for (std::size_t i = first; i < starts.size(); ++i) {
            ++counting.evaluations;
            startValues[i] = objective(starts[i], {});
            if (!std::isfinite(startValues[i])) startValues[i] = std::numeric_limits<double>::max();
        }
        std::vector<std::size_t> rest(starts.size() - first);
        std::iota(rest.begin(), rest.end(), first);
        std::stable_sort(rest.begin(), rest.end(), [&](std::size_t l, std::size_t r) {
            return startValues[l] < startValues[r];
        });
        order.insert(order.end(), rest.begin(), rest.end());
    };
    // A leading start runs before the others are even evaluated: when it ends the search on
    // its own (stopAtBest), their triage is saved.
    if (settings.leadingStartFirst)
        order.push_back(0);
    else
        triage(0);

    bool haveConvergedRun = false;
    for (std::size_t at = 0; at < order.size(); ++at) {
        const std::size_t startIndex = order[at];
        ++best.startsRun;
        LocalRun run = runLocal(NLOPT_LD_LBFGS, counting, starts[startIndex], settings);
        std::string method = "LD_LBFGS";
        EndPointCheck check = checkEndPoint(counting, run.x, settings);
        if (!counting.mustStop() &&
            (run.failed || check.projectedGradientNorm > settings.gradientTolerance)) {
            // Derivative-free fallback from wherever the gradient method got to.
            const std::vector<double>& from =
                std::isfinite(check.value) ? run.x : starts[startIndex];
            LocalRun fallback = runLocal(NLOPT_LN_BOBYQA, counting, from, settings);
            EndPointCheck fallbackCheck = checkEndPoint(counting, fallback.x, settings);
            if (fallbackCheck.value < check.value || !std::isfinite(check.value)) {
                run = std::move(fallback);
                check = std::move(fallbackCheck);
                method = "LN_BOBYQA";
            }
        }
        const bool small = check.projectedGradientNorm <= settings.gradientTolerance;
        const bool confirms =
            haveConvergedRun && small && agree(best.value, check.value, settings.relativeAgreement);
        if (check.value < best.value) {
            best.logParams = run.x;
            best.value = check.value;
            best.gradientNorm = check.projectedGradientNorm;
            best.gradientSmall = small;
            best.atBound = check.atBound;
            best.winningStart = static_cast<int>(startIndex);
            best.method = method;
        }
        haveConvergedRun = haveConvergedRun || small;
        if (confirms || counting.mustStop()) break;
        if (at + 1 == order.size() && order.size() < starts.size()) triage(1);
    }
    best.evaluations = counting.evaluations;
    best.stoppedRunningAway = counting.runningAway;
    best.stoppedAtBest = counting.stoppedAtBest;
    best.budgetExhausted = counting.budgetExhausted && !best.gradientSmall;
    return best;
}

std::vector<double> logParameterCovariance(const LogSpaceObjective& objective,
                                           std::span<const double> logParams, double customers) {
    const std::size_t n = logParams.size();
    constexpr double step = 1e-4;
    std::vector<double> hessian(n * n, 0.0), plus(n), minus(n);
    std::vector<double> shifted(logParams.begin(), logParams.end());
    for (std::size_t j = 0; j < n; ++j) {
        shifted[j] = logParams[j] + step;
        objective(shifted, plus);
        shifted[j] = logParams[j] - step;
        objective(shifted, minus);
        shifted[j] = logParams[j];
        for (std::size_t i = 0; i < n; ++i)
            hessian[i * n + j] = customers * (plus[i] - minus[i]) / (2.0 * step);
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            hessian[i * n + j] = hessian[j * n + i] =
                0.5 * (hessian[i * n + j] + hessian[j * n + i]);

    // Cholesky H = L L^T, then H^-1 = L^-T L^-1.
    std::vector<double> chol(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j <= i; ++j) {
            double sum = hessian[i * n + j];
            for (std::size_t k = 0; k < j; ++k) sum -= chol[i * n + k] * chol[j * n + k];
            if (i == j) {
                if (!(sum > 0.0) || !std::isfinite(sum)) return {};
                chol[i * n + i] = std::sqrt(sum);
            } else {
                chol[i * n + j] = sum / chol[j * n + j];
            }
        }
    }
    std::vector<double> inverseL(n * n, 0.0);  // lower triangular
    for (std::size_t col = 0; col < n; ++col) {
        for (std::size_t i = col; i < n; ++i) {
            double sum = i == col ? 1.0 : 0.0;
            for (std::size_t k = col; k < i; ++k) sum -= chol[i * n + k] * inverseL[k * n + col];
            inverseL[i * n + col] = sum / chol[i * n + i];
        }
    }
    std::vector<double> covariance(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            double sum = 0.0;  // (H^-1)_ij = sum_k (L^-1)_ki (L^-1)_kj
            for (std::size_t k = std::max(i, j); k < n; ++k)
                sum += inverseL[k * n + i] * inverseL[k * n + j];
            covariance[i * n + j] = sum;
        }
    return covariance;
}

std::vector<double> naturalStandardErrors(const LogSpaceObjective& objective,
                                          std::span<const double> logParams, double customers) {
    const std::size_t n = logParams.size();
    const std::vector<double> covariance = logParameterCovariance(objective, logParams, customers);
    if (covariance.empty()) return std::vector<double>(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> errors(n);
    for (std::size_t i = 0; i < n; ++i)
        errors[i] = std::exp(logParams[i]) * std::sqrt(covariance[i * n + i]);
    return errors;
}

std::vector<double> naturalStandardErrors(std::span<const double> logCovariance,
                                          std::span<const double> logParams) {
    const std::size_t n = logParams.size();
    if (logCovariance.size() != n * n)
        return std::vector<double>(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> errors(n);
    for (std::size_t i = 0; i < n; ++i)
        errors[i] = std::exp(logParams[i]) * std::sqrt(logCovariance[i * n + i]);
    return errors;
}

bool recordMinimization(const MinimizerResult& best, FitDiagnostics& d) {
    d.functionEvaluations = best.evaluations;
    d.startsRun = best.startsRun;
    if (best.logParams.empty() || !std::isfinite(best.value)) {
        d.status = FitStatus::NotConverged;
        d.say(text::phrase("The likelihood could not be evaluated at any starting point."));
        return false;
    }
    d.objective = best.value;
    d.gradientNorm = best.gradientNorm;
    d.winningStart = best.winningStart;
    d.method = best.method;
    return true;
}

}  // namespace crm::clv::detail
