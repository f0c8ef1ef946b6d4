// Customer data in step 6: the Lorenz/Pareto curve of imported transactions, read out in words,
// with the RFM groups and the lifetime-value summary when the analysis is given.
#include <fmt/format.h>

#include <algorithm>

#include "report/builder/build_context.h"
#include "report/builder/customer_figures.h"
#include "report/number_format.h"

namespace crm::report {
namespace {

std::string share(const std::optional<double>& v) {
    return v ? formatPercent(*v * 100.0, 0) : std::string("\u2014");
}
std::string shareOf(std::size_t part, std::size_t whole) {
    return whole == 0
               ? std::string("\u2014")
               : formatPercent(100.0 * static_cast<double>(part) / static_cast<double>(whole), 0);
}
std::string amount(const std::optional<double>& v) {
    return v ? formatFixed(*v, 2) : std::string("\u2014");
}

std::string concentrationSentence(const CustomerFigures& f, const std::string& currency) {
    std::string text = fmt::format(
        "The imported transactions cover {} customers with a net value of {} (returns "
        "deducted). ",
        f.customers, formatAmountIn(f.netValue, currency));
    if (f.topShare)
        text += fmt::format("The top 20% of customers by net value ({} {}) bring {} of it",
                            f.topCustomers, f.topCustomers == 1 ? "customer" : "customers",
                            share(f.topShare));
    if (f.topShare && f.customerShareFor80)
        text += fmt::format(", and 80% of it comes from {} of customers. ",
                            share(f.customerShareFor80));
    else if (f.topShare)
        text += ". ";
    if (f.gini)
        text += fmt::format(
            "The Gini coefficient is {} (0 would mean every customer is worth "
            "the same, 1 that one customer holds all the value). ",
            formatFixed(*f.gini, 2));
    if (!f.topShare) text += "The total is not positive, so no share of it can be given. ";
    text += fmt::format("{} customers have a negative net value and {} a net value of zero.",
                        f.negativeCustomers, f.zeroCustomers);
    return text;
}

std::string notesSentence(const LorenzChart& curve) {
    if (curve.notes.empty()) return {};
    std::string text = "Read with the curve: ";
    for (std::size_t i = 0; i < curve.notes.size(); ++i) text += (i ? "; " : "") + curve.notes[i];
    return text + ".";
}

std::string probability(const std::optional<double>& v) {
    return v ? formatFixed(*v, 2) : std::string("\u2014");
}

Table rfmTable(const CustomerFigures& f, const std::string& currency) {
    // Value per RFM group exists with a usable model; the churn-risk share only when the
    // roll-up was by RFM group.
    const bool withValue = std::any_of(f.rfmGroups.begin(), f.rfmGroups.end(), [](const auto& g) {
        return g.meanLifetimeValue || g.meanProbabilityAlive;
    });
    const bool withChurn = std::any_of(f.rfmGroups.begin(), f.rfmGroups.end(),
                                       [](const auto& g) { return g.churnRiskShare.has_value(); });
    Table t{"Customers by RFM group",
            {{"Group"},
             {"Customers", Align::Right},
             {"Share of customers", Align::Right},
             {moneyHeading("Net value", currency), Align::Right}},
            {},
            "No customer was scored."};
    if (withValue) {
        t.columns.push_back({"Mean P(alive)", Align::Right});
        t.columns.push_back({moneyHeading("Mean lifetime value", currency), Align::Right});
    }
    if (withChurn) t.columns.push_back({"Churn risk", Align::Right});
    for (const auto& g : f.rfmGroups) {
        t.rows.push_back({g.name, std::to_string(g.customers), shareOf(g.customers, f.customers),
                          formatAmount(g.netValue)});
        if (withValue) {
            t.rows.back().push_back(probability(g.meanProbabilityAlive));
            t.rows.back().push_back(amount(g.meanLifetimeValue));
        }
        if (withChurn) t.rows.back().push_back(share(g.churnRiskShare));
    }
    return t;
}

std::string lifetimeSentence(const LifetimeValueFigures& v, const std::string& currency) {
    std::string text = fmt::format(
        "Lifetime value is predicted over the next {} months with a monthly discount rate of {}, "
        "from the {} and Gamma-Gamma models fitted on the {} customers with a purchase. ",
        v.months, formatValue(v.monthlyDiscountRate * 100.0, 2) + "%",
        v.purchaseModel.empty() ? std::string("BG/NBD") : v.purchaseModel, v.customersModelled);
    if (!v.modelChoice.empty()) text += v.modelChoice + (v.modelChoice.back() == '.' ? " " : ". ");
    if (v.meanLifetimeValue && v.totalLifetimeValue)
        text += fmt::format(
            "The mean customer is expected to be worth {}, all of them together "
            "{}. ",
            formatAmountIn(*v.meanLifetimeValue, currency),
            formatAmountIn(*v.totalLifetimeValue, currency));
    else
        text += "The models gave no usable value for these data. ";
    text += fmt::format(
        "{} of them ({}) are less than {} likely to still be buying: the churn "
        "risk. ",
        v.churnRiskCustomers, shareOf(v.churnRiskCustomers, v.customersModelled),
        formatPercent(v.churnThreshold * 100.0, 0));
    text += v.converged ? "Both model fits converged." : "The fit did not fully converge.";
    if (!v.converged && !v.modelMessage.empty()) text += " " + v.modelMessage;
    return text;
}

}  // namespace

void addCustomerData(Section& section, const LorenzChart* curve, const CustomerFigures* figures,
                     const std::string& currency) {
    if (!curve && !figures) return;
    std::string text = figures ? concentrationSentence(*figures, currency) : notesSentence(*curve);
    section.blocks.push_back(Paragraph{"From the imported customer data", text});
    if (curve)
        section.blocks.push_back(
            Chart{"How concentrated customer value is: customers are lined up from the lowest "
                  "net value to the highest; the further the curve sags below the diagonal, the "
                  "more value sits with few customers.",
                  *curve});
    if (!figures) return;
    const std::size_t buyers = figures->oneTime + figures->repeat;
    section.blocks.push_back(KeyValueList{
        "Relationship levels in the data (share of customers with a purchase)",
        {{"One-time customers",
          fmt::format("{} ({})", figures->oneTime, shareOf(figures->oneTime, buyers))},
         {"Repeat customers", fmt::format("{} ({}), advanced ones included", figures->repeat,
                                          shareOf(figures->repeat, buyers))},
         {"Advanced customers",
          fmt::format("{} ({})", figures->advanced, shareOf(figures->advanced, buyers))}}});
    section.blocks.push_back(rfmTable(*figures, currency));
    if (figures->lifetimeValue)
        section.blocks.push_back(
            Paragraph{"Lifetime value", lifetimeSentence(*figures->lifetimeValue, currency)});
    addModelCheck(section, *figures, currency);
    if (figures->groupBasis == "segment" && !figures->groups.empty()) {
        Table t{"Customers by segment column in the data",
                {{"Segment"},
                 {"Customers", Align::Right},
                 {moneyHeading("Net value", currency), Align::Right},
                 {"Mean P(alive)", Align::Right},
                 {moneyHeading("Mean lifetime value", currency), Align::Right},
                 {"Churn risk", Align::Right}},
                {},
                ""};
        for (const auto& g : figures->groups)
            t.rows.push_back({g.name, std::to_string(g.customers), formatAmount(g.netValue),
                              probability(g.meanProbabilityAlive), amount(g.meanLifetimeValue),
                              share(g.churnRiskShare)});
        section.blocks.push_back(std::move(t));
    }
}

}  // namespace crm::report
