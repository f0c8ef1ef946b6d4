#include "engine/clv/calibration_holdout.h"

#include <algorithm>

namespace crm::clv {

HoldoutComparison compareHoldout(const BgNbdParams& params,
                                 std::span<const HoldoutCustomer> customers, int lastBin) {
    HoldoutComparison result;
    lastBin = std::max(lastBin, 0);
    result.byCalibrationFrequency.resize(static_cast<std::size_t>(lastBin) + 1);
    for (int x = 0; x <= lastBin; ++x) {
        result.byCalibrationFrequency[static_cast<std::size_t>(x)].calibrationFrequency = x;
    }
    result.byCalibrationFrequency.back().includesHigher = true;
    for (const HoldoutCustomer& h : customers) {
        const CustomerSummary& c = h.calibration;
        const double predicted =
            expectedPurchases(params, h.holdoutDuration, c.frequency, c.recency, c.age);
        result.customers += 1.0;
        result.actualTotal += h.holdoutPurchases;
        result.predictedTotal += predicted;
        HoldoutBin& bin =
            result.byCalibrationFrequency[static_cast<std::size_t>(std::min(c.frequency, lastBin))];
        bin.customers += 1.0;
        bin.actualMean += h.holdoutPurchases;  // sums for now, means below
        bin.predictedMean += predicted;
    }
    for (HoldoutBin& bin : result.byCalibrationFrequency) {
        if (bin.customers > 0.0) {
            bin.actualMean /= bin.customers;
            bin.predictedMean /= bin.customers;
        }
    }
    return result;
}

}  // namespace crm::clv
