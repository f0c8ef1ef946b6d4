#pragma once
// What the report shows of imported customer data, taken from the engine's customer analysis.
// Kept as plain figures so the window, the CLI and the tests can fill ReportInputs without
// running the analysis again.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/customers/customer_analysis.h"
#include "engine/model/money.h"
#include "engine/text/phrase.h"
#include "report/charts/chart_spec.h"

namespace crm::report {

struct CustomerGroupFigures {
    std::string name{};  // segment name, or the RFM group in words ("At risk")
    std::size_t customers = 0;
    Money netValue{};
    std::optional<double> meanLifetimeValue{};  // currency units; none without a usable model
    std::optional<double> churnRiskShare{};     // 0..1
    std::optional<double> meanProbabilityAlive{};
};

// One row of the model comparison. The likelihood and its criteria are shown even when the
// parameters are not determined: the data do determine the likelihood.
struct ModelComparisonRow {
    std::string model{};      // "BG/NBD"
    bool fitted = false;      // the fit gave usable parameters
    bool determined = false;  // the data determine its parameters
    bool chosen = false;      // the lifetime value comes from this model
    double logLikelihood = 0.0, aic = 0.0, bic = 0.0;
    std::optional<double> holdoutMeanAbsoluteError{}, holdoutRootMeanSquaredError{},
        holdoutMeanBias{};  // set when the document's analysis has a holdout
};

// An estimate with its range (engine clv::Range); without a range low = high = estimate.
struct FigureRange {
    double estimate = 0.0, low = 0.0, high = 0.0;
    bool available = false;
};
struct TopCustomerFigures {
    std::string customer{};  // the id in the data
    FigureRange probabilityAlive{}, expectedPurchases{}, lifetimeValue{};
};

// The calibration/holdout check of the chosen model, for the report's table and charts.
struct HoldoutBinFigures {
    std::string calibrationPurchases{};  // "0", "1", ... "6+"
    double customers = 0.0, actualMean = 0.0, predictedMean = 0.0;
};
struct TrackingWeekFigures {
    double weeksFromCalibrationEnd = 0.0;  // negative before it
    double actual = 0.0;
    std::vector<double> predicted{};  // one per HoldoutFigures::models
};
struct HoldoutFigures {
    std::string calibrationEnd{}, observationEnd{};  // YYYY-MM-DD
    std::size_t customers = 0;                       // with a purchase in the calibration
    std::string model{};                             // the chosen model (its bins)
    double actualTotal = 0.0, predictedTotal = 0.0;  // repeat purchases in the holdout
    std::vector<HoldoutBinFigures> bins{};
    std::vector<std::string> models{};  // the tracking's predicted series
    std::vector<TrackingWeekFigures> tracking{};
};

struct LifetimeValueFigures {
    int months = 12;
    double monthlyDiscountRate = 0.01;
    std::size_t customersModelled = 0;  // customers with a purchase
    std::optional<double> meanLifetimeValue{};
    std::optional<double> totalLifetimeValue{};
    std::size_t churnRiskCustomers = 0;  // P(alive) below the profile's threshold
    double churnThreshold = 0.5;
    bool converged = false;
    // The engine's sentences stay phrases here: the sections say them in the report's language.
    text::Phrase modelMessage{};  // the fits' plain-language summary
    std::string purchaseModel{};  // the model the values come from, e.g. "MBG/NBD"
    text::Phrase modelChoice{};   // why that model, in words (empty without a comparison)
    std::vector<ModelComparisonRow> models{};        // in the order BG/NBD, MBG/NBD, Pareto/NBD
    std::vector<text::Phrase> modelNotes{};          // why parameters are not determined
    std::optional<FigureRange> totalRange{};         // total lifetime value
    std::vector<TopCustomerFigures> topCustomers{};  // highest lifetime value first
};

struct CustomerFigures {
    std::size_t customers = 0;
    Money netValue{};
    std::size_t topCustomers = 0;  // ceil(customers / 5)
    std::optional<double> topShare{};
    std::optional<double> customerShareFor80{};
    std::optional<double> gini{};
    std::size_t negativeCustomers = 0, zeroCustomers = 0;
    std::size_t oneTime = 0, repeat = 0, advanced = 0;  // repeat includes advanced
    bool returnsCounted = true;  // false when the summaries came without return counts
    std::size_t returnLines = 0;
    Money returnValue{};
    std::size_t customersLeftOutOfSpendModel = 0;   // repeat spend zero or less
    std::vector<CustomerGroupFigures> rfmGroups{};  // every group with a customer
    std::string groupBasis{};                       // "segment" or "RFM group"
    std::vector<CustomerGroupFigures> groups{};     // the roll-up rows
    std::optional<LifetimeValueFigures> lifetimeValue{};
    std::optional<HoldoutFigures> holdout{};
};

// customerIds: the table's dictionary, to name the top customers.
CustomerFigures customerFiguresFrom(const customers::CustomerAnalysis& analysis,
                                    const customers::AnalysisOptions& options,
                                    const std::vector<std::string>& customerIds);

// The model comparison, the ranges of the top customers and the holdout check
// (model_check_figures.cpp).
void addModelCheckFigures(CustomerFigures& figures, const customers::CustomerAnalysis& analysis,
                          const std::vector<std::string>& customerIds);

// The Lorenz curve of net value with the headline figures as notes.
LorenzChart customerValueCurve(const customers::CustomerAnalysis& analysis);
// Writes the curve's title, axis labels and notes in the report's language (report_text.h).
void describeCurve(LorenzChart& chart);

}  // namespace crm::report
