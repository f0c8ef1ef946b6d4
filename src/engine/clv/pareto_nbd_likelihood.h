#pragma once
// The Pareto/NBD log-likelihood of one history with its analytic gradient in (r, alpha, s,
// beta). Internal to the engine: pareto_nbd.cpp's fit and tests use it.
#include <cstdint>
#include <optional>
#include <span>

#include "engine/clv/pareto_nbd.h"

namespace crm::clv::detail {

// ln of the odds that the customer died unseen after the last purchase rather than being
// alive at the end (note 009); -inf when the last purchase is at the end.
double paretoNbdLogDeadOdds(const ParetoNbdParams& params, double frequency, double recency,
                            double age);

// How ln A0 (the dead term: ln of (r+s+x) times the integral over the death time) is computed.
// Automatic picks the cheapest that converges; the others exist so tests can compare them.
enum class DeadTermMethod {
    Automatic,
    Series,    // 2F1 series at t_x and T (NaN when it does not converge)
    FarRates,  // expansion in powers of (low rate + T) / (rate difference) (NaN outside it)
    Integral,  // Gauss-Kronrod quadrature
};

// ln A0 and, when gradient (four entries) is not empty, d ln A0 / d(r, alpha, s, beta).
double paretoNbdLogDeadTerm(const ParetoNbdParams& params, int frequency, double recency,
                            double age, DeadTermMethod method, std::span<double> gradient);

// One history's log-likelihood. lnGammaRatio = ln Gamma(r+x) - ln Gamma(r); when gradient
// (four entries) is not empty it receives d LL / d(r, alpha, s, beta), which needs
// digammaDifference = psi(r+x) - psi(r). Both depend only on x, so callers compute them once
// per distinct frequency. When work is given, the series terms (and quadrature points, weighted)
// spent are added to it: the fit's budget.
double paretoNbdHistoryLogLikelihood(const ParetoNbdParams& params, int frequency, double recency,
                                     double age, double lnGammaRatio, double digammaDifference,
                                     std::span<double> gradient, std::uint64_t* work = nullptr);

// The logarithms of one history's likelihood that depend only on the parameters or on its age:
// a fit takes them once per evaluation and distinct age instead of once per history.
struct ParetoNbdSharedLogs {
    double logAlpha = 0.0, logBeta = 0.0;        // ln alpha, ln beta
    double logAlphaAge = 0.0, logBetaAge = 0.0;  // ln(alpha + T), ln(beta + T)
};
double paretoNbdHistoryLogLikelihood(const ParetoNbdParams& params, int frequency, double recency,
                                     double age, double lnGammaRatio, double digammaDifference,
                                     const ParetoNbdSharedLogs& logs, std::span<double> gradient,
                                     std::uint64_t* work);

// Series terms a Pareto/NBD fit may spend in its likelihood: tens of times what a
// well-determined fit on a million customers needs (about 10 s of work at most).
inline constexpr std::uint64_t kParetoNbdWorkBudget = 4'000'000'000;

// fitParetoNbd with another budget (tests).
ParetoNbdFit fitParetoNbd(const GroupedHistories& histories, std::uint64_t workBudget,
                          std::optional<NoDropoutNbd> noDropout = std::nullopt);

}  // namespace crm::clv::detail
