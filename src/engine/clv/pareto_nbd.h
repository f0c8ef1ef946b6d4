#pragma once
// Pareto/NBD model of repeat purchasing (Schmittlein, Morrison & Colombo 1987; in the form of
// Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions",
// brucehardie.com/notes/009): purchases at rate lambda ~ Gamma(r, alpha) while alive, lifetimes
// exponential with rate mu ~ Gamma(s, beta). Likelihood and predictions in log space.
#include <optional>
#include <span>

#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"

namespace crm::clv {

struct ParetoNbdParams {
    double r = 0.0;
    double alpha = 0.0;  // in the data's time unit
    double s = 0.0;
    double beta = 0.0;  // in the data's time unit
};

struct ParetoNbdFit {
    ParetoNbdParams params;      // NaN unless diagnostics.status is Converged or Unidentified
    FitDiagnostics diagnostics;  // standardErrors in the order r, alpha, s, beta
};

// Several starts; the analytic gradient comes from the 2F1 series' derivatives in its
// parameters, or from an expansion in the other direction where one rate is far above the
// other (or quadrature where neither converges). A fit whose likelihood would spend more than
// detail::kParetoNbdWorkBudget series terms is stopped and reported as not determined.
// The no-drop-out NBD model fitted on the same histories (fitNbd): its parameters and maximum
// log-likelihood.
struct NoDropoutNbd {
    double r = 0.0, alpha = 0.0, logLikelihood = 0.0;
};

// With the NBD model's fit, one more start lies next to the boundary s -> 0 where the Pareto/NBD
// becomes that model, and the search stops early once s heads to zero and the fit is no better
// than the NBD model by the likelihood-ratio test: the fit is then reported as not determined,
// as the comparison would report it after a much longer run to the boundary.
ParetoNbdFit fitParetoNbd(const GroupedHistories& histories,
                          std::optional<NoDropoutNbd> noDropout = std::nullopt);

// One customer's log-likelihood (note 009, with its A0 term).
double paretoNbdLogLikelihood(const ParetoNbdParams& params, int frequency, double recency,
                              double age);
double paretoNbdLogLikelihood(const ParetoNbdParams& params, const GroupedHistories& histories);

// P(alive | x, t_x, T) (note 009).
double probabilityAlive(const ParetoNbdParams& params, int frequency, double recency, double age);

// E[Y(t) | x, t_x, T] (note 009): repeat purchases in the next t periods.
double expectedPurchases(const ParetoNbdParams& params, double t, int frequency, double recency,
                         double age);

// E[Y(t) | alive, x, T]: given alive, lambda ~ Gamma(r+x, alpha+T) and mu ~ Gamma(s, beta+T);
// expectedPurchases = probabilityAlive * this, and it does not depend on recency.
double expectedPurchasesIfAlive(const ParetoNbdParams& params, double t, int frequency, double age);

// E[X(t)] of a new customer (note 009).
double expectedPurchasesNewCustomer(const ParetoNbdParams& params, double t);

}  // namespace crm::clv
