#pragma once
// Calibration/holdout check: fit on a calibration period, compare the purchases predicted for
// the holdout period with those that happened (as lifetimes'
// plot_calibration_purchases_vs_holdout_purchases, without the plot).
#include <span>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/customer_summary.h"

namespace crm::clv {

struct HoldoutCustomer {
    CustomerSummary calibration;
    double holdoutPurchases = 0.0;  // purchase periods in the holdout
    double holdoutDuration = 0.0;   // periods from the end of calibration to the end of holdout
};

struct HoldoutBin {
    int calibrationFrequency = 0;
    bool includesHigher = false;  // the last bin holds every frequency from here up
    double customers = 0.0;
    double actualMean = 0.0;
    double predictedMean = 0.0;
};

struct HoldoutComparison {
    double customers = 0.0;
    double actualTotal = 0.0;
    double predictedTotal = 0.0;
    std::vector<HoldoutBin> byCalibrationFrequency;  // bins 0 .. lastBin (lastBin = "and up")
};

HoldoutComparison compareHoldout(const BgNbdParams& params,
                                 std::span<const HoldoutCustomer> customers, int lastBin = 6);

}  // namespace crm::clv
