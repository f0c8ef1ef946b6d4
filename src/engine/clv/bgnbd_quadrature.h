#pragma once
// The quadrature form of E[Y(t) | alive, x, T], the fallback of expectedPurchasesIfAlive when
// the series cannot converge (z within about 1e-4 of 1). Exposed for tests.
#include "engine/clv/bgnbd.h"

namespace crm::clv::detail {

double expectedPurchasesIfAliveByQuadrature(const BgNbdParams& params, double t, int frequency,
                                            double age);

}  // namespace crm::clv::detail
