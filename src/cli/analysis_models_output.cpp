#include "cli/analysis_models_output.h"

#include <fmt/format.h>

#include <cmath>

#include "cli/customer_output_helpers.h"
#include "cli/text_output.h"

namespace crm::cli::customer_data {

namespace {

namespace cu = crm::customers;
using Json = nlohmann::ordered_json;

Json rangeJson(const clv::Range& r) {
    if (!r.available) return nullptr;
    return Json::array({number(r.low), number(r.high)});
}

Json scorecardJson(const clv::HoldoutScorecard& card) {
    Json bins = Json::array();
    for (const clv::HoldoutBin& b : card.byCalibrationFrequency)
        bins.push_back({{"frequency", b.calibrationFrequency},
                        {"and_higher", b.includesHigher},
                        {"customers", b.customers},
                        {"actual_mean", number(b.actualMean)},
                        {"predicted_mean", number(b.predictedMean)}});
    return {{"mean_absolute_error", number(card.meanAbsoluteError)},
            {"root_mean_squared_error", number(card.rootMeanSquaredError)},
            {"mean_bias", number(card.meanBias)},
            {"predicted_total", number(card.predictedTotal)},
            {"actual_total", number(card.actualTotal)},
            {"by_calibration_frequency", std::move(bins)}};
}

const clv::CustomerRanges* rangesOf(const cu::CustomerModel& model, std::uint32_t position) {
    for (const clv::CustomerRanges& r : model.ranges.customers)
        if (r.customer == position) return &r;
    return nullptr;
}

std::string fixed(double value, int decimals) {
    return std::isfinite(value) ? numberText(value, decimals) : std::string("-");
}

}  // namespace

Json modelComparisonJson(const cu::CustomerAnalysis& a) {
    const clv::ModelComparison& c = a.model.comparison;
    Json models = Json::array();
    for (const clv::ModelAssessment& m : c.models) {
        const std::vector<std::string> names = clv::parameterNames(m.fit.kind);
        Json params = Json::object(), errors = Json::object();
        for (std::size_t i = 0; i < names.size(); ++i) {
            params[names[i]] = number(m.fit.params[i]);
            errors[names[i]] = i < m.fit.diagnostics.standardErrors.size()
                                   ? number(m.fit.diagnostics.standardErrors[i])
                                   : Json(nullptr);
        }
        models.push_back({{"model", std::string(clv::displayName(m.fit.kind))},
                          {"status", std::string(clv::toString(m.fit.diagnostics.status))},
                          {"identified", m.identified},
                          {"log_likelihood", number(m.fit.diagnostics.logLikelihood)},
                          {"aic", number(m.aic)},
                          {"bic", number(m.bic)},
                          {"likelihood_ratio_against_no_dropout", number(m.likelihoodRatio)},
                          {"parameters", std::move(params)},
                          {"standard_errors", std::move(errors)},
                          {"holdout", m.holdout ? scorecardJson(*m.holdout) : Json(nullptr)},
                          {"notes", m.identificationNotes}});
    }
    Json tied = Json::array();
    for (clv::PurchaseModelKind k : c.tiedWithChosen) tied.push_back(clv::displayName(k));
    Json counts = Json::array();
    for (const clv::RepeatCountRow& r : a.model.repeatCounts)
        counts.push_back({{"repeat_purchases", r.repeatPurchases},
                          {"and_higher", r.includesHigher},
                          {"actual_customers", r.actualCustomers},
                          {"expected_customers", number(r.expectedCustomers)}});
    return {{"compared", std::move(models)},
            {"no_dropout_log_likelihood", number(c.noDropout.diagnostics.logLikelihood)},
            {"chosen", c.chosen ? Json(std::string(clv::displayName(*c.chosen))) : Json(nullptr)},
            {"chosen_by", c.chosen ? Json(c.chosenByHoldout ? "holdout mean absolute error" : "BIC")
                                   : Json(nullptr)},
            {"tied_with", std::move(tied)},
            {"explanation", c.explanation},
            {"repeat_count_check", std::move(counts)},
            {"total_clv_range", rangeJson(a.model.ranges.totalLifetimeValue)},
            {"range_method",
             "delta method on the log-parameters' covariance: estimate +- 1.96 standard errors"}};
}

void addHoldoutModels(Json& holdout, const cu::HoldoutCheck& h) {
    Json models = Json::array();
    for (std::size_t i = 0; i < h.fits.size() && i < h.scorecards.size(); ++i) {
        Json card = scorecardJson(h.scorecards[i]);
        card["model"] = std::string(clv::displayName(h.fits[i].kind));
        card["status"] = std::string(clv::toString(h.fits[i].diagnostics.status));
        const std::vector<std::string> names = clv::parameterNames(h.fits[i].kind);
        Json params = Json::object();
        for (std::size_t k = 0; k < names.size() && k < h.fits[i].params.size(); ++k)
            params[names[k]] = number(h.fits[i].params[k]);
        card["parameters"] = std::move(params);
        models.push_back(std::move(card));
    }
    holdout["models"] = std::move(models);
    Json tracking = Json::array();
    for (const cu::TrackingPoint& p : h.tracking) {
        Json predicted = Json::object();
        for (std::size_t i = 0; i < p.predicted.size() && i < h.fits.size(); ++i)
            predicted[std::string(clv::displayName(h.fits[i].kind))] = number(p.predicted[i]);
        tracking.push_back({{"week_ending", dayText(p.day)},
                            {"actual_cumulative", p.actual},
                            {"predicted_cumulative", std::move(predicted)}});
    }
    holdout["tracking"] = std::move(tracking);
}

Json customerRangesJson(const cu::CustomerModel& model, std::uint32_t position) {
    const clv::CustomerRanges* r = rangesOf(model, position);
    if (!r) return nullptr;
    return {{"clv", rangeJson(r->lifetimeValue)},
            {"p_alive", rangeJson(r->probabilityAlive)},
            {"expected_purchases", rangeJson(r->expectedPurchases)}};
}

std::string lifetimeValueRangeText(const cu::CustomerModel& model, std::uint32_t position) {
    const clv::CustomerRanges* r = rangesOf(model, position);
    if (!r || !r->lifetimeValue.available) return "";
    return fmt::format("{} .. {}", fixed(r->lifetimeValue.low, 2), fixed(r->lifetimeValue.high, 2));
}

void printModelComparison(const cu::CustomerAnalysis& a) {
    const clv::ModelComparison& c = a.model.comparison;
    if (c.models.empty()) return;
    const bool holdout = a.holdout.has_value();
    fmt::print("\nRepeat-purchase models compared\n");
    TextTable table(holdout ? "lrrrrrrr" : "lrrrr");
    std::vector<std::string> header{"model", "log-likelihood", "AIC", "BIC", "parameters"};
    if (holdout) header.insert(header.end(), {"holdout MAE", "RMSE", "bias"});
    table.add(header);
    for (const clv::ModelAssessment& m : c.models) {
        std::vector<std::string> row{std::string(clv::displayName(m.fit.kind)),
                                     fixed(m.fit.diagnostics.logLikelihood, 2), fixed(m.aic, 1),
                                     fixed(m.bic, 1),
                                     !m.fit.usable() ? "no fit"
                                     : m.identified  ? "determined"
                                                     : "not determined"};
        if (holdout) {
            const clv::HoldoutScorecard* card = m.holdout ? &*m.holdout : nullptr;
            row.push_back(card ? fixed(card->meanAbsoluteError, 3) : "-");
            row.push_back(card ? fixed(card->rootMeanSquaredError, 3) : "-");
            row.push_back(card ? fixed(card->meanBias, 3) : "-");
        }
        table.add(std::move(row));
    }
    fmt::print("{}", table.render());
    fmt::print("  {}\n", c.explanation);
    for (const clv::ModelAssessment& m : c.models)
        for (const std::string& note : m.identificationNotes) fmt::print("  Note: {}\n", note);
    const clv::Range& total = a.model.ranges.totalLifetimeValue;
    if (total.available)
        fmt::print("  Total lifetime value, range from the parameters' uncertainty: {} .. {}\n",
                   fixed(total.low, 2), fixed(total.high, 2));
}

}  // namespace crm::cli::customer_data
