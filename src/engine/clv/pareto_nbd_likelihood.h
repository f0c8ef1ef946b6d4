#pragma once
// The Pareto/NBD log-likelihood of one history with its analytic gradient in (r, alpha, s,
// beta). Internal to the engine: pareto_nbd.cpp's fit and tests use it.
#include <span>

#include "engine/clv/pareto_nbd.h"

namespace crm::clv::detail {

// ln of the odds that the customer died unseen after the last purchase rather than being
// alive at the end (note 009); -inf when the last purchase is at the end.
double paretoNbdLogDeadOdds(const ParetoNbdParams& params, double frequency, double recency,
                            double age);

// One history's log-likelihood. lnGammaRatio = ln Gamma(r+x) - ln Gamma(r); when gradient
// (four entries) is not empty it receives d LL / d(r, alpha, s, beta), which needs
// digammaDifference = psi(r+x) - psi(r). Both depend only on x, so callers compute them once
// per distinct frequency.
double paretoNbdHistoryLogLikelihood(const ParetoNbdParams& params, int frequency, double recency,
                                     double age, double lnGammaRatio, double digammaDifference,
                                     std::span<double> gradient);

}  // namespace crm::clv::detail
