#pragma once
// The whole customer analysis of a TransactionTable in one call: per-customer summary, RFM,
// concentration, relationship levels, the BG/NBD + Gamma-Gamma lifetime-value model, segment
// roll-ups and, optionally, a calibration/holdout check. What `crmw analyze` prints and what
// the "Customer data" page shows. The rules are in docs/methodology.md ("Customer data").
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/calibration_holdout.h"
#include "engine/clv/customer_summary.h"
#include "engine/clv/gamma_gamma.h"
#include "engine/clv/lifetime_value.h"
#include "engine/clv/model_comparison.h"
#include "engine/clv/model_predictions.h"
#include "engine/customers/concentration.h"
#include "engine/customers/customer_summary.h"
#include "engine/customers/relationship_levels.h"
#include "engine/customers/repeat_purchase_tracking.h"
#include "engine/customers/rfm.h"
#include "engine/customers/segment_rollup.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers {

// The CLV models' input: one row per customer with a purchase in the window (customers who
// only returned goods have no purchase history and are left out), in lifetimes' columns.
struct ModelInputs {
    std::vector<clv::CustomerSummary> customers;
    std::vector<std::uint32_t> position;  // of each row in CustomerSummaries::customers
};
ModelInputs modelInputs(const CustomerSummaries& summaries);

// The unit in which the models count time under a convention (both week conventions: weeks).
clv::PeriodUnit modelTimeUnit(PeriodConvention period);
// Periods per month as lifetimes converts them: 30 days, 4.345 weeks, 1 month.
double periodsPerMonth(PeriodConvention period);

struct AnalysisOptions {
    PeriodConvention period = PeriodConvention::Days;
    std::optional<std::int32_t> observationEnd;  // default: the last day in the data
    // When set (and before the observation end): the model is also fitted on the lines up to
    // this day, and its predictions for the rest are compared with what happened.
    std::optional<std::int32_t> calibrationEnd;
    int months = 12;                 // CLV horizon
    clv::DiscountRate discountRate;  // CLV discount, 1% a month by default
    double churnThreshold = 0.5;     // P(alive) below this = churn risk (profile value)
    std::size_t worstCount = 20;     // most negative customers listed
    std::size_t topCount = 10;       // highest CLV customers listed
};

struct CustomerModel {
    std::size_t customers = 0;        // with a purchase: the rows the models see
    std::size_t repeatCustomers = 0;  // frequency > 0
    // Repeat customers whose repeat purchase periods sum to zero or less: the Gamma-Gamma fit
    // leaves them out (it needs a positive mean spend; returns never enter that mean).
    std::size_t customersLeftOutOfSpendModel = 0;
    clv::BgNbdFit bgnbd;
    clv::GammaGammaFit gammaGamma;
    // BG/NBD, MBG/NBD and Pareto/NBD fitted on the whole window and compared
    // (clv/model_comparison.h states the rule); the chosen model gives the predictions below.
    clv::ModelComparison comparison;
    std::vector<clv::RepeatCountRow> repeatCounts;  // the chosen model's period-count check
    // Ranges for the customers of CustomerAnalysis::topLifetimeValue (customer = position in
    // CustomerSummaries::customers) and for the total lifetime value.
    clv::HeadlineRanges ranges;
    double periodsPerMonth = 30.0;
    double horizonPeriods = 0.0;  // months * periodsPerMonth: the horizon of expectedPurchases
    // Aligned with CustomerSummaries::customers; NaN where the model gives no figure (no
    // purchase, or a fit without usable parameters).
    std::vector<double> probabilityAlive;
    std::vector<double> expectedPurchases;
    std::vector<double> expectedAverageValue;
    std::vector<double> lifetimeValue;

    const clv::PurchaseModelFit* chosenFit() const;  // null before the comparison or without one
    bool purchasesUsable() const;  // the chosen model's (else BG/NBD's) parameters are finite
    bool spendUsable() const;      // Gamma-Gamma parameters are finite
};

struct HoldoutCheck {
    std::int32_t calibrationEnd = 0;
    std::int32_t observationEnd = 0;
    double durationPeriods = 0.0;  // length of the holdout in model periods
    std::size_t customers = 0;     // customers with a purchase up to calibrationEnd
    clv::BgNbdFit bgnbd;           // fitted on the calibration period only
    clv::HoldoutComparison comparison;
    // Each model fitted on the calibration period, in the order of clv::kPurchaseModels, with
    // its holdout scorecard (errors NaN when its fit failed) and weekly tracking.
    std::vector<clv::PurchaseModelFit> fits;
    std::vector<clv::HoldoutScorecard> scorecards;
    std::vector<TrackingPoint> tracking;  // predicted: one per fit
    // Aligned with CustomerSummaries::customers; NaN for customers not in the calibration.
    // predictedPurchases come from the model chosen for the lifetime value.
    std::vector<double> actualPurchases;
    std::vector<double> predictedPurchases;
};

// What the holdout check needs of the lines: each calibration customer's history up to the
// calibration end and purchase periods after it, and the tracking's counts. Computed from
// the lines, or by a database server (docs/analytics-sql.md).
struct HoldoutInputs {
    std::vector<clv::CustomerSummary> calibration;  // customers with a purchase by the split
    std::vector<std::uint32_t> position;            // of each in CustomerSummaries::customers
    std::vector<double> holdoutPurchases;           // distinct purchase periods after the split
    RepeatPurchaseHistory history;
};

// Throws std::invalid_argument when a calibration customer is not among the summaries'.
HoldoutInputs holdoutInputs(const transactions::TransactionTable& table,
                            const CustomerSummaries& summaries, std::int32_t calibrationEnd);

struct CustomerAnalysis {
    CustomerSummaries summaries;
    RfmResult rfm;
    Concentration concentration;
    RelationshipLevels levels;
    CustomerModel model;
    SegmentRollups segments;
    RfmValue rfmValue;  // mean P(alive) and CLV per RFM group and cell
    std::optional<HoldoutCheck> holdout;
    std::vector<std::uint32_t> topLifetimeValue;    // positions, highest CLV first (ties by id)
    std::optional<std::int32_t> firstDay, lastDay;  // of all lines in the table
};

// A stored calibration end (days since 1970-01-01) when the table's lines begin on or before
// it and go on after it, so both periods have lines; otherwise none (no holdout check).
std::optional<std::int32_t> calibrationEndWithin(const transactions::TransactionTable& table,
                                                 std::optional<std::int32_t> calibrationEnd);

// Throws std::invalid_argument for an inconsistent table or a calibration end that is not
// before the observation end.
CustomerAnalysis analyzeCustomers(const transactions::TransactionTable& table,
                                  const AnalysisOptions& options = {});

// The same analysis from summaries made elsewhere (a database's, docs/analytics-sql.md):
// `partial` holds summaries, firstDay and lastDay; `table` the dictionaries they index
// (customer ids, segment names). With a calibration end, `holdout` holds the holdout inputs;
// without them they are computed from the table's lines.
CustomerAnalysis analyzeCustomerSummaries(CustomerAnalysis partial,
                                          const transactions::TransactionTable& table,
                                          const AnalysisOptions& options,
                                          const HoldoutInputs* holdout = nullptr);

}  // namespace crm::customers
