#pragma once
// Gauss hypergeometric function 2F1(a, b; c; z) on 0 <= z < 1 by its power series
// (Abramowitz & Stegun 15.1.1), summed until the remainder bound is below double precision.
namespace crm::clv {

struct SeriesSum {
    double value = 0.0;
    int terms = 0;
    bool converged = false;  // false: the term limit was hit (z very close to 1) or not finite
};

// (2F1(a, b; c; z) - 1) / b = sum_{k>=1} (a)_k (b+1)_{k-1} / ((c)_k k!) z^k.
// Finite at b = 0, which is how BG/NBD predictions stay exact as a -> 1.
// Requires c not a non-positive integer.
SeriesSum hypergeometric2F1ExcessOverB(double a, double b, double c, double z,
                                       int maxTerms = 100000);

// 2F1(a, b; c; z) = 1 + b * excess.
SeriesSum hypergeometric2F1(double a, double b, double c, double z, int maxTerms = 100000);

}  // namespace crm::clv
