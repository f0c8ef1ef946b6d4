#include <catch2/catch.hpp>

#include <cmath>

// Boost 1.74's pFq header uses lgamma and expm1 without including them.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include "engine/clv/bgnbd.h"
#include "engine/clv/bgnbd_quadrature.h"

using namespace crm::clv;
using Catch::Matchers::WithinRel;

namespace {

const BgNbdParams kCdnow{0.242593, 4.413532, 0.792886, 2.425753};

// FHL 2005 eq. 10 exactly as printed (lifetimes' formula), with Boost's 2F1: an independent
// oracle for moderate x and z.
double expectedPurchasesAsPrinted(const BgNbdParams& p, double t, int x, double tx, double T) {
    const double xd = x;
    const double z = t / (p.alpha + T + t);
    const double hyp =
        boost::math::hypergeometric_pFq({p.r + xd, p.b + xd}, {p.a + p.b + xd - 1.0}, z);
    const double numerator = (p.a + p.b + xd - 1.0) / (p.a - 1.0) *
                             (1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + xd) * hyp);
    const double denominator =
        1.0 +
        (x > 0 ? p.a / (p.b + xd - 1.0) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + xd) : 0.0);
    return numerator / denominator;
}

}  // namespace

TEST_CASE("P(alive) by hand and at the extremes", "[clv][bgnbd][predictions]") {
    const BgNbdParams ones{1.0, 1.0, 1.0, 1.0};
    CHECK(probabilityAlive(ones, 0, 0.0, 5.0) == 1.0);
    // Odds of dropout a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x) = (3/2)^2 = 2.25.
    CHECK_THAT(probabilityAlive(ones, 1, 1.0, 2.0), WithinRel(1.0 / 3.25, 1e-14));
    // lifetimes issue #332: these overflowed there.
    const double gone = probabilityAlive(kCdnow, 200, 10.0, 1000.0);
    CHECK(std::isfinite(gone));
    CHECK(gone >= 0.0);
    CHECK(gone < 1e-100);
    const double justBought = probabilityAlive(kCdnow, 200, 1000.0, 1000.0);
    CHECK(std::isfinite(justBought));
    CHECK(justBought > 0.99);
    CHECK(justBought <= 1.0);
    const double middle = probabilityAlive(kCdnow, 200, 990.0, 1000.0);
    CHECK(middle > 0.0);
    CHECK(middle < 1.0);
}

TEST_CASE("Conditional expectation agrees with eq. 10 as printed", "[clv][bgnbd][predictions]") {
    struct Case {
        double t;
        int x;
        double tx, T;
    };
    for (const Case k :
         {Case{39.0, 2, 30.43, 38.86}, Case{39.0, 0, 0.0, 38.86}, Case{10.0, 7, 35.0, 36.0},
          Case{100.0, 1, 2.0, 30.0}, Case{52.0, 15, 20.0, 39.0}}) {
        INFO("t=" << k.t << " x=" << k.x << " tx=" << k.tx << " T=" << k.T);
        CHECK_THAT(expectedPurchases(kCdnow, k.t, k.x, k.tx, k.T),
                   WithinRel(expectedPurchasesAsPrinted(kCdnow, k.t, k.x, k.tx, k.T), 1e-10));
    }
    // a > 1 as well.
    const BgNbdParams other{1.3, 8.0, 2.5, 4.0};
    CHECK_THAT(expectedPurchases(other, 26.0, 3, 20.0, 40.0),
               WithinRel(expectedPurchasesAsPrinted(other, 26.0, 3, 20.0, 40.0), 1e-10));
}

TEST_CASE("Conditional expectation is smooth through a = 1", "[clv][bgnbd][predictions]") {
    // Eq. 10 divides by a - 1; the series form does not.
    const auto at = [](double a) {
        return expectedPurchases({0.5, 5.0, a, 3.0}, 30.0, 4, 25.0, 40.0);
    };
    const double exact = at(1.0);
    CHECK(std::isfinite(exact));
    CHECK_THAT(exact, WithinRel(0.5 * (at(1.0 - 1e-6) + at(1.0 + 1e-6)), 1e-9));
    CHECK_THAT(exact, WithinRel(at(1.0 + 1e-13), 1e-11));
}

TEST_CASE("Predictions stay finite for large x and T", "[clv][bgnbd][predictions]") {
    for (const int x : {200, 5000, 100000}) {
        INFO("x = " << x);
        const double alive = expectedPurchases(kCdnow, 52.0, x, 1000.0, 1000.0);
        CHECK(std::isfinite(alive));
        // A customer buying every period for 1,000 periods keeps buying at about x/T per period.
        const double perPeriod = alive / 52.0;
        CHECK(perPeriod > 0.5 * x / 1000.0);
        CHECK(perPeriod < 1.5 * x / 1000.0);
        const double gone = expectedPurchases(kCdnow, 52.0, x, 10.0, 1000.0);
        CHECK(std::isfinite(gone));
        CHECK(gone >= 0.0);
    }
}

TEST_CASE("Series and quadrature forms of the expectation agree", "[clv][bgnbd][predictions]") {
    struct Case {
        BgNbdParams p;
        double t;
        int x;
        double T;
    };
    for (const Case k :
         {Case{kCdnow, 39.0, 2, 38.86}, Case{kCdnow, 500.0, 0, 10.0}, Case{kCdnow, 52.0, 40, 300.0},
          Case{{1.3, 8.0, 2.5, 4.0}, 26.0, 3, 40.0}, Case{{0.5, 5.0, 1.0, 3.0}, 300.0, 1, 2.0}}) {
        INFO("t=" << k.t << " x=" << k.x << " T=" << k.T);
        CHECK_THAT(
            expectedPurchasesIfAlive(k.p, k.t, k.x, k.T),
            WithinRel(detail::expectedPurchasesIfAliveByQuadrature(k.p, k.t, k.x, k.T), 1e-9));
    }
}

TEST_CASE("Expectation for z extremely close to 1 stays finite", "[clv][bgnbd][predictions]") {
    // t / (alpha + t) = 1 - 4e-7: beyond the series' reach, so the quadrature answers.
    const double far = expectedPurchasesNewCustomer(kCdnow, 1e7);
    const double less = expectedPurchasesNewCustomer(kCdnow, 1e6);
    CHECK(std::isfinite(far));
    CHECK(far > less);
    CHECK(less > expectedPurchasesNewCustomer(kCdnow, 1e5));
    CHECK_THAT(far,
               WithinRel(detail::expectedPurchasesIfAliveByQuadrature(kCdnow, 1e7, 0, 0.0), 1e-12));
}

TEST_CASE("New-customer expectation is eq. 9", "[clv][bgnbd][predictions]") {
    const BgNbdParams& p = kCdnow;
    for (const double t : {1.0, 39.0, 78.0}) {
        const double z = t / (p.alpha + t);
        const double eq9 =
            (p.a + p.b - 1.0) / (p.a - 1.0) *
            (1.0 - std::pow(p.alpha / (p.alpha + t), p.r) *
                       boost::math::hypergeometric_pFq({p.r, p.b}, {p.a + p.b - 1.0}, z));
        CHECK_THAT(expectedPurchasesNewCustomer(p, t), WithinRel(eq9, 1e-10));
    }
    // For small t, purchases grow at the mean rate r / alpha.
    CHECK_THAT(expectedPurchasesNewCustomer(p, 1e-6) / 1e-6, WithinRel(p.r / p.alpha, 1e-5));
    CHECK(expectedPurchasesNewCustomer(p, 0.0) == 0.0);
}

TEST_CASE("Expectation equals P(alive) times the alive part", "[clv][bgnbd][predictions]") {
    CHECK_THAT(expectedPurchases(kCdnow, 39.0, 2, 30.43, 38.86),
               WithinRel(probabilityAlive(kCdnow, 2, 30.43, 38.86) *
                             expectedPurchasesIfAlive(kCdnow, 39.0, 2, 38.86),
                         1e-15));
}

TEST_CASE("Absurd parameters give NaN or infinity, never an exception", "[clv][bgnbd][edge]") {
    const BgNbdParams zero{0.0, 1.0, 1.0, 1.0};
    CHECK_NOTHROW(bgNbdLogLikelihood(zero, 1, 1.0, 2.0));
    CHECK_FALSE(std::isfinite(bgNbdLogLikelihood(zero, 1, 1.0, 2.0)));
    const BgNbdParams negative{-1.0, 1.0, -2.0, 1.0};
    CHECK_NOTHROW(expectedPurchases(negative, 10.0, 2, 3.0, 5.0));
    CHECK_NOTHROW(detail::expectedPurchasesIfAliveByQuadrature(negative, 10.0, 2, 5.0));
    CHECK_NOTHROW(probabilityAlive(negative, 2, 3.0, 5.0));
}
