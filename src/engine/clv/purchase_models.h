#pragma once
// The three repeat-purchase models behind one interface, so that a holdout check, a comparison
// and the lifetime value can treat them alike: BG/NBD, MBG/NBD and Pareto/NBD, plus the NBD
// model without dropout that tells whether the data show dropout at all.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"
#include "engine/clv/mbg_nbd.h"
#include "engine/clv/pareto_nbd.h"

namespace crm::clv {

enum class PurchaseModelKind { BgNbd, MbgNbd, ParetoNbd };

inline constexpr PurchaseModelKind kPurchaseModels[] = {
    PurchaseModelKind::BgNbd, PurchaseModelKind::MbgNbd, PurchaseModelKind::ParetoNbd};

std::string_view displayName(PurchaseModelKind kind);  // "BG/NBD", "MBG/NBD", "Pareto/NBD"

// Names of the parameters in fit order, as the papers write them.
std::vector<std::string> parameterNames(PurchaseModelKind kind);

struct NbdFit;

struct PurchaseModelFit {
    PurchaseModelKind kind = PurchaseModelKind::BgNbd;
    std::vector<double> params;  // in parameterNames order; NaN when unusable
    FitDiagnostics diagnostics;

    bool usable() const;  // every parameter finite
    BgNbdParams bgNbd() const;
    MbgNbdParams mbgNbd() const;
    ParetoNbdParams paretoNbd() const;
};

// noDropout (fitNbd on the same histories), when given, lets a fit heading to the no-drop-out
// boundary stop early (see fitParetoNbd).
PurchaseModelFit fitPurchaseModel(PurchaseModelKind kind, const GroupedHistories& histories,
                                  const NbdFit* noDropout = nullptr);
PurchaseModelFit fromBgNbd(const BgNbdFit& fit);

// The same fit with other parameter values (for intervals): diagnostics are kept.
PurchaseModelFit withParams(const PurchaseModelFit& fit, std::span<const double> params);

double probabilityAlive(const PurchaseModelFit& fit, int frequency, double recency, double age);
double expectedPurchases(const PurchaseModelFit& fit, double t, int frequency, double recency,
                         double age);
double expectedPurchasesNewCustomer(const PurchaseModelFit& fit, double t);
// E[Y(t) | alive, x, T]: expectedPurchases without P(alive); the same for every recency.
double expectedPurchasesIfAlive(const PurchaseModelFit& fit, double t, int frequency, double age);

// P(X(t) = x): the chance that a new customer makes exactly x repeat purchases in its first t
// periods (BG/NBD: Fader, Hardie & Lee 2005, eq. 8; MBG/NBD likewise with the extra dropout
// chance at the first purchase; Pareto/NBD by one integral over the time of death).
double purchaseCountProbability(const PurchaseModelFit& fit, int x, double t);

// The NBD model (Ehrenberg 1959): Gamma(r, alpha) purchase rates and nobody drops out, the
// limit the three models reach when the data show no dropout.
struct NbdFit {
    double r = 0.0, alpha = 0.0;
    FitDiagnostics diagnostics;
};
NbdFit fitNbd(const GroupedHistories& histories);

}  // namespace crm::clv
