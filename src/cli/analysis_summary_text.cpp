#include "cli/analysis_summary_text.h"

#include <fmt/format.h>

#include <cmath>
#include <initializer_list>

#include "cli/analysis_models_output.h"
#include "cli/customer_output_helpers.h"
#include "cli/text_output.h"
#include "engine/customers/lifetime_value_totals.h"

namespace crm::cli::customer_data {

namespace tx = crm::transactions;
namespace cu = crm::customers;

namespace {

// The one rule for returns, in a sentence: what they do to value, and who the spend model leaves
// out.
std::string returnsText(const cu::CustomerAnalysis& a, std::string_view currency) {
    const cu::CustomerSummaries& s = a.summaries;
    const std::string leftOut =
        fmt::format("{} left out of the spend model",
                    plural(a.model.customersLeftOutOfSpendModel, "customer", "customers"));
    if (!s.returnsCounted)
        return "not counted by the database's summary; returns reduce net value and are not "
               "purchases or spending; " +
               leftOut;
    return fmt::format("{} ({}) reduce net value; they are not purchases and not spending; {}",
                       plural(s.returnLines, "return line", "return lines"),
                       moneyText(s.returnValue, currency), leftOut);
}

// A model parameter: four significant digits, a dash when the fit gave none.
std::string parameter(double v) {
    return std::isfinite(v) ? fmt::format("{:.4g}", v) : std::string(kNoValue);
}

bool allFinite(std::initializer_list<double> values) {
    for (double v : values)
        if (!std::isfinite(v)) return false;
    return true;
}

// One model: its parameters and how the fit went, or why there are none.
void printFit(const char* name, const std::string& params, bool hasParameters,
              const clv::FitDiagnostics& d) {
    if (!hasParameters) {
        fmt::print("  {:<12}not fitted ({}). {}\n", name, clv::toString(d.status),
                   d.message.empty() ? std::string("the data do not determine the parameters")
                                     : singularAfterOne(d.message));
        return;
    }
    fmt::print("  {:<12}{}  log-likelihood {}  {}\n", name, params, numberText(d.logLikelihood, 2),
               clv::toString(d.status));
    if (!d.converged && !d.message.empty())
        fmt::print("  {:<12}{}\n", "", singularAfterOne(d.message));
    for (const std::string& w : d.warnings)
        fmt::print("  {:<12}note: {}\n", "", singularAfterOne(w));
}

void printBgNbd(const clv::BgNbdParams& p, const clv::FitDiagnostics& d) {
    printFit("BG/NBD",
             fmt::format("r {}  alpha {}  a {}  b {}", parameter(p.r), parameter(p.alpha),
                         parameter(p.a), parameter(p.b)),
             allFinite({p.r, p.alpha, p.a, p.b}) && d.status != clv::FitStatus::InsufficientData &&
                 d.status != clv::FitStatus::InvalidInput,
             d);
}

std::string rollupName(const cu::SegmentRollups& rollups, const cu::SegmentRollup& r) {
    if (rollups.basis == cu::RollupBasis::RfmGroup)
        if (const auto group = cu::rfmGroupOfKey(r.name))
            return std::string(cu::rfmGroupLabel(*group));
    return r.name;
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
               a.firstDay ? dayText(*a.firstDay) : std::string(kNoValue),
               a.lastDay ? dayText(*a.lastDay) : std::string(kNoValue), dayText(s.observationEnd),
               s.linesAfterObservationEnd
                   ? fmt::format(" ({} left out)",
                                 plural(s.linesAfterObservationEnd, "later line", "later lines"))
                   : "",
               s.period == cu::PeriodConvention::Days             ? "days"
               : s.period == cu::PeriodConvention::DaysInWeeks    ? "weeks (days / 7)"
               : s.period == cu::PeriodConvention::CalendarMonths ? "calendar months"
                                                                  : "calendar weeks");
    TextTable overview("ll");
    const auto row = [&overview](const std::string& label, const std::string& value) {
        overview.add({label, value});
    };
    row("customers", fmt::format("{} ({} without a purchase in the window)",
                                 grouped(s.customers.size()), grouped(s.customersWithoutPurchase)));
    row("net value", moneyText(v.total, in.currency));
    row("top 20% of customers", fmt::format("{} of value ({})", percent(v.topShare),
                                            plural(v.topCustomers, "customer", "customers")));
    row("80% of value comes from",
        fmt::format("{} of customers ({})", percent(v.customerShareFor80),
                    grouped(v.customersFor80)));
    row("Gini coefficient", v.gini && std::isfinite(*v.gini)
                                ? fmt::format("{:.3f}", *v.gini)
                                : fmt::format("{} (not enough data)", kNoValue));
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
    row("returns", returnsText(a, in.currency));
    row("one-time / repeat / advanced",
        fmt::format("{} / {} / {}", grouped(a.levels.oneTime), grouped(a.levels.repeat),
                    grouped(a.levels.advanced)));
    fmt::print("{}", overview.render(""));

    fmt::print("\nRFM groups ({})\n",
               plural(a.rfm.scoredCustomers, "scored customer", "scored customers"));
    TextTable groups("lrrr");
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g) {
        if (a.rfm.groupCounts[g] == 0) continue;
        if (groups.empty()) groups.add({"RFM group", "customers", "mean P(alive)", "mean CLV"});
        const cu::ValueMeans& value = a.rfmValue.groups[g];
        groups.add({std::string(cu::rfmGroupLabel(static_cast<cu::RfmGroup>(g))),
                    grouped(a.rfm.groupCounts[g]),
                    value.meanProbabilityAlive ? numberText(*value.meanProbabilityAlive, 3)
                                               : std::string(kNoValue),
                    value.meanClv ? moneyText(*value.meanClv, "") : std::string(kNoValue)});
    }
    fmt::print("{}", groups.empty() ? std::string("  none\n") : groups.render());

    const cu::CustomerModel& m = a.model;
    fmt::print("\nLifetime value: {} + Gamma-Gamma on {} ({} repeat), time unit: {}\n",
               m.comparison.chosen ? clv::displayName(*m.comparison.chosen) : "BG/NBD",
               plural(m.customers, "customer", "customers"), grouped(m.repeatCustomers),
               periodName(s.period));
    printBgNbd(m.bgnbd.params, m.bgnbd.diagnostics);
    const auto& g = m.gammaGamma.params;
    printFit("Gamma-Gamma",
             fmt::format("p {}  q {}  v {}", parameter(g.p), parameter(g.q), parameter(g.v)),
             allFinite({g.p, g.q, g.v}) &&
                 m.gammaGamma.diagnostics.status != clv::FitStatus::InsufficientData &&
                 m.gammaGamma.diagnostics.status != clv::FitStatus::InvalidInput,
             m.gammaGamma.diagnostics);
    if (a.topLifetimeValue.empty()) {
        fmt::print("  CLV: {} (no customer could be valued with these fits)\n", kNoValue);
    } else {
        // topLifetimeValue lists valued customers only, so there is at least one here.
        const cu::LifetimeValueTotals lifetime = cu::lifetimeValueTotals(m, options.churnThreshold);
        fmt::print("  CLV over {}, discount {}: total {}, mean {} per customer\n",
                   plural(static_cast<std::size_t>(options.months), "month", "months"),
                   discountRateText(options.discountRate), moneyText(lifetime.total, in.currency),
                   lifetime.mean ? moneyText(*lifetime.mean, in.currency) : std::string(kNoValue));
        TextTable top("lrrrr");
        top.add({"top customers",
                 in.currency.empty() ? std::string("CLV") : "CLV (" + in.currency + ")",
                 "CLV range", "P(alive)", fmt::format("purchases, {} mo", options.months)});
        for (std::uint32_t at : a.topLifetimeValue) {
            const std::string range = lifetimeValueRangeText(m, at);
            top.add({table.customerIds[s.customers[at].customer],
                     numberText(m.lifetimeValue[at], 2), range.empty() ? "-" : range,
                     numberText(m.probabilityAlive[at], 3),
                     numberText(m.expectedPurchases[at], 2)});
        }
        fmt::print("\n{}", top.render());
    }
    printModelComparison(a);
    if (a.holdout) {
        const cu::HoldoutCheck& h = *a.holdout;
        fmt::print("\nHoldout check: fitted up to {}, predicted {} .. {} ({} periods), {}\n",
                   dayText(h.calibrationEnd), dayText(h.calibrationEnd + 1),
                   dayText(h.observationEnd), numberText(h.durationPeriods, 2),
                   plural(h.customers, "customer", "customers"));
        printBgNbd(h.bgnbd.params, h.bgnbd.diagnostics);
        const bool predicted = h.bgnbd.diagnostics.status != clv::FitStatus::InsufficientData &&
                               h.bgnbd.diagnostics.status != clv::FitStatus::InvalidInput;
        fmt::print("  repeat purchases in the holdout: actual {}, predicted {}\n",
                   numberText(h.comparison.actualTotal, 0),
                   predicted ? numberText(h.comparison.predictedTotal, 1) : std::string(kNoValue));
        TextTable bins("lrrr");
        bins.add({"purchases in calibration", "customers", "actual", "predicted"});
        for (const clv::HoldoutBin& b : h.comparison.byCalibrationFrequency)
            bins.add({fmt::format("{}{}", b.calibrationFrequency, b.includesHigher ? "+" : ""),
                      grouped(static_cast<std::uint64_t>(b.customers)), numberText(b.actualMean, 3),
                      numberText(b.predictedMean, 3)});
        if (!h.comparison.byCalibrationFrequency.empty()) fmt::print("{}", bins.render());
    }
    fmt::print("\n{} (churn risk: P(alive) < {:g})\n",
               a.segments.basis == cu::RollupBasis::Segment ? "Segments" : "By RFM group",
               in.churnThreshold);
    TextTable rollups("lrrrrr");
    rollups.add({a.segments.basis == cu::RollupBasis::Segment ? "segment" : "RFM group",
                 "customers",
                 in.currency.empty() ? std::string("net value") : "net value (" + in.currency + ")",
                 "mean CLV", "mean P(alive)", "churn risk"});
    for (const cu::SegmentRollup& r : a.segments.rows) {
        if (r.customers == 0) continue;
        rollups.add({rollupName(a.segments, r), grouped(r.customers), moneyText(r.netValue, ""),
                     r.meanClv ? moneyText(*r.meanClv, "") : std::string(kNoValue),
                     r.meanProbabilityAlive ? numberText(*r.meanProbabilityAlive, 3)
                                            : std::string(kNoValue),
                     percent(r.churnRiskShare)});
    }
    fmt::print("{}", rollups.render());
}

}  // namespace crm::cli::customer_data
