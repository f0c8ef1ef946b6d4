#include "cli/analysis_summary_text.h"

#include <fmt/format.h>

#include "cli/customer_output_helpers.h"
#include "engine/customers/lifetime_value_totals.h"

namespace crm::cli::customer_data {

namespace tx = crm::transactions;
namespace cu = crm::customers;

namespace {

void printFit(const char* name, const std::string& params, const clv::FitDiagnostics& d) {
    fmt::print("  {:<12}{}  log-likelihood {:.2f}  {}\n", name, params, d.logLikelihood,
               clv::toString(d.status));
    if (!d.converged && !d.message.empty()) fmt::print("  {:<12}{}\n", "", d.message);
    for (const std::string& w : d.warnings) fmt::print("  {:<12}note: {}\n", "", w);
}

}  // namespace

void printSummary(const AnalysisInput& in, const cu::CustomerAnalysis& a,
                  const cu::AnalysisOptions& options) {
    const tx::TransactionTable& table = in.table;
    const cu::CustomerSummaries& s = a.summaries;
    const cu::ValueConcentration& v = a.concentration.netValue;
    fmt::print("{}: {} read, {} imported, {} bad, {} without a customer id\n", in.source,
               plural(in.stats.rowsRead, "line", "lines"), grouped(in.stats.imported),
               grouped(in.stats.skippedBad), grouped(in.stats.skippedNoCustomer));
    fmt::print("dates {} .. {}, observation end {}{}, periods: {}\n\n",
               a.firstDay ? dayText(*a.firstDay) : "-", a.lastDay ? dayText(*a.lastDay) : "-",
               dayText(s.observationEnd),
               s.linesAfterObservationEnd
                   ? fmt::format(" ({} later lines left out)", grouped(s.linesAfterObservationEnd))
                   : "",
               s.period == cu::PeriodConvention::Days          ? "days"
               : s.period == cu::PeriodConvention::DaysInWeeks ? "weeks (days / 7)"
                                                               : "calendar weeks");
    const auto row = [](const std::string& label, const std::string& value) {
        fmt::print("{:<34}{}\n", label, value);
    };
    row("customers", fmt::format("{} ({} without a purchase in the window)",
                                 grouped(s.customers.size()), grouped(s.customersWithoutPurchase)));
    row("net value", moneyText(v.total, in.currency));
    row("top 20% of customers",
        fmt::format("{} of value ({} customers)", percent(v.topShare), grouped(v.topCustomers)));
    row("80% of value comes from",
        fmt::format("{} of customers ({})", percent(v.customerShareFor80),
                    grouped(v.customersFor80)));
    row("Gini coefficient", v.gini ? fmt::format("{:.3f}", *v.gini) : "n/a");
    row("customers with negative value",
        fmt::format("{} (together {})", grouped(v.negativeCustomers),
                    moneyText(v.negativeTotal, in.currency)));
    row("customers with zero value", grouped(v.zeroCustomers));
    if (a.concentration.margin) {
        const cu::ValueConcentration& mg = *a.concentration.margin;
        row("margin", fmt::format("{}; top 20% make {}", moneyText(mg.total, in.currency),
                                  percent(mg.topShare)));
        row("customers losing money", fmt::format("{} (together {})", grouped(mg.negativeCustomers),
                                                  moneyText(mg.negativeTotal, in.currency)));
    }
    row("one-time / repeat / advanced",
        fmt::format("{} / {} / {}", grouped(a.levels.oneTime), grouped(a.levels.repeat),
                    grouped(a.levels.advanced)));

    fmt::print("\nRFM groups ({} scored customers)\n", grouped(a.rfm.scoredCustomers));
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g)
        if (a.rfm.groupCounts[g] > 0)
            fmt::print("  {:<22}{:>10}\n", cu::rfmGroupLabel(static_cast<cu::RfmGroup>(g)),
                       grouped(a.rfm.groupCounts[g]));

    const cu::CustomerModel& m = a.model;
    fmt::print("\nLifetime value: BG/NBD + Gamma-Gamma on {} ({} repeat), time unit: {}\n",
               plural(m.customers, "customer", "customers"), grouped(m.repeatCustomers),
               periodName(s.period));
    const auto& p = m.bgnbd.params;
    printFit("BG/NBD",
             fmt::format("r {:.4g}  alpha {:.4g}  a {:.4g}  b {:.4g}", p.r, p.alpha, p.a, p.b),
             m.bgnbd.diagnostics);
    const auto& g = m.gammaGamma.params;
    printFit("Gamma-Gamma", fmt::format("p {:.4g}  q {:.4g}  v {:.4g}", g.p, g.q, g.v),
             m.gammaGamma.diagnostics);
    if (!a.topLifetimeValue.empty()) {
        // topLifetimeValue lists valued customers only, so there is at least one here.
        const cu::LifetimeValueTotals lifetime = cu::lifetimeValueTotals(m, options.churnThreshold);
        fmt::print("  CLV over {} months at {:g}% a month: total {}, mean {} per customer\n",
                   options.months, options.monthlyDiscountRate * 100.0,
                   moneyText(lifetime.total, in.currency),
                   moneyText(lifetime.mean.value_or(0.0), in.currency));
        fmt::print("\n  {:<16}{:>14}{:>10}{:>22}\n", "top customers",
                   in.currency.empty() ? std::string("CLV") : "CLV (" + in.currency + ")",
                   "P(alive)", fmt::format("purchases, {} mo", options.months));
        for (std::uint32_t at : a.topLifetimeValue)
            fmt::print("  {:<16}{:>14.2f}{:>10.3f}{:>22.2f}\n",
                       table.customerIds[s.customers[at].customer], m.lifetimeValue[at],
                       m.probabilityAlive[at], m.expectedPurchases[at]);
    }
    if (a.holdout) {
        const cu::HoldoutCheck& h = *a.holdout;
        fmt::print("\nHoldout check: fitted up to {}, predicted {} .. {} ({:.2f} periods), {}\n",
                   dayText(h.calibrationEnd), dayText(h.calibrationEnd + 1),
                   dayText(h.observationEnd), h.durationPeriods,
                   plural(h.customers, "customer", "customers"));
        const auto& hp = h.bgnbd.params;
        printFit(
            "BG/NBD",
            fmt::format("r {:.4g}  alpha {:.4g}  a {:.4g}  b {:.4g}", hp.r, hp.alpha, hp.a, hp.b),
            h.bgnbd.diagnostics);
        fmt::print("  repeat purchases in the holdout: actual {:.0f}, predicted {:.1f}\n",
                   h.comparison.actualTotal, h.comparison.predictedTotal);
        fmt::print("  {:<28}{:>10}{:>10}{:>11}\n", "purchases in calibration", "customers",
                   "actual", "predicted");
        for (const clv::HoldoutBin& b : h.comparison.byCalibrationFrequency)
            fmt::print("  {:<28}{:>10}{:>10.3f}{:>11.3f}\n",
                       fmt::format("{}{}", b.calibrationFrequency, b.includesHigher ? "+" : ""),
                       grouped(static_cast<std::uint64_t>(b.customers)), b.actualMean,
                       b.predictedMean);
    }
    fmt::print("\n{} ({}: P(alive) < {:g})\n",
               a.segments.basis == cu::RollupBasis::Segment ? "Segments" : "By RFM group",
               "churn risk", in.churnThreshold);
    for (const cu::SegmentRollup& r : a.segments.rows) {
        if (r.customers == 0) continue;
        fmt::print("  {:<22}{:>10} customers{:>18}  mean CLV {:>10}  churn risk {}\n", r.name,
                   grouped(r.customers), moneyText(r.netValue, in.currency),
                   r.meanClv ? moneyText(*r.meanClv, in.currency) : "n/a",
                   percent(r.churnRiskShare));
    }
}

}  // namespace crm::cli::customer_data
