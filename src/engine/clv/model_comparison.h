#pragma once
// How well each repeat-purchase model predicts a holdout period, which parameters the data
// actually determine, and which model the lifetime value uses, by a stated rule:
//   - with a holdout: the lowest per-customer mean absolute error of holdout purchases;
//   - without one: the lowest BIC (Schwarz 1978).
// Only models whose parameters the data determine compete while any such model exists. Two
// models tie when their holdout errors are within 1% of each other, or their BICs within 2
// (Kass & Raftery 1995: "not worth more than a bare mention"); a tie keeps the first of them in
// the order BG/NBD, MBG/NBD, Pareto/NBD. docs/methodology.md explains it for users.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/clv/calibration_holdout.h"
#include "engine/clv/purchase_models.h"
#include "engine/text/phrase.h"

namespace crm::clv {

struct HoldoutScorecard {
    double customers = 0.0;
    double meanAbsoluteError = 0.0;     // mean |predicted - actual| holdout purchases
    double rootMeanSquaredError = 0.0;  // sqrt(mean (predicted - actual)^2)
    double meanBias = 0.0;              // mean (predicted - actual): > 0 overpredicts
    double predictedTotal = 0.0;
    double actualTotal = 0.0;
    std::vector<HoldoutBin> byCalibrationFrequency;  // as compareHoldout
};

HoldoutScorecard scoreHoldout(const PurchaseModelFit& fit,
                              std::span<const HoldoutCustomer> customers, int lastBin = 6);

// The period-transactions check: customers by repeat purchases in their observed time, actual
// and as the model expects them (sum over customers of P(X(T) = x)); the last row is "and up".
struct RepeatCountRow {
    int repeatPurchases = 0;
    bool includesHigher = false;
    double actualCustomers = 0.0;
    double expectedCustomers = 0.0;
};
std::vector<RepeatCountRow> repeatCountCheck(const PurchaseModelFit& fit,
                                             std::span<const CustomerSummary> customers,
                                             int lastBin = 6);

struct ModelAssessment {
    PurchaseModelFit fit;
    double aic = 0.0;  // 2k - 2 LL
    double bic = 0.0;  // k ln N - 2 LL
    std::optional<HoldoutScorecard> holdout;
    // 2 (LL - LL of the NBD model without dropout); below 3.84 (chi-square, one degree of
    // freedom, 5%) the data show no sign of dropout.
    double likelihoodRatio = 0.0;
    // Smallest eigenvalue of the parameters' correlation matrix: near 0, some combination of
    // the parameters moves along a flat ridge of the likelihood.
    double smallestCorrelationEigenvalue = 0.0;
    bool identified = false;
    // Why the data leave parameters open, empty when identified: the phrases for a reader's
    // language and their English beside them (JSON output, the command line).
    std::vector<text::Phrase> identificationNotePhrases;
    std::vector<std::string> identificationNotes;
};

struct ModelComparison {
    std::vector<ModelAssessment> models;  // in the order of kPurchaseModels
    NbdFit noDropout;
    std::optional<PurchaseModelKind> chosen;  // none when no model could be fitted
    bool chosenByHoldout = false;
    std::vector<PurchaseModelKind> tiedWithChosen;
    text::Phrase explanationPhrase;  // the choice in words
    std::string explanation;         // its English
};

// holdouts, when not empty, is aligned with fits.
ModelComparison compareModels(std::vector<PurchaseModelFit> fits, const NbdFit& noDropout,
                              std::vector<HoldoutScorecard> holdouts = {});

// Eigenvalues of a symmetric n x n matrix (row-major) by Jacobi rotations, ascending.
std::vector<double> symmetricEigenvalues(std::vector<double> matrix, std::size_t n);

}  // namespace crm::clv
