#pragma once
// Ranges for figures computed from fitted parameters, by the delta method on the log-parameters
// (their covariance is the inverse observed information): var f = g' C g with g the gradient
// of f in the log-parameters, taken by central differences. The range is f +- 1.96 sd (about
// 95% if the estimates are close to normal), cut at the figure's natural limits.
#include <functional>
#include <span>
#include <vector>

namespace crm::clv {

struct Range {
    double estimate = 0.0;
    double low = 0.0;
    double high = 0.0;
    bool available = false;  // false: no covariance (a flat likelihood), low = high = estimate
};

// f takes natural parameters. logCovariance is row-major, params.size() squared.
Range deltaMethodRange(const std::function<double(std::span<const double>)>& f,
                       std::span<const double> params, std::span<const double> logCovariance,
                       double lowerLimit, double upperLimit);

// The covariance of two independently fitted parameter sets, side by side; empty if either is.
std::vector<double> blockDiagonal(std::span<const double> first, std::size_t firstSize,
                                  std::span<const double> second, std::size_t secondSize);

}  // namespace crm::clv
