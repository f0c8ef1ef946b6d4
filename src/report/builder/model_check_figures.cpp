// The figures that let a reader check the lifetime value: the three purchase models compared,
// the ranges of the top customers' figures and the calibration/holdout check.
#include <fmt/format.h>

#include <cmath>

#include "engine/clv/purchase_models.h"
#include "engine/model/field_value.h"
#include "report/builder/customer_figures.h"

namespace crm::report {
namespace {

FigureRange rangeOf(const clv::Range& r) { return {r.estimate, r.low, r.high, r.available}; }

std::string dayText(std::int32_t day) { return formatDate(Date(date::days(day))); }

std::vector<ModelComparisonRow> comparisonRows(const clv::ModelComparison& c, bool holdout) {
    std::vector<ModelComparisonRow> rows;
    for (const clv::ModelAssessment& m : c.models) {
        ModelComparisonRow row;
        row.model = std::string(clv::displayName(m.fit.kind));
        row.fitted = m.fit.usable();
        row.determined = m.identified;
        row.chosen = c.chosen && *c.chosen == m.fit.kind;
        row.logLikelihood = m.fit.diagnostics.logLikelihood;
        row.aic = m.aic;
        row.bic = m.bic;
        if (holdout && m.holdout) {
            row.holdoutMeanAbsoluteError = m.holdout->meanAbsoluteError;
            row.holdoutRootMeanSquaredError = m.holdout->rootMeanSquaredError;
            row.holdoutMeanBias = m.holdout->meanBias;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

HoldoutFigures holdoutFigures(const customers::HoldoutCheck& h,
                              std::optional<clv::PurchaseModelKind> chosen) {
    HoldoutFigures out;
    out.calibrationEnd = dayText(h.calibrationEnd);
    out.observationEnd = dayText(h.observationEnd);
    out.customers = h.customers;
    // The bins of the model the lifetime value uses; BG/NBD's when there was no choice.
    const std::vector<clv::HoldoutBin>* bins = &h.comparison.byCalibrationFrequency;
    out.model = "BG/NBD";
    out.actualTotal = h.comparison.actualTotal;
    out.predictedTotal = h.comparison.predictedTotal;
    for (std::size_t i = 0; i < h.fits.size() && i < h.scorecards.size(); ++i) {
        out.models.emplace_back(clv::displayName(h.fits[i].kind));
        if (chosen && h.fits[i].kind == *chosen) {
            bins = &h.scorecards[i].byCalibrationFrequency;
            out.model = std::string(clv::displayName(h.fits[i].kind));
            out.actualTotal = h.scorecards[i].actualTotal;
            out.predictedTotal = h.scorecards[i].predictedTotal;
        }
    }
    // What happened does not depend on a fit: counted from each customer's holdout purchases.
    out.actualTotal = 0.0;
    for (double purchases : h.actualPurchases)
        if (std::isfinite(purchases)) out.actualTotal += purchases;
    for (const clv::HoldoutBin& b : *bins)
        out.bins.push_back(
            {fmt::format("{}{}", b.calibrationFrequency, b.includesHigher ? "+" : ""), b.customers,
             b.actualMean, b.predictedMean});
    for (const customers::TrackingPoint& p : h.tracking)
        out.tracking.push_back(
            {static_cast<double>(p.day - h.calibrationEnd) / 7.0, p.actual, p.predicted});
    return out;
}

}  // namespace

void addModelCheckFigures(CustomerFigures& f, const customers::CustomerAnalysis& a,
                          const std::vector<std::string>& customerIds) {
    const customers::CustomerModel& m = a.model;
    if (f.lifetimeValue) {
        LifetimeValueFigures& clv = *f.lifetimeValue;
        clv.models = comparisonRows(m.comparison, a.holdout.has_value());
        for (const clv::ModelAssessment& model : m.comparison.models)
            for (const text::Phrase& note : model.identificationNotePhrases)
                clv.modelNotes.push_back(note);
        if (m.ranges.totalLifetimeValue.available)
            clv.totalRange = rangeOf(m.ranges.totalLifetimeValue);
        for (const clv::CustomerRanges& r : m.ranges.customers) {
            if (r.customer >= a.summaries.customers.size()) continue;
            const std::uint32_t id = a.summaries.customers[r.customer].customer;
            clv.topCustomers.push_back({id < customerIds.size() ? customerIds[id] : std::string(),
                                        rangeOf(r.probabilityAlive), rangeOf(r.expectedPurchases),
                                        rangeOf(r.lifetimeValue)});
        }
    }
    if (a.holdout) f.holdout = holdoutFigures(*a.holdout, m.comparison.chosen);
}

}  // namespace crm::report
