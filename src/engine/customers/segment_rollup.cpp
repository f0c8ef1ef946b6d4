#include "engine/customers/segment_rollup.h"

#include <cmath>
#include <stdexcept>

namespace crm::customers {

namespace {

// Running sums of one row; the ratios are taken at the end.
struct RowSums {
    double clvSum = 0.0;
    std::size_t clvCount = 0;
    std::size_t pAliveCount = 0;
};

void checkAligned(std::span<const double> values, std::size_t customers, const char* what) {
    if (!values.empty() && values.size() != customers) {
        throw std::invalid_argument(std::string(what) + " is not aligned with the customers");
    }
}

}  // namespace

SegmentRollups rollUpSegments(const transactions::TransactionTable& table,
                              const CustomerSummaries& summaries, const RfmResult& rfm,
                              const RollupInputs& inputs) {
    const std::size_t n = summaries.customers.size();
    if (rfm.scores.size() != n)
        throw std::invalid_argument("RFM scores are not aligned with the customers");
    checkAligned(inputs.clv, n, "CLV");
    checkAligned(inputs.pAlive, n, "P(alive)");

    SegmentRollups out;
    out.basis = summaries.hasSegment ? RollupBasis::Segment : RollupBasis::RfmGroup;
    if (out.basis == RollupBasis::Segment) {
        out.rows.resize(table.segmentNames.size());
        for (std::size_t s = 0; s < out.rows.size(); ++s) out.rows[s].name = table.segmentNames[s];
    } else {
        out.rows.resize(kRfmGroupCount);
        for (std::size_t g = 0; g < kRfmGroupCount; ++g) {
            out.rows[g].name = std::string(rfmGroupKey(static_cast<RfmGroup>(g)));
        }
    }
    std::vector<RowSums> sums(out.rows.size());

    for (std::size_t i = 0; i < n; ++i) {
        const CustomerSummary& c = summaries.customers[i];
        const std::size_t row = out.basis == RollupBasis::Segment
                                    ? c.primarySegment
                                    : static_cast<std::size_t>(rfm.scores[i].group);
        if (row >= out.rows.size()) throw std::invalid_argument("segment index out of range");
        SegmentRollup& r = out.rows[row];
        ++r.customers;
        r.netValue += c.netValue;
        r.margin += c.margin;
        if (!inputs.clv.empty() && std::isfinite(inputs.clv[i])) {
            sums[row].clvSum += inputs.clv[i];
            ++sums[row].clvCount;
        }
        if (!inputs.pAlive.empty() && std::isfinite(inputs.pAlive[i])) {
            ++sums[row].pAliveCount;
            if (inputs.pAlive[i] < inputs.churnThreshold) ++r.churnRiskCustomers;
        }
    }
    for (std::size_t row = 0; row < out.rows.size(); ++row) {
        SegmentRollup& r = out.rows[row];
        if (sums[row].clvCount > 0) {
            r.meanClv = sums[row].clvSum / static_cast<double>(sums[row].clvCount);
        }
        if (sums[row].pAliveCount > 0) {
            r.churnRiskShare = static_cast<double>(r.churnRiskCustomers) /
                               static_cast<double>(sums[row].pAliveCount);
        }
    }
    return out;
}

}  // namespace crm::customers
