// What lets a reader check the lifetime value in step 6: the purchase models compared, the
// ranges of the top customers' figures and, when the document's analysis has a calibration
// end, the holdout check with its two charts.
#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "engine/model/field_value.h"
#include "report/builder/build_context.h"
#include "report/builder/customer_figures.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

const std::string kNone = "\u2014";

// A stored "YYYY-MM-DD" day in the report language's form (31.12.2026 in German).
std::string isoDay(const std::string& day) {
    const std::optional<Date> parsed = parseIsoDate(day);
    return parsed ? formatReportDate(*parsed) : day;
}

std::string cell(const std::optional<double>& v, int decimals) {
    return v ? formatFixed(*v, decimals) : kNone;
}

std::string parametersText(const ModelComparisonRow& m) {
    if (!m.fitted) return reportText("no fit");
    return m.determined ? reportText("determined") : reportText("not determined");
}

Table comparisonTable(const LifetimeValueFigures& v) {
    Table t{reportText("Repeat-purchase models compared"),
            {{reportText("Model")},
             {reportText("Log-likelihood"), Align::Right},
             {"AIC", Align::Right},
             {"BIC", Align::Right},
             {reportText("Parameters")},
             {reportText("Used for the values")}},
            {},
            reportText("No model could be fitted.")};
    for (const ModelComparisonRow& m : v.models)
        t.rows.push_back({m.model, m.fitted ? formatFixed(m.logLikelihood, 2) : kNone,
                          m.fitted ? formatFixed(m.aic, 1) : kNone,
                          m.fitted ? formatFixed(m.bic, 1) : kNone, parametersText(m),
                          m.chosen ? reportText("chosen") : ""});
    return t;
}

// Its own table: beside the fit columns, nine columns leave too little room for words in
// languages with longer ones.
Table holdoutErrorsTable(const LifetimeValueFigures& v) {
    Table t{reportText("Holdout errors of each model"),
            {{reportText("Model")},
             {reportText("Holdout MAE"), Align::Right},
             {reportText("Holdout RMSE"), Align::Right},
             {reportText("Holdout bias"), Align::Right}},
            {},
            reportText("No model could be fitted.")};
    for (const ModelComparisonRow& m : v.models)
        t.rows.push_back({m.model, cell(m.holdoutMeanAbsoluteError, 3),
                          cell(m.holdoutRootMeanSquaredError, 3), cell(m.holdoutMeanBias, 3)});
    return t;
}

std::string rangeText(const FigureRange& r, int decimals) {
    if (!r.available) return kNone;
    return reportFormat("{0} to {1}", formatFixed(r.low, decimals), formatFixed(r.high, decimals));
}

Table topCustomersTable(const LifetimeValueFigures& v, const std::string& currency) {
    Table t{reportText("Top customers by lifetime value, with ranges"),
            {{reportText("Customer")},
             {moneyHeading(reportText("Lifetime value"), currency), Align::Right},
             {reportText("Range"), Align::Right},
             {"P(alive)", Align::Right},
             {reportText("Range"), Align::Right},
             {reportFormat("Purchases in {0} months", v.months), Align::Right},
             {reportText("Range"), Align::Right}},
            {},
            reportText("No customer could be valued.")};
    for (const TopCustomerFigures& c : v.topCustomers)
        t.rows.push_back(
            {c.customer, formatFixed(c.lifetimeValue.estimate, 2), rangeText(c.lifetimeValue, 2),
             formatFixed(c.probabilityAlive.estimate, 3), rangeText(c.probabilityAlive, 3),
             formatFixed(c.expectedPurchases.estimate, 2), rangeText(c.expectedPurchases, 2)});
    return t;
}

std::string comparisonReading(const LifetimeValueFigures& v, bool holdout) {
    std::string text = holdout ? reportText(
                                     "A higher log-likelihood and a lower AIC and BIC are better; "
                                     "AIC and BIC weigh the fit against the number of parameters. "
                                     "The holdout errors compare each customer's predicted "
                                     "purchases after the calibration end with the purchases made: "
                                     "lower is better, and a positive bias means the model "
                                     "predicted too many.")
                               : reportText(
                                     "Lower AIC and BIC are better: they weigh the fit "
                                     "against the number of parameters.");
    for (const text::Phrase& note : v.modelNotes)
        text += "\n\n" + assessmentText(note, crm::text::english(note));
    return text;
}

std::string rangesReading(const LifetimeValueFigures& v, const std::string& currency) {
    if (!v.totalRange)
        return reportText(
            "The ranges come from the uncertainty of the fitted parameters (the delta method, "
            "about 95%). They show how sure the model is, not how a single customer will "
            "behave.");
    return reportFormat(
        "The ranges come from the uncertainty of the fitted parameters (the delta method, about "
        "95%). They show how sure the model is, not how a single customer will behave. The "
        "total lifetime value lies between {0} and {1}.",
        formatAmountIn(v.totalRange->low, currency), formatAmountIn(v.totalRange->high, currency));
}

LineChart binsChart(const HoldoutFigures& h) {
    LineChart c;
    c.title = reportText("Purchases after the calibration end, by purchases before it");
    c.xLabel = reportText("Repeat purchases in the calibration period");
    c.yLabel = reportText("Mean purchases in the holdout");
    LineSeries actual{reportText("Actual"), {}, false, true};
    LineSeries predicted{reportFormat("Predicted by {0}", h.model), {}, true, true};
    for (std::size_t i = 0; i < h.bins.size(); ++i) {
        c.xTickLabels.push_back(h.bins[i].calibrationPurchases);
        actual.points.push_back({static_cast<double>(i), h.bins[i].actualMean});
        predicted.points.push_back({static_cast<double>(i), h.bins[i].predictedMean});
    }
    c.series = {std::move(actual), std::move(predicted)};
    return c;
}

LineChart trackingChart(const HoldoutFigures& h) {
    LineChart c;
    c.title = reportText("Cumulative repeat purchases, actual and predicted");
    c.xLabel = reportText("Weeks from the calibration end");
    c.yLabel = reportText("Repeat purchases so far");
    c.markerX = 0.0;
    c.markerLabel = reportText("calibration end");
    LineSeries actual{reportText("Actual"), {}, false, false};
    for (const TrackingWeekFigures& w : h.tracking)
        actual.points.push_back({w.weeksFromCalibrationEnd, w.actual});
    c.series.push_back(std::move(actual));
    for (std::size_t m = 0; m < h.models.size(); ++m) {
        LineSeries predicted{reportFormat("Predicted by {0}", h.models[m]), {}, true, false};
        for (const TrackingWeekFigures& w : h.tracking)
            if (m < w.predicted.size())
                predicted.points.push_back({w.weeksFromCalibrationEnd, w.predicted[m]});
        c.series.push_back(std::move(predicted));
    }
    return c;
}

}  // namespace

void addModelCheck(Section& section, const CustomerFigures& figures, const std::string& currency) {
    if (!figures.lifetimeValue) return;
    const LifetimeValueFigures& v = *figures.lifetimeValue;
    const bool holdout = figures.holdout.has_value();
    if (!v.models.empty()) {
        section.blocks.push_back(comparisonTable(v));
        if (holdout) section.blocks.push_back(holdoutErrorsTable(v));
        section.blocks.push_back(Paragraph{"", comparisonReading(v, holdout)});
    }
    if (!v.topCustomers.empty()) {
        section.blocks.push_back(topCustomersTable(v, currency));
        section.blocks.push_back(Paragraph{"", rangesReading(v, currency)});
    }
    if (!holdout) return;
    const HoldoutFigures& h = *figures.holdout;
    if (!std::isfinite(h.predictedTotal) || h.bins.empty()) {
        section.blocks.push_back(Paragraph{
            reportText("Holdout check"),
            reportFormat("The models were also fitted on the transactions up to {0}, but no "
                         "model could be fitted on that period, so nothing was predicted for the "
                         "days after it. The {1} customers with a purchase by {0} made {2} "
                         "repeat purchases after it, up to {3}.",
                         isoDay(h.calibrationEnd), h.customers, formatFixed(h.actualTotal, 0),
                         isoDay(h.observationEnd))});
        return;
    }
    section.blocks.push_back(Paragraph{
        reportText("Holdout check"),
        reportFormat("The models were also fitted on the transactions up to {0} and their "
                     "predictions for the days after it, up to {1}, compared with the purchases "
                     "made. The {2} customers with a purchase by {0} made {3} repeat purchases "
                     "after it; {4} predicted {5}.",
                     isoDay(h.calibrationEnd), isoDay(h.observationEnd), h.customers,
                     formatFixed(h.actualTotal, 0), h.model, formatFixed(h.predictedTotal, 1))});
    if (!h.bins.empty())
        section.blocks.push_back(
            Chart{reportText("Customers are grouped by their repeat purchases up to the "
                             "calibration end; the closer the two lines, the better the model "
                             "predicted each group."),
                  binsChart(h)});
    if (!h.tracking.empty())
        section.blocks.push_back(
            Chart{reportText("Repeat purchases added up week by week; right of the dashed line "
                             "the models predict what they did not see."),
                  trackingChart(h)});
}

}  // namespace crm::report
