#include "report/builder/customer_figures.h"

#include <array>
#include <cmath>

#include "report/number_format.h"

namespace crm::report {
namespace {

std::optional<double> finite(double v) {
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::string shareText(const std::optional<double>& share) {
    return share ? formatPercent(*share * 100.0, 0) : std::string("-");
}

}  // namespace

std::string rfmGroupLabel(customers::RfmGroup group) {
    using customers::RfmGroup;
    static const std::array<const char*, customers::kRfmGroupCount> labels = {
        "Champions", "Loyal",       "Potential loyalists", "New",  "Promising",  "Needs attention",
        "At risk",   "Cannot lose", "Hibernating",         "Lost", "No purchase"};
    const auto i = static_cast<std::size_t>(group);
    return i < labels.size() ? labels[i] : std::string(customers::rfmGroupKey(group));
}

CustomerFigures customerFiguresFrom(const customers::CustomerAnalysis& a,
                                    const customers::AnalysisOptions& options) {
    CustomerFigures f;
    const customers::ValueConcentration& c = a.concentration.netValue;
    f.customers = c.customers;
    f.netValue = c.total;
    f.topCustomers = c.topCustomers;
    f.topShare = c.topShare;
    f.customerShareFor80 = c.customerShareFor80;
    f.gini = c.gini;
    f.negativeCustomers = c.negativeCustomers;
    f.zeroCustomers = c.zeroCustomers;
    f.oneTime = a.levels.oneTime;
    f.repeat = a.levels.repeat;
    f.advanced = a.levels.advanced;

    std::array<CustomerGroupFigures, customers::kRfmGroupCount> byGroup{};
    for (std::size_t i = 0; i < a.rfm.scores.size() && i < a.summaries.customers.size(); ++i) {
        auto& g = byGroup[static_cast<std::size_t>(a.rfm.scores[i].group)];
        ++g.customers;
        g.netValue += a.summaries.customers[i].netValue;
    }
    for (std::size_t i = 0; i < byGroup.size(); ++i) {
        if (byGroup[i].customers == 0) continue;
        byGroup[i].name = rfmGroupLabel(static_cast<customers::RfmGroup>(i));
        f.rfmGroups.push_back(byGroup[i]);
    }

    const bool bySegment = a.segments.basis == customers::RollupBasis::Segment;
    f.groupBasis = bySegment ? "segment" : "RFM group";
    for (const auto& row : a.segments.rows) {
        CustomerGroupFigures g{row.name, row.customers, row.netValue, row.meanClv,
                               row.churnRiskShare};
        if (!bySegment)
            for (std::size_t i = 0; i < customers::kRfmGroupCount; ++i)
                if (row.name == customers::rfmGroupKey(static_cast<customers::RfmGroup>(i)))
                    g.name = rfmGroupLabel(static_cast<customers::RfmGroup>(i));
        if (!bySegment)
            for (auto& r : f.rfmGroups)
                if (r.name == g.name) {
                    r.meanLifetimeValue = g.meanLifetimeValue;
                    r.churnRiskShare = g.churnRiskShare;
                }
        f.groups.push_back(std::move(g));
    }

    const customers::CustomerModel& m = a.model;
    if (m.customers > 0) {
        LifetimeValueFigures clv;
        clv.months = options.months;
        clv.monthlyDiscountRate = options.monthlyDiscountRate;
        clv.customersModelled = m.customers;
        clv.churnThreshold = options.churnThreshold;
        clv.converged = m.bgnbd.diagnostics.converged && m.gammaGamma.diagnostics.converged;
        clv.modelMessage = m.bgnbd.diagnostics.message;
        if (!m.gammaGamma.diagnostics.message.empty() && !clv.converged)
            clv.modelMessage +=
                (clv.modelMessage.empty() ? "" : " ") + m.gammaGamma.diagnostics.message;
        const auto sum = m.lifetimeValueTotal();
        if (sum.customers > 0) {
            clv.totalLifetimeValue = sum.total;
            clv.meanLifetimeValue = sum.total / static_cast<double>(sum.customers);
        }
        for (double p : m.probabilityAlive)
            if (finite(p) && p < options.churnThreshold) ++clv.churnRiskCustomers;
        f.lifetimeValue = std::move(clv);
    }
    return f;
}

LorenzChart customerValueCurve(const customers::CustomerAnalysis& a) {
    const customers::ValueConcentration& c = a.concentration.netValue;
    LorenzChart chart;
    chart.title = "Concentration of net customer value";
    for (const auto& p : c.lorenz) chart.points.push_back({p.customerShare, p.valueShare});
    if (c.topShare)
        chart.notes.push_back("Top 20% of customers: " + shareText(c.topShare) + " of net value");
    if (c.customerShareFor80)
        chart.notes.push_back("80% of net value from " + shareText(c.customerShareFor80) +
                              " of customers");
    if (c.gini) chart.notes.push_back("Gini coefficient: " + formatFixed(*c.gini, 2));
    return chart;
}

}  // namespace crm::report
