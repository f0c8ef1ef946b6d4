// The Pareto/NBD dead term (ln A0) by its three representations: the 2F1 series, the
// expansion in powers of (low rate + T) / (rate difference) used where one rate is far above
// the other, and quadrature. They must agree to 1e-9 (difference of logarithms = relative
// difference of A0) wherever two of them are defined; and a fit that would spend more series
// terms than its budget is stopped and reported as not determined.
#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <vector>

#include "cdnow_summary.h"
#include "engine/clv/pareto_nbd.h"
#include "engine/clv/pareto_nbd_likelihood.h"

using namespace crm::clv;
using detail::DeadTermMethod;

namespace {

struct History {
    int x;
    double recency, age;
};

struct Agreement {
    int compared = 0;
    double worstValue = 0.0, worstGradient = 0.0;
};

void compare(const ParetoNbdParams& p, const History& h, DeadTermMethod reference,
             Agreement& agreement) {
    std::array<double, 4> far{}, other{};
    const double a =
        detail::paretoNbdLogDeadTerm(p, h.x, h.recency, h.age, DeadTermMethod::FarRates, far);
    const double b = detail::paretoNbdLogDeadTerm(p, h.x, h.recency, h.age, reference, other);
    if (!std::isfinite(a) || !std::isfinite(b)) return;
    ++agreement.compared;
    INFO("r " << p.r << " alpha " << p.alpha << " s " << p.s << " beta " << p.beta << " x " << h.x
              << " t_x " << h.recency << " T " << h.age);
    agreement.worstValue = std::max(agreement.worstValue, std::abs(a - b));
    CHECK(std::abs(a - b) <= 1e-9);
    for (std::size_t i = 0; i < 4; ++i) {
        INFO("parameter " << i << ": " << far[i] << " against " << other[i]);
        const double difference = std::abs(far[i] - other[i]) / std::max(1.0, std::abs(other[i]));
        agreement.worstGradient = std::max(agreement.worstGradient, difference);
        CHECK(difference <= 1e-8);
    }
}

const std::vector<History> kHistories{
    {0, 0.0, 39.0}, {1, 5.0, 39.0}, {2, 30.43, 38.86}, {5, 12.0, 100.0}, {26, 30.85714, 31.0}};

}  // namespace

TEST_CASE("Pareto/NBD dead term: the far-rates expansion equals the 2F1 series", "[clv][pareto]") {
    // alpha below beta: s small and beta far above alpha is where the fits run on data whose
    // customers never leave; the grid also covers s well away from zero.
    Agreement agreement;
    for (const double r : {0.3, 0.55, 2.0})
        for (const double alpha : {0.5, 10.58})
            for (const double s : {1e-4, 0.01, 0.606, 3.0})
                for (const double beta : {150.0, 400.0, 5000.0})
                    for (const History& h : kHistories)
                        compare({r, alpha, s, beta}, h, DeadTermMethod::Series, agreement);
    // beta below alpha: the roles swap (the expansion runs in powers of (beta + T) / (alpha -
    // beta)), for few purchases, where the alternating sum loses no digits.
    for (const double alpha : {200.0, 900.0})
        for (const double beta : {0.2, 3.0})
            for (const History& h : {History{0, 0.0, 39.0}, History{2, 30.43, 38.86}})
                compare({0.55, alpha, 1.2, beta}, h, DeadTermMethod::Series, agreement);
    INFO("worst |ln difference| " << agreement.worstValue << ", worst gradient "
                                  << agreement.worstGradient);
    // 235 of the 368 points are inside both ranges: at beta 5000 the series gives up (its
    // argument is too near 1); at beta 150 with T = 100 or s = 3 the expansion is outside its
    // range (too slow, or its alternating sum would lose digits).
    CHECK(agreement.compared == 235);
}

TEST_CASE("Pareto/NBD dead term: the far-rates expansion equals quadrature", "[clv][pareto]") {
    // Where the series would need thousands of terms (beta / alpha in the thousands) the only
    // other reference is the integral itself.
    Agreement agreement;
    for (const double s : {1e-6, 1e-3, 0.5})
        for (const double beta : {2e3, 1e5})
            for (const History& h : kHistories)
                compare({0.55, 0.02, s, beta}, h, DeadTermMethod::Integral, agreement);
    CHECK(agreement.compared == 30);
}

TEST_CASE("Pareto/NBD dead term: the automatic choice agrees with the series near alpha = beta",
          "[clv][pareto]") {
    // alpha = beta makes the rate difference zero: the expansion does not apply, and the
    // automatic choice must fall back to the series rather than return nothing.
    std::array<double, 4> gradient{};
    const ParetoNbdParams p{0.8, 3.0, 2.5, 3.0};
    const double automatic =
        detail::paretoNbdLogDeadTerm(p, 2, 30.43, 38.86, DeadTermMethod::Automatic, gradient);
    const double series =
        detail::paretoNbdLogDeadTerm(p, 2, 30.43, 38.86, DeadTermMethod::Series, {});
    CHECK(
        std::isnan(detail::paretoNbdLogDeadTerm(p, 2, 30.43, 38.86, DeadTermMethod::FarRates, {})));
    REQUIRE(std::isfinite(series));
    CHECK(automatic == series);
}

TEST_CASE("A Pareto/NBD fit over its work budget is stopped and not determined", "[clv][pareto]") {
    const GroupedHistories histories = groupByHistory(test::readCdnowSummary());
    // 1,016 histories need at least one term each per evaluation, so 1,000 terms end the fit
    // inside its first evaluation.
    const ParetoNbdFit stopped = detail::fitParetoNbd(histories, 1000);
    INFO(stopped.diagnostics.message);
    CHECK(stopped.diagnostics.status == FitStatus::NotConverged);
    CHECK(stopped.diagnostics.message.find("not determined") != std::string::npos);
    CHECK_FALSE(std::isfinite(stopped.params.r));
    // The default budget leaves the same data's fit alone.
    const ParetoNbdFit fitted = fitParetoNbd(histories);
    CHECK(fitted.diagnostics.status == FitStatus::Converged);
}
