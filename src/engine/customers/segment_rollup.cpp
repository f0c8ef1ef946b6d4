#include "engine/customers/segment_rollup.h"

#include <cmath>
#include <map>
#include <stdexcept>

namespace crm::customers {

namespace {

// Running sums of one row; the ratios are taken at the end.
struct RowSums {
    double clvSum = 0.0;
    std::size_t clvCount = 0;
    double pAliveSum = 0.0;
    std::size_t pAliveCount = 0;

    void add(std::size_t i, const RollupInputs& inputs) {
        if (!inputs.clv.empty() && std::isfinite(inputs.clv[i])) {
            clvSum += inputs.clv[i];
            ++clvCount;
        }
        if (!inputs.pAlive.empty() && std::isfinite(inputs.pAlive[i])) {
            pAliveSum += inputs.pAlive[i];
            ++pAliveCount;
        }
    }
    std::optional<double> meanClv() const {
        if (clvCount == 0) return std::nullopt;
        return clvSum / static_cast<double>(clvCount);
    }
    std::optional<double> meanProbabilityAlive() const {
        if (pAliveCount == 0) return std::nullopt;
        return pAliveSum / static_cast<double>(pAliveCount);
    }
};

struct MeansSums {
    ValueMeans means;
    RowSums sums;
    void add(std::size_t i, const RollupInputs& inputs) {
        ++means.customers;
        sums.add(i, inputs);
    }
    ValueMeans finish() const {
        ValueMeans out = means;
        out.meanClv = sums.meanClv();
        out.meanProbabilityAlive = sums.meanProbabilityAlive();
        return out;
    }
};

void checkAligned(std::span<const double> values, std::size_t customers, const char* what) {
    if (!values.empty() && values.size() != customers) {
        throw std::invalid_argument(std::string(what) + " is not aligned with the customers");
    }
}

}  // namespace

RfmValue rollUpRfmValue(const RfmResult& rfm, const RollupInputs& inputs) {
    const std::size_t n = rfm.scores.size();
    checkAligned(inputs.clv, n, "CLV");
    checkAligned(inputs.pAlive, n, "P(alive)");
    std::array<MeansSums, kRfmGroupCount> groups{};
    std::array<std::array<MeansSums, 5>, 5> grid{};
    std::map<std::string, MeansSums> cells;  // "R-F-M" sorts like the scores: one digit each
    for (std::size_t i = 0; i < n; ++i) {
        const RfmScore& score = rfm.scores[i];
        groups[static_cast<std::size_t>(score.group)].add(i, inputs);
        if (score.recency == 0) continue;  // not scored: no purchase
        grid[score.recency - 1u][score.frequency - 1u].add(i, inputs);
        cells[score.cell()].add(i, inputs);
    }
    RfmValue out;
    for (std::size_t g = 0; g < kRfmGroupCount; ++g) out.groups[g] = groups[g].finish();
    for (std::size_t r = 0; r < 5; ++r)
        for (std::size_t f = 0; f < 5; ++f) out.recencyFrequency[r][f] = grid[r][f].finish();
    for (const auto& [cell, sums] : cells) out.cells.emplace_back(cell, sums.finish());
    return out;
}

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
        sums[row].add(i, inputs);
        if (!inputs.pAlive.empty() && std::isfinite(inputs.pAlive[i]) &&
            inputs.pAlive[i] < inputs.churnThreshold)
            ++r.churnRiskCustomers;
    }
    for (std::size_t row = 0; row < out.rows.size(); ++row) {
        SegmentRollup& r = out.rows[row];
        r.meanClv = sums[row].meanClv();
        r.meanProbabilityAlive = sums[row].meanProbabilityAlive();
        if (sums[row].pAliveCount > 0) {
            r.churnRiskShare = static_cast<double>(r.churnRiskCustomers) /
                               static_cast<double>(sums[row].pAliveCount);
        }
    }
    return out;
}

}  // namespace crm::customers
