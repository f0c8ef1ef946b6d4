// A hand-run timing check, not a unit test: the whole customer analysis on a generated table
// of 1,000,000 lines and 100,000 customers (skewed, with returns, cost and segments).
//   cmake --build <release build> --target timing_customers && <build>/.../timing_customers
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "engine/customers/concentration.h"
#include "engine/customers/customer_summary.h"
#include "engine/customers/relationship_levels.h"
#include "engine/customers/rfm.h"
#include "engine/customers/segment_rollup.h"

using namespace crm::customers;
using Clock = std::chrono::steady_clock;

namespace {

crm::transactions::TransactionTable generate(std::size_t lines, std::size_t customers) {
    crm::transactions::TransactionTable t;
    t.hasCost = true;
    t.hasSegment = true;
    for (std::size_t c = 0; c < customers; ++c)
        t.customerIds.push_back(std::to_string(1000000 + c));
    t.segmentNames = {"Retail", "Wholesale", "Online", "Partner"};
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<std::int32_t> day(19000, 19000 + 730);
    std::uniform_int_distribution<std::int64_t> amount(1000, 500000);
    for (std::size_t i = 0; i < lines; ++i) {
        // Pareto-like skew: a few customers own many lines.
        const double u = unit(rng);
        const auto c =
            static_cast<std::uint32_t>(static_cast<double>(customers) * u * u * u) % customers;
        const bool isReturn = unit(rng) < 0.05;
        const std::int64_t a = isReturn ? -amount(rng) / 2 : amount(rng);
        t.customer.push_back(c);
        t.day.push_back(day(rng));
        t.amount.push_back(a);
        t.cost.push_back(a / 10 * 7);
        t.quantitySign.push_back(isReturn ? -1 : 1);
        t.segment.push_back(c % 4 == 0 ? static_cast<std::uint32_t>(i % 4) : c % 4);
        t.order.push_back(0);
        t.sourceLine.push_back(static_cast<std::uint32_t>(i + 2));
    }
    return t;
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Exports usually come in date order; the generator's lines are in random order.
crm::transactions::TransactionTable inDateOrder(const crm::transactions::TransactionTable& t) {
    std::vector<std::uint32_t> order(t.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return t.day[a] < t.day[b]; });
    crm::transactions::TransactionTable out = t;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::uint32_t i = order[k];
        out.customer[k] = t.customer[i];
        out.day[k] = t.day[i];
        out.amount[k] = t.amount[i];
        out.cost[k] = t.cost[i];
        out.quantitySign[k] = t.quantitySign[i];
        out.segment[k] = t.segment[i];
    }
    return out;
}

double timeAnalysis(const crm::transactions::TransactionTable& table, const char* label) {
    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        const auto t0 = Clock::now();
        const CustomerSummaries summaries = summarizeCustomers(
            table, {.period = PeriodConvention::CalendarWeeks, .observationEnd = std::nullopt});
        const double tSummary = msSince(t0);
        const auto t1 = Clock::now();
        const RfmResult rfm = scoreRfm(summaries);
        const double tRfm = msSince(t1);
        const auto t2 = Clock::now();
        const Concentration concentration = analyzeConcentration(summaries, table);
        const double tConcentration = msSince(t2);
        const auto t3 = Clock::now();
        const RelationshipLevels levels = classifyRelationshipLevels(summaries, rfm);
        std::vector<double> clv(summaries.customers.size(), 100.0),
            pAlive(summaries.customers.size(), 0.6);
        const SegmentRollups rollups = rollUpSegments(table, summaries, rfm, {clv, pAlive, 0.5});
        const double tRest = msSince(t3);
        const double total = msSince(start);
        best = std::min(best, total);
        std::printf(
            "%s run %d: %.1f ms (summary %.1f, rfm %.1f, concentration %.1f, levels+rollup %.1f); "
            "%zu customers, gini %.4f, %zu advanced, %zu rows\n",
            label, run, total, tSummary, tRfm, tConcentration, tRest, summaries.customers.size(),
            concentration.netValue.gini.value_or(-1), levels.advanced, rollups.rows.size());
    }
    return best;
}

}  // namespace

int main() {
    const auto table = generate(1'000'000, 100'000);
    const double randomOrder = timeAnalysis(table, "random order");
    const double dateOrder = timeAnalysis(inDateOrder(table), "date order");
    std::printf("best of 5 for 1,000,000 lines: %.1f ms in random order, %.1f ms in date order\n",
                randomOrder, dateOrder);
    return 0;
}
