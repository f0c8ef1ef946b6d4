#include "engine/clv/prediction_intervals.h"

#include <algorithm>
#include <cmath>

namespace crm::clv {

namespace {
constexpr double kNormal975 = 1.959964;
constexpr double kLogStep = 1e-4;
}  // namespace

Range deltaMethodRange(const std::function<double(std::span<const double>)>& f,
                       std::span<const double> params, std::span<const double> logCovariance,
                       double lowerLimit, double upperLimit) {
    Range range;
    range.estimate = f(params);
    range.low = range.high = range.estimate;
    const std::size_t n = params.size();
    if (logCovariance.size() != n * n || !std::isfinite(range.estimate)) return range;
    std::vector<double> shifted(params.begin(), params.end()), gradient(n);
    for (std::size_t i = 0; i < n; ++i) {
        shifted[i] = params[i] * std::exp(kLogStep);
        const double up = f(shifted);
        shifted[i] = params[i] * std::exp(-kLogStep);
        const double down = f(shifted);
        shifted[i] = params[i];
        gradient[i] = (up - down) / (2.0 * kLogStep);
    }
    double variance = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            variance += gradient[i] * logCovariance[i * n + j] * gradient[j];
    if (!(variance >= 0.0) || !std::isfinite(variance)) return range;
    const double half = kNormal975 * std::sqrt(variance);
    range.low = std::max(lowerLimit, range.estimate - half);
    range.high = std::min(upperLimit, range.estimate + half);
    range.available = true;
    return range;
}

std::vector<double> blockDiagonal(std::span<const double> first, std::size_t m,
                                  std::span<const double> second, std::size_t k) {
    if (first.size() != m * m || second.size() != k * k) return {};
    const std::size_t n = m + k;
    std::vector<double> out(n * n, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < m; ++j) out[i * n + j] = first[i * m + j];
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) out[(m + i) * n + m + j] = second[i * k + j];
    return out;
}

}  // namespace crm::clv
