#include "report/builder/customer_figures.h"

#include <array>

#include "engine/clv/purchase_models.h"
#include "engine/customers/lifetime_value_totals.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

std::string shareText(const std::optional<double>& share) {
    return share ? formatPercent(*share * 100.0, 0) : std::string("-");
}

}  // namespace

CustomerFigures customerFiguresFrom(const customers::CustomerAnalysis& a,
                                    const customers::AnalysisOptions& options,
                                    const std::vector<std::string>& customerIds) {
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
    f.returnsCounted = a.summaries.returnsCounted;
    f.returnLines = a.summaries.returnLines;
    f.returnValue = a.summaries.returnValue;
    f.customersLeftOutOfSpendModel = a.model.customersLeftOutOfSpendModel;

    std::array<CustomerGroupFigures, customers::kRfmGroupCount> byGroup{};
    for (std::size_t i = 0; i < a.rfm.scores.size() && i < a.summaries.customers.size(); ++i) {
        auto& g = byGroup[static_cast<std::size_t>(a.rfm.scores[i].group)];
        ++g.customers;
        g.netValue += a.summaries.customers[i].netValue;
    }
    for (std::size_t i = 0; i < byGroup.size(); ++i) {
        if (byGroup[i].customers == 0) continue;
        byGroup[i].name = customers::rfmGroupLabel(static_cast<customers::RfmGroup>(i));
        byGroup[i].meanProbabilityAlive = a.rfmValue.groups[i].meanProbabilityAlive;
        byGroup[i].meanLifetimeValue = a.rfmValue.groups[i].meanClv;
        f.rfmGroups.push_back(byGroup[i]);
    }

    const bool bySegment = a.segments.basis == customers::RollupBasis::Segment;
    f.groupBasis = bySegment ? "segment" : "RFM group";
    for (const auto& row : a.segments.rows) {
        CustomerGroupFigures g{row.name,    row.customers,      row.netValue,
                               row.meanClv, row.churnRiskShare, row.meanProbabilityAlive};
        if (!bySegment)
            if (const auto group = customers::rfmGroupOfKey(row.name))
                g.name = customers::rfmGroupLabel(*group);
        if (!bySegment)
            for (auto& r : f.rfmGroups)
                if (r.name == g.name) r.churnRiskShare = g.churnRiskShare;
        f.groups.push_back(std::move(g));
    }

    const customers::CustomerModel& m = a.model;
    if (m.customers > 0) {
        LifetimeValueFigures clv;
        clv.months = options.months;
        clv.monthlyDiscountRate = options.discountRate.perMonth();
        clv.customersModelled = m.customers;
        clv.churnThreshold = options.churnThreshold;
        // The values come from the model the comparison chose (BG/NBD when there was none).
        const clv::PurchaseModelFit purchases =
            m.chosenFit() ? *m.chosenFit() : clv::fromBgNbd(m.bgnbd);
        clv.purchaseModel = std::string(clv::displayName(purchases.kind));
        clv.modelChoice = m.comparison.explanationPhrase;
        clv.converged = purchases.diagnostics.converged && m.gammaGamma.diagnostics.converged;
        clv.modelMessage = purchases.diagnostics.messagePhrase;
        if (!clv.converged)
            clv.modelMessage =
                clv::sentencesInRow({clv.modelMessage, m.gammaGamma.diagnostics.messagePhrase});
        const customers::LifetimeValueTotals totals =
            customers::lifetimeValueTotals(m, options.churnThreshold);
        if (totals.mean) {
            clv.totalLifetimeValue = totals.total;
            clv.meanLifetimeValue = totals.mean;
        }
        clv.churnRiskCustomers = totals.churnRiskCustomers;
        f.lifetimeValue = std::move(clv);
    }
    addModelCheckFigures(f, a, customerIds);
    return f;
}

LorenzChart customerValueCurve(const customers::CustomerAnalysis& a) {
    const customers::ValueConcentration& c = a.concentration.netValue;
    LorenzChart chart;
    for (const auto& p : c.lorenz) chart.points.push_back({p.customerShare, p.valueShare});
    chart.topShare = c.topShare;
    chart.customerShareFor80 = c.customerShareFor80;
    chart.gini = c.gini;
    describeCurve(chart);
    return chart;
}

void describeCurve(LorenzChart& chart) {
    chart.title = reportText("Concentration of net customer value");
    chart.xLabel = reportText("Share of customers (lowest value first)");
    chart.yLabel = reportText("Cumulative share of value");
    chart.notes.clear();
    if (chart.topShare)
        chart.notes.push_back(
            reportFormat("Top 20% of customers: {0} of net value", shareText(chart.topShare)));
    if (chart.customerShareFor80)
        chart.notes.push_back(reportFormat("80% of net value from {0} of customers",
                                           shareText(chart.customerShareFor80)));
    if (chart.gini)
        chart.notes.push_back(reportFormat("Gini coefficient: {0}", formatFixed(*chart.gini, 2)));
}

}  // namespace crm::report
