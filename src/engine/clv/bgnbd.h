#pragma once
// BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your Customers the
// Easy Way", Marketing Science 24(2) 275-284): maximum-likelihood fit and predictions.
// Every likelihood and prediction is evaluated in log space so large x and T cannot overflow.
#include <array>
#include <span>

#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"

namespace crm::clv {

// Purchase rate lambda ~ Gamma(shape r, rate alpha); dropout probability p ~ Beta(a, b).
// alpha is in the time unit of the data (periods).
struct BgNbdParams {
    double r = 0.0;
    double alpha = 0.0;
    double a = 0.0;
    double b = 0.0;
};

struct BgNbdFitOptions {
    // L2 penalty as lifetimes' penalizer_coef: coef * (r^2 + alpha'^2 + a^2 + b^2) added to
    // -LL / N, where alpha' is alpha with time rescaled so that the oldest customer's age is 1
    // (lifetimes fits on T / max(T)). 0 = plain maximum likelihood.
    double penalizerCoef = 0.0;
    std::size_t minCustomers = 10;   // below this: InsufficientData
    std::size_t fewCustomers = 200;  // below this: a warning that estimates are uncertain
    bool computeStandardErrors = true;
};

struct BgNbdFit {
    BgNbdParams params;          // NaN unless diagnostics.status is Converged or Unidentified
    FitDiagnostics diagnostics;  // standardErrors in the order r, alpha, a, b
};

BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers, const BgNbdFitOptions& options = {});
BgNbdFit fitBgNbd(const GroupedHistories& histories, const BgNbdFitOptions& options = {});

// Log-likelihood of one customer (Fader, Hardie & Lee 2005 eq. 6, in the log form of
// section 7 / Hardie's note 004).
double bgNbdLogLikelihood(const BgNbdParams& params, int frequency, double recency, double age);

// Sum over grouped customers; when gradient is given it receives d LL / d (r, alpha, a, b).
double bgNbdLogLikelihood(const BgNbdParams& params, const GroupedHistories& histories,
                          std::array<double, 4>* gradient = nullptr);

// P(alive | x, t_x, T) (Hardie's note 021, "Computing P(alive) using the BG/NBD model").
double probabilityAlive(const BgNbdParams& params, int frequency, double recency, double age);

// E[Y(t) | x, t_x, T]: repeat purchases in the next t periods (FHL 2005 eq. 10).
double expectedPurchases(const BgNbdParams& params, double t, int frequency, double recency,
                         double age);

// E[X(t)]: repeat purchases of a new customer in the first t periods (FHL 2005 eq. 9).
double expectedPurchasesNewCustomer(const BgNbdParams& params, double t);

// E[Y(t) | alive, x, T]: expectedPurchases = probabilityAlive * this. It does not depend on
// recency, which lets batch predictions share it between customers.
double expectedPurchasesIfAlive(const BgNbdParams& params, double t, int frequency, double age);

}  // namespace crm::clv
