// Customer data in step 6: the Lorenz/Pareto curve of imported transactions, read out in words,
// with the RFM groups and the lifetime-value summary when the analysis is given.
#include <fmt/format.h>

#include <algorithm>

#include "report/builder/build_context.h"
#include "report/builder/customer_figures.h"
#include "report/number_format.h"
#include "report/report_text.h"

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
    std::string text = reportFormat(
        "The imported transactions cover {0} customers with a net value of {1} (returns "
        "deducted). ",
        f.customers, formatAmountIn(f.netValue, currency));
    // One whole sentence for each case, so a translator sees it complete.
    if (f.topShare && f.customerShareFor80)
        text += reportFormat(
            "The top 20% of customers by net value ({0}) bring {1} of it, and 80% of it comes "
            "from {2} of customers. ",
            reportPlural("{0} customer", "{0} customers", static_cast<long long>(f.topCustomers)),
            share(f.topShare), share(f.customerShareFor80));
    else if (f.topShare)
        text += reportFormat(
            "The top 20% of customers by net value ({0}) bring {1} of it. ",
            reportPlural("{0} customer", "{0} customers", static_cast<long long>(f.topCustomers)),
            share(f.topShare));
    if (f.gini)
        text += reportFormat(
            "The Gini coefficient is {0} (0 would mean every customer is worth "
            "the same, 1 that one customer holds all the value). ",
            formatFixed(*f.gini, 2));
    if (!f.topShare)
        text += reportText("The total is not positive, so no share of it can be given. ");
    text += reportFormat("{0} customers have a negative net value and {1} a net value of zero.",
                         f.negativeCustomers, f.zeroCustomers);
    return text;
}

std::string notesSentence(const LorenzChart& curve) {
    if (curve.notes.empty()) return {};
    std::string text = reportText("Read with the curve: ");
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
    Table t{reportText("Customers by RFM group"),
            {{reportText("Group")},
             {reportText("Customers"), Align::Right},
             {reportText("Share of customers"), Align::Right},
             {moneyHeading(reportText("Net value"), currency), Align::Right}},
            {},
            reportText("No customer was scored.")};
    if (withValue) {
        t.columns.push_back({reportText("Mean P(alive)"), Align::Right});
        t.columns.push_back(
            {moneyHeading(reportText("Mean lifetime value"), currency), Align::Right});
    }
    if (withChurn) t.columns.push_back({reportText("Churn risk"), Align::Right});
    for (const auto& g : f.rfmGroups) {
        t.rows.push_back({assessmentText(g.name), std::to_string(g.customers),
                          shareOf(g.customers, f.customers), formatAmount(g.netValue)});
        if (withValue) {
            t.rows.back().push_back(probability(g.meanProbabilityAlive));
            t.rows.back().push_back(amount(g.meanLifetimeValue));
        }
        if (withChurn) t.rows.back().push_back(share(g.churnRiskShare));
    }
    return t;
}

// The rule for returns (docs/methodology.md) with this data's counts.
std::string returnsSentence(const CustomerFigures& f, const std::string& currency) {
    std::string text =
        f.returnsCounted
            ? reportFormat("Return lines: {0}, together {1}. ", f.returnLines,
                           formatAmountIn(f.returnValue, currency))
            : reportText("Return lines were not counted (the summary came from a database). ");
    text += reportText(
        "Returns reduce net value; they are not purchases and not spending, so the models "
        "never see them. ");
    if (f.customersLeftOutOfSpendModel == 0)
        return text + reportText(
                          "No repeat customer is left out of the spend model: every one's repeat "
                          "purchases add up to more than zero.");
    text += reportPlural(
        "{0} repeat customer whose repeat purchases add up to zero or less is left out of the "
        "spend model.",
        "{0} repeat customers whose repeat purchases add up to zero or less are left out of the "
        "spend model.",
        static_cast<long long>(f.customersLeftOutOfSpendModel));
    return text;
}

std::string lifetimeSentence(const LifetimeValueFigures& v, const std::string& currency) {
    std::string text = reportFormat(
        "Lifetime value is predicted over the next {0} months with a monthly discount rate of {1}, "
        "from the {2} and Gamma-Gamma models fitted on the {3} customers with a purchase. ",
        v.months, formatPercentShort(v.monthlyDiscountRate * 100.0, 2),
        v.purchaseModel.empty() ? std::string("BG/NBD") : v.purchaseModel, v.customersModelled);
    if (!v.modelChoice.empty()) {
        const std::string choice = assessmentText(v.modelChoice, crm::text::english(v.modelChoice));
        text += choice + (choice.back() == '.' ? " " : ". ");
    }
    if (v.meanLifetimeValue && v.totalLifetimeValue)
        text += reportFormat(
            "The mean customer is expected to be worth {0}, all of them together "
            "{1}. ",
            formatAmountIn(*v.meanLifetimeValue, currency),
            formatAmountIn(*v.totalLifetimeValue, currency));
    else
        text += reportText("The models gave no usable value for these data. ");
    text += reportFormat(
        "{0} of them ({1}) are less than {2} likely to still be buying: the churn "
        "risk. ",
        v.churnRiskCustomers, shareOf(v.churnRiskCustomers, v.customersModelled),
        formatPercent(v.churnThreshold * 100.0, 0));
    text += v.converged ? reportText("Both model fits converged.")
                        : reportText("The fit did not fully converge.");
    if (!v.converged && !v.modelMessage.empty())
        text += " " + assessmentText(v.modelMessage, crm::text::english(v.modelMessage));
    return text;
}

}  // namespace

void addCustomerData(Section& section, const LorenzChart* curve, const CustomerFigures* figures,
                     const std::string& currency) {
    if (!curve && !figures) return;
    // The curve's words were written in English when the data was analysed, before the report's
    // language was known; a curve made from figures is described again in that language.
    std::optional<LorenzChart> described;
    const bool fromFigures = curve && (curve->topShare || curve->customerShareFor80 || curve->gini);
    if (fromFigures && reportLanguage() != "en") {
        described = *curve;
        describeCurve(*described);
        curve = &*described;
    }
    std::string text = figures ? concentrationSentence(*figures, currency) : notesSentence(*curve);
    section.blocks.push_back(Paragraph{reportText("From the imported customer data"), text});
    if (curve)
        section.blocks.push_back(Chart{
            reportText(
                "How concentrated customer value is: customers are lined up from the lowest "
                "net value to the highest; the further the curve sags below the diagonal, the "
                "more value sits with few customers."),
            *curve});
    if (!figures) return;
    const std::size_t buyers = figures->oneTime + figures->repeat;
    section.blocks.push_back(KeyValueList{
        reportText("Relationship levels in the data (share of customers with a purchase)"),
        {{reportText("One-time customers"),
          fmt::format("{} ({})", figures->oneTime, shareOf(figures->oneTime, buyers))},
         {reportText("Repeat customers"),
          reportFormat("{0} ({1}), advanced ones included", figures->repeat,
                       shareOf(figures->repeat, buyers))},
         {reportText("Advanced customers"),
          fmt::format("{} ({})", figures->advanced, shareOf(figures->advanced, buyers))}}});
    if (!figures->returnsCounted || figures->returnLines > 0 ||
        figures->customersLeftOutOfSpendModel > 0)
        section.blocks.push_back(
            Paragraph{reportText("Returns"), returnsSentence(*figures, currency)});
    section.blocks.push_back(rfmTable(*figures, currency));
    if (figures->lifetimeValue)
        section.blocks.push_back(Paragraph{reportText("Lifetime value"),
                                           lifetimeSentence(*figures->lifetimeValue, currency)});
    addModelCheck(section, *figures, currency);
    if (figures->groupBasis == "segment" && !figures->groups.empty()) {
        Table t{reportText("Customers by segment column in the data"),
                {{reportText("Segment")},
                 {reportText("Customers"), Align::Right},
                 {moneyHeading(reportText("Net value"), currency), Align::Right},
                 {reportText("Mean P(alive)"), Align::Right},
                 {moneyHeading(reportText("Mean lifetime value"), currency), Align::Right},
                 {reportText("Churn risk"), Align::Right}},
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
