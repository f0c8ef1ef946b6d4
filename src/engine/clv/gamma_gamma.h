#pragma once
// Gamma-Gamma model of the average value of a customer's repeat purchases (Fader & Hardie
// 2013, "The Gamma-Gamma Model of Monetary Value", brucehardie.com/notes/025; also Fader,
// Hardie & Lee 2005, "RFM and CLV", JMR 42(4)). Transaction values z ~ Gamma(p, nu) per
// customer, nu ~ Gamma(q, v) across customers; spend is assumed independent of frequency.
#include <span>

#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"

namespace crm::clv {

struct GammaGammaParams {
    double p = 0.0;
    double q = 0.0;
    double v = 0.0;  // in money units (lifetimes' "v", the papers' gamma)
};

struct GammaGammaFitOptions {
    // As lifetimes' penalizer_coef: coef * (p^2 + q^2 + v^2) added to -LL / N, with v in the
    // data's money unit (so the penalty's strength depends on that unit, as in lifetimes).
    double penalizerCoef = 0.0;
    // As lifetimes' q_constraint: keep q >= 1 so the population mean spend stays finite.
    bool constrainQAtLeastOne = false;
    std::size_t minCustomers = 10;  // repeat customers with a positive monetary value
    std::size_t fewCustomers = 200;
    bool computeStandardErrors = true;
};

struct GammaGammaFit {
    GammaGammaParams params;     // NaN unless diagnostics.status is Converged or Unidentified
    FitDiagnostics diagnostics;  // standardErrors in the order p, q, v
};

// Uses customers with frequency > 0 and a positive monetary value; others are left out
// (those with a non-positive value are counted in a warning).
GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers,
                            const GammaGammaFitOptions& options = {});

// Log-likelihood of one repeat customer with x repeat purchases averaging m (note 025, (1a)).
double gammaGammaLogLikelihood(const GammaGammaParams& params, int frequency, double monetary);

// E[M | x, m]: a weighted mean of the population mean v p / (q-1) and the customer's own
// average m, the weight on m being p x / (p x + q - 1) (note 025, (5)). x = 0 gives the
// population mean.
double expectedAverageValue(const GammaGammaParams& params, int frequency, double monetary);

// v p / (q - 1); infinite when q <= 1.
double populationMeanValue(const GammaGammaParams& params);

}  // namespace crm::clv
