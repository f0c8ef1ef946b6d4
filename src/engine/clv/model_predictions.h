#pragma once
// Per-customer predictions and lifetime value from any of the three repeat-purchase models
// (the BG/NBD-only predictCustomers in lifetime_value.h is the same computation), and ranges
// for the figures a user reads first.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/clv/gamma_gamma.h"
#include "engine/clv/lifetime_value.h"
#include "engine/clv/prediction_intervals.h"
#include "engine/clv/purchase_models.h"

namespace crm::clv {

std::vector<CustomerPrediction> predictCustomers(const PurchaseModelFit& purchases,
                                                 const GammaGammaParams& spend,
                                                 std::span<const CustomerSummary> customers,
                                                 const PredictionOptions& options = {});

struct CustomerRanges {
    std::uint32_t customer = 0;  // index into the customers given
    Range probabilityAlive;
    Range expectedPurchases;
    Range lifetimeValue;
};

struct HeadlineRanges {
    std::vector<CustomerRanges> customers;  // in the order asked for
    Range totalLifetimeValue;               // over every customer given
};

// Delta-method ranges (prediction_intervals.h) from both fits' covariances, which are
// independent (fitted on different parts of the data's likelihood).
HeadlineRanges headlineRanges(const PurchaseModelFit& purchases, const GammaGammaFit& spend,
                              std::span<const CustomerSummary> customers,
                              std::span<const std::uint32_t> selected,
                              const PredictionOptions& options = {});

}  // namespace crm::clv
