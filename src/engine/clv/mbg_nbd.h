#pragma once
// MBG/NBD model of repeat purchasing (Batislam, Denizel & Filiztekin 2007, "Empirical
// validation and comparison of models for customer base analysis", IJRM 24(3) 201-209): the
// BG/NBD model in which a customer may also drop out right after the first purchase, so a
// customer without repeat purchases is not certainly alive. As lifetimes'
// ModifiedBetaGeoFitter.
#include <array>

#include "engine/clv/customer_summary.h"
#include "engine/clv/fit_diagnostics.h"

namespace crm::clv {

// Purchase rate lambda ~ Gamma(r, alpha); dropout probability p ~ Beta(a, b).
struct MbgNbdParams {
    double r = 0.0;
    double alpha = 0.0;  // in the data's time unit
    double a = 0.0;
    double b = 0.0;
};

struct MbgNbdFit {
    MbgNbdParams params;         // NaN unless diagnostics.status is Converged or Unidentified
    FitDiagnostics diagnostics;  // standardErrors in the order r, alpha, a, b
};

MbgNbdFit fitMbgNbd(const GroupedHistories& histories);

// ln L = A1 + A2 + ln(exp(A3) + exp(A4)) with
//   A1 = ln G(r+x) - ln G(r) + r ln alpha,  A2 = ln B(a, b+x+1) - ln B(a, b),
//   A3 = -(r+x) ln(alpha+T),  A4 = ln a - ln(b+x) - (r+x) ln(alpha+t_x).
double mbgNbdLogLikelihood(const MbgNbdParams& params, int frequency, double recency, double age);

// Sum over grouped customers; when gradient is given it receives d LL / d (r, alpha, a, b).
double mbgNbdLogLikelihood(const MbgNbdParams& params, const GroupedHistories& histories,
                           std::array<double, 4>* gradient = nullptr);

// 1 / (1 + a / (b+x) ((alpha+T) / (alpha+t_x))^(r+x)); below 1 even for x = 0.
double probabilityAlive(const MbgNbdParams& params, int frequency, double recency, double age);

// E[Y(t) | x, t_x, T]: given alive, p ~ Beta(a, b+x+1) (one more "survived" purchase than in
// the BG/NBD model), so it is P(alive) times the BG/NBD expectation with b+1.
double expectedPurchases(const MbgNbdParams& params, double t, int frequency, double recency,
                         double age);

// E[Y(t) | alive, x, T]: the BG/NBD one with b+1; independent of recency.
double expectedPurchasesIfAlive(const MbgNbdParams& params, double t, int frequency, double age);

// E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))]: the conditional
// expectation at x = t_x = T = 0.
double expectedPurchasesNewCustomer(const MbgNbdParams& params, double t);

}  // namespace crm::clv
