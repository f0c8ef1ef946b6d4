#include <catch2/catch.hpp>

#include <cmath>

#include "cdnow_summary.h"
#include "engine/clv/bgnbd.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

TEST_CASE("BG/NBD likelihood of hand-checkable customers", "[clv][bgnbd]") {
    const BgNbdParams ones{1.0, 1.0, 1.0, 1.0};
    // x = 0: L = (alpha / (alpha + T))^r = 1/2 for T = 1.
    CHECK_THAT(bgNbdLogLikelihood(ones, 0, 0.0, 1.0), WithinRel(std::log(0.5), 1e-14));
    // x = 1, t_x = 1, T = 2 (FHL 2005 eq. 6):
    //   B(1,2)/B(1,1) * G(2)/G(1) * 1/3^2 + B(2,1)/B(1,1) * G(2)/G(1) * 1/2^2 = 1/18 + 1/8.
    CHECK_THAT(bgNbdLogLikelihood(ones, 1, 1.0, 2.0), WithinRel(std::log(13.0 / 72.0), 1e-14));
    // r = 2, alpha = 3, a = 0.5, b = 1.5, x = 2, t_x = 4, T = 6:
    //   B(a, b+2)/B(a,b) = b(b+1)/((a+b)(a+b+1)) = 3.75/6; B(a+1, b+1)/B(a,b) = a b/((a+b)(a+b+1))
    //   = 0.75/6 G(4)/G(2) * 3^2 = 54; terms / 9^4 and / 7^4.
    const double expected =
        3.75 / 6.0 * 54.0 / std::pow(9.0, 4) + 0.75 / 6.0 * 54.0 / std::pow(7.0, 4);
    CHECK_THAT(bgNbdLogLikelihood({2.0, 3.0, 0.5, 1.5}, 2, 4.0, 6.0),
               WithinRel(std::log(expected), 1e-13));
}

TEST_CASE("Grouped likelihood equals the sum over customers", "[clv][bgnbd]") {
    const auto customers = test::readCdnowSummary();
    const BgNbdParams published{0.243, 4.414, 0.793, 2.426};
    double sum = 0.0;
    for (const CustomerSummary& c : customers)
        sum += bgNbdLogLikelihood(published, c.frequency, c.recency, c.age);
    CHECK_THAT(bgNbdLogLikelihood(published, groupByHistory(customers)), WithinRel(sum, 1e-12));
    CHECK_THAT(sum, WithinAbs(-9582.43, 0.01));  // published parameters are rounded
}

TEST_CASE("Analytic gradient matches finite differences", "[clv][bgnbd]") {
    // CDNOW has few distinct times (tabulated logarithms); exact simulated times have none.
    std::vector<double> ages(3000);
    for (std::size_t i = 0; i < ages.size(); ++i)
        ages[i] = 20.0 + 0.37 * static_cast<double>(i % 50);
    const auto exact =
        simulateBgNbd({0.5, 4.0, 0.8, 2.5}, ages, {0.0, TimeRecording::Exact, 17}).customers;
    for (const auto& customers : {test::readCdnowSummary(), exact}) {
        const GroupedHistories grouped = groupByHistory(customers);
        const BgNbdParams at{0.5, 3.0, 0.9, 2.0};
        std::array<double, 4> gradient{};
        const double value = bgNbdLogLikelihood(at, grouped, &gradient);
        double sum = 0.0;
        for (const CustomerSummary& c : customers)
            sum += bgNbdLogLikelihood(at, c.frequency, c.recency, c.age);
        CHECK_THAT(value, WithinRel(sum, 1e-12));
        for (std::size_t i = 0; i < 4; ++i) {
            BgNbdParams plus = at, minus = at;
            double* const fieldsPlus[] = {&plus.r, &plus.alpha, &plus.a, &plus.b};
            double* const fieldsMinus[] = {&minus.r, &minus.alpha, &minus.a, &minus.b};
            const double h = 1e-6 * *fieldsPlus[i];
            *fieldsPlus[i] += h;
            *fieldsMinus[i] -= h;
            const double numeric =
                (bgNbdLogLikelihood(plus, grouped) - bgNbdLogLikelihood(minus, grouped)) /
                (2.0 * h);
            INFO("rows " << grouped.groups.size() << ", parameter " << i);
            CHECK_THAT(gradient[i], WithinRel(numeric, 1e-6));
        }
    }
}

TEST_CASE("Likelihood stays finite for heavy buyers and old customers", "[clv][bgnbd]") {
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    for (const int x : {200, 5000, 100000}) {
        const double ll = bgNbdLogLikelihood(p, x, 999.0, 1000.0);
        INFO("x = " << x);
        CHECK(std::isfinite(ll));  // a density of purchase times: may exceed 0 for huge x
        CHECK(std::isfinite(bgNbdLogLikelihood(p, x, 1.0, 1e6)));
    }
}
