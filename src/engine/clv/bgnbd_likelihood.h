#pragma once
// The BG/NBD log-likelihood summed over grouped histories, laid out for the optimizer's hot
// loop. Internal to the fit; bgNbdLogLikelihood in bgnbd.h is the public entry point.
#include <cstdint>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/customer_summary.h"

namespace crm::clv::detail {

class BgNbdLikelihood {
  public:
    // Times are multiplied by timeScale (the fit uses 1 / max(T)); parameters passed to
    // evaluate are then in that time unit too.
    BgNbdLikelihood(const GroupedHistories& histories, double timeScale);

    double customers() const { return customers_; }
    std::size_t rows() const { return weight_.size(); }

    // Weighted sum of log-likelihoods; gradient (d/dr, d/dalpha, d/da, d/db) when non-null.
    double evaluate(const BgNbdParams& params, double* gradient);

  private:
    template <bool kGradient, bool kTimeTable>
    double evaluateImpl(const BgNbdParams& params, double* gradient);

    std::vector<int> frequency_;
    std::vector<double> recency_, age_, weight_;
    std::vector<double> weightOfFrequency_;  // total weight of the rows with x = index
    double customers_ = 0.0;
    // Real summaries have few distinct ages and recencies (whole days or weeks): when so, the
    // logarithms are taken once per distinct time instead of once per row.
    bool useTimeTable_ = false;
    std::vector<double> times_;
    std::vector<std::uint32_t> ageIndex_, recencyIndex_;
    // Scratch, refilled on each evaluation.
    std::vector<double> lnAlphaPlusTime_, inverseAlphaPlusTime_;
    std::vector<double> dropoutTerm_;  // ln a - ln(b+x-1)
    std::vector<double> inverseBxm1_;  // 1 / (b+x-1)
};

}  // namespace crm::clv::detail
