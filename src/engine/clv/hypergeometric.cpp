#include "engine/clv/hypergeometric.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crm::clv {

namespace {
constexpr double kRelativeTolerance = std::numeric_limits<double>::epsilon() / 2;
}  // namespace

// 100000 terms (the default) are enough for z up to about 0.9997.
SeriesSum hypergeometric2F1ExcessOverB(double a, double b, double c, double z, int maxTerms) {
    SeriesSum result;
    if (z == 0.0) {
        result.converged = true;
        return result;
    }
    double term = a / c * z;  // k = 1
    double sum = term;
    // Until k passes -a, -b and -c the terms may still change sign or grow.
    const double settled = std::max({0.0, -a, -b, -c}) + 2.0;
    for (int k = 1; k < maxTerms; ++k) {
        if (term == 0.0) {  // a is a non-positive integer: a polynomial, summed exactly
            result.converged = true;
            result.terms = k;
            break;
        }
        const double kd = static_cast<double>(k);
        const double ratio = (a + kd) * (b + kd) / ((c + kd) * (kd + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (kd > settled) {
            // Beyond here the ratios move monotonically towards z, so the geometric series
            // with q = max(current ratio, z) bounds everything still to come.
            const double q = std::max(std::abs(ratio), z);
            if (q < 1.0 && std::abs(term) * q / (1.0 - q) <= kRelativeTolerance * std::abs(sum)) {
                result.converged = true;
                result.terms = k + 1;
                break;
            }
        }
    }
    if (!result.converged) result.terms = maxTerms;
    result.value = sum;
    result.converged = result.converged && std::isfinite(sum);
    return result;
}

SeriesSum hypergeometric2F1(double a, double b, double c, double z, int maxTerms) {
    SeriesSum excess = hypergeometric2F1ExcessOverB(a, b, c, z, maxTerms);
    excess.value = 1.0 + b * excess.value;
    return excess;
}

}  // namespace crm::clv
