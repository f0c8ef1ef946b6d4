#include <catch2/catch.hpp>

#include <cmath>

#include "engine/clv/log_space_minimizer.h"

using namespace crm::clv::detail;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// f = 1/2 sum k_i (y_i - c_i)^2 in log-parameters y: minimum at c, Hessian diag(k).
constexpr double kCurvature[] = {2.0, 0.5, 8.0};
constexpr double kCentre[] = {0.3, -1.2, 2.0};

double quadratic(std::span<const double> y, std::span<double> gradient, double gradientSign) {
    double f = 0.0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double d = y[i] - kCentre[i];
        f += 0.5 * kCurvature[i] * d * d;
        if (!gradient.empty()) gradient[i] = gradientSign * kCurvature[i] * d;
    }
    return f;
}

const std::vector<std::vector<double>> kStarts{{0.0, 0.0, 0.0}, {1.0, 1.0, 1.0}, {-2.0, 3.0, 0.5}};

}  // namespace

TEST_CASE("Minimizer: two agreeing runs end the search", "[clv][minimizer]") {
    const LogSpaceObjective f = [](std::span<const double> y, std::span<double> g) {
        return quadratic(y, g, 1.0);
    };
    const MinimizerResult result = minimizeFromStarts(f, kStarts, {});
    REQUIRE(result.logParams.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK_THAT(result.logParams[i], WithinAbs(kCentre[i], 1e-6));
    CHECK(result.gradientSmall);
    CHECK(result.startsRun == 2);
    CHECK(result.method == "LD_LBFGS");
    CHECK(result.winningStart >= 0);
    CHECK(result.evaluations > 0);
}

TEST_CASE("Minimizer: a leading start that ends the search saves the others' triage",
          "[clv][minimizer]") {
    int evaluations = 0;
    const LogSpaceObjective f = [&](std::span<const double> y, std::span<double> g) {
        ++evaluations;
        return quadratic(y, g, 1.0);
    };
    MinimizerSettings settings;
    settings.leadingStartFirst = true;
    // Stop at the first point evaluated with a gradient: the leading start itself.
    settings.stopAtBest = [](std::span<const double>, double, std::span<const double>) {
        return true;
    };
    const MinimizerResult stopped = minimizeFromStarts(f, kStarts, settings);
    CHECK(stopped.stoppedAtBest);
    CHECK(stopped.startsRun == 1);
    CHECK(stopped.winningStart == 0);
    REQUIRE(stopped.logParams.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(stopped.logParams[i] == kStarts[0][i]);
    // One gradient at the start, which decided the stop (so no end-point check); the other
    // two starts are never evaluated (their triage would have cost two more).
    CHECK(evaluations == 1);
    CHECK(stopped.evaluations == 1);
    CHECK(!stopped.gradientSmall);

    // Without a stop the leading start runs first, then the others are ranked as usual.
    settings.stopAtBest = nullptr;
    const MinimizerResult full = minimizeFromStarts(f, kStarts, settings);
    CHECK(!full.stoppedAtBest);
    CHECK(full.startsRun == 2);
    for (std::size_t i = 0; i < 3; ++i) CHECK_THAT(full.logParams[i], WithinAbs(kCentre[i], 1e-6));
}

TEST_CASE("Minimizer: a broken gradient hands over to the derivative-free method",
          "[clv][minimizer]") {
    // The gradient points uphill: L-BFGS cannot descend, BOBYQA does not need it.
    const LogSpaceObjective f = [](std::span<const double> y, std::span<double> g) {
        return quadratic(y, g, -1.0);
    };
    const MinimizerResult result = minimizeFromStarts(f, kStarts, {});
    CHECK(result.method == "LN_BOBYQA");
    for (std::size_t i = 0; i < 3; ++i)
        CHECK_THAT(result.logParams[i], WithinAbs(kCentre[i], 1e-4));
}

TEST_CASE("Minimizer: bounds are reported", "[clv][minimizer]") {
    // Decreasing in y0 forever: the optimum sits on the upper bound.
    const LogSpaceObjective f = [](std::span<const double> y, std::span<double> g) {
        if (!g.empty()) {
            g[0] = -1.0;
            g[1] = 2.0 * (y[1] - 1.0);
        }
        return -y[0] + (y[1] - 1.0) * (y[1] - 1.0);
    };
    MinimizerSettings settings;
    settings.upperLogBound = 5.0;
    const MinimizerResult result = minimizeFromStarts(f, {{0.0, 0.0}, {1.0, 2.0}}, settings);
    CHECK(result.atBound[0]);
    CHECK_FALSE(result.atBound[1]);
    CHECK_THAT(result.logParams[0], WithinAbs(5.0, 1e-9));
    CHECK(result.gradientSmall);  // the push beyond the bound does not count
}

TEST_CASE("Standard errors from the observed information", "[clv][minimizer]") {
    // customers * f has Hessian N k in log-parameters, so SE(theta_i) = theta_i / sqrt(N k_i).
    const LogSpaceObjective f = [](std::span<const double> y, std::span<double> g) {
        return quadratic(y, g, 1.0);
    };
    const double customers = 400.0;
    const std::vector<double> at(std::begin(kCentre), std::end(kCentre));
    const std::vector<double> errors = naturalStandardErrors(f, at, customers);
    REQUIRE(errors.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK_THAT(errors[i],
                   WithinRel(std::exp(kCentre[i]) / std::sqrt(customers * kCurvature[i]), 1e-8));
    // A flat direction gives NaN.
    const LogSpaceObjective flat = [](std::span<const double> y, std::span<double> g) {
        if (!g.empty()) {
            g[0] = 2.0 * y[0];
            g[1] = 0.0;
        }
        return y[0] * y[0];
    };
    const std::vector<double> none =
        naturalStandardErrors(flat, std::vector<double>{0.0, 0.0}, 10.0);
    CHECK(std::isnan(none[0]));
}
