#include <catch2/catch.hpp>

#include <cmath>

// Boost 1.74's pFq header uses lgamma and expm1 without including them.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include "engine/clv/hypergeometric.h"

using namespace crm::clv;
using Catch::Matchers::WithinRel;

TEST_CASE("2F1 matches closed forms", "[clv][hypergeometric]") {
    for (double z : {0.1, 0.5, 0.9, 0.99}) {
        const SeriesSum s = hypergeometric2F1(1.0, 1.0, 2.0, z);  // -ln(1-z)/z (A&S 15.1.3)
        CHECK(s.converged);
        CHECK_THAT(s.value, WithinRel(-std::log1p(-z) / z, 1e-13));
    }
    // 2F1(a, b; b; z) = (1-z)^-a
    CHECK_THAT(hypergeometric2F1(0.7, 2.3, 2.3, 0.6).value, WithinRel(std::pow(0.4, -0.7), 1e-13));
    // 2F1(1/2, 1/2; 3/2; z^2) = asin(z) / z (A&S 15.1.6)
    CHECK_THAT(hypergeometric2F1(0.5, 0.5, 1.5, 0.64).value,
               WithinRel(std::asin(0.8) / 0.8, 1e-13));
    // a = -2 ends the series: 1 - 2 b z / c + b (b+1) z^2 / (c (c+1))
    const double b = 1.5, c = 2.5, z = 0.3;
    const SeriesSum poly = hypergeometric2F1(-2.0, b, c, z);
    CHECK(poly.converged);
    CHECK_THAT(poly.value,
               WithinRel(1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0)), 1e-14));
    CHECK(hypergeometric2F1(0.3, 0.4, 0.5, 0.0).value == 1.0);
}

TEST_CASE("(2F1 - 1) / b stays finite at b = 0", "[clv][hypergeometric]") {
    // a = 1, c = 2: sum_k z^k / (k (k+1)) = 1 + (1 - z) ln(1 - z) / z
    const double z = 0.5;
    const SeriesSum s = hypergeometric2F1ExcessOverB(1.0, 0.0, 2.0, z);
    CHECK(s.converged);
    CHECK_THAT(s.value, WithinRel(1.0 + (1.0 - z) * std::log1p(-z) / z, 1e-13));
    // Continuity in b.
    const double tiny = 1e-9;
    CHECK_THAT(hypergeometric2F1ExcessOverB(1.3, tiny, 2.2, 0.7).value,
               WithinRel(hypergeometric2F1ExcessOverB(1.3, 0.0, 2.2, 0.7).value, 1e-8));
}

TEST_CASE("2F1 agrees with Boost.Math's hypergeometric_pFq", "[clv][hypergeometric]") {
    struct Case {
        double a, b, c, z;
    };
    // Parameter shapes that BG/NBD predictions produce (Euler-transformed and plain).
    for (const Case k : {Case{1.976, -0.207, 4.219, 0.4703}, Case{2.243, 4.426, 4.219, 0.4703},
                         Case{-0.5, 0.8, 3.3, 0.95}, Case{0.2, 0.3, 0.4, 0.8},
                         Case{5.0, 7.0, 30.0, 0.6}, Case{0.243, 2.426, 2.219, 0.9}}) {
        const SeriesSum ours = hypergeometric2F1(k.a, k.b, k.c, k.z);
        const double boost = boost::math::hypergeometric_pFq({k.a, k.b}, {k.c}, k.z);
        INFO("a=" << k.a << " b=" << k.b << " c=" << k.c << " z=" << k.z);
        CHECK(ours.converged);
        CHECK_THAT(ours.value, WithinRel(boost, 1e-11));
    }
}

TEST_CASE("2F1 reports when z is too close to 1 for the series", "[clv][hypergeometric]") {
    const SeriesSum s = hypergeometric2F1(0.9, 0.9, 1.0, 1.0 - 1e-9);
    CHECK_FALSE(s.converged);
    const SeriesSum near = hypergeometric2F1(1.0, 1.0, 2.0, 0.999);
    CHECK(near.converged);
    CHECK_THAT(near.value, WithinRel(-std::log1p(-0.999) / 0.999, 1e-13));
}
