#include "cli/analysis_json.h"

#include "cli/analysis_models_output.h"
#include "cli/customer_output_helpers.h"
#include "cli/json_values.h"
#include "engine/customers/lifetime_value_totals.h"
#include "engine/model/field_value.h"

namespace crm::cli::customer_data {

namespace {

namespace tx = crm::transactions;
namespace cu = crm::customers;

Json diagnosticsJson(const clv::FitDiagnostics& d) {
    Json j;
    j["status"] = std::string(clv::toString(d.status));
    j["converged"] = d.converged;
    j["log_likelihood"] = number(d.logLikelihood);
    j["objective"] = number(d.objective);
    j["gradient_norm"] = number(d.gradientNorm);
    j["function_evaluations"] = d.functionEvaluations;
    j["starts_run"] = d.startsRun;
    j["method"] = d.method;
    j["customers"] = number(d.customers);
    j["rows"] = d.rows;
    Json se = Json::array();
    for (double s : d.standardErrors) se.push_back(number(s));
    j["standard_errors"] = std::move(se);
    j["warnings"] = d.warnings;
    j["message"] = d.message;
    return j;
}

Json bgnbdJson(const clv::BgNbdFit& fit) {
    Json j;
    j["r"] = number(fit.params.r);
    j["alpha"] = number(fit.params.alpha);
    j["a"] = number(fit.params.a);
    j["b"] = number(fit.params.b);
    j["log_likelihood"] = number(fit.diagnostics.logLikelihood);
    j["diagnostics"] = diagnosticsJson(fit.diagnostics);
    return j;
}

Json concentrationJson(const cu::ValueConcentration& c, const tx::TransactionTable& table,
                       const cu::CustomerSummaries& s, bool margin) {
    Json j;
    j["total"] = formatMoney(c.total);
    j["negative_total"] = formatMoney(c.negativeTotal);
    j["top20_customers"] = c.topCustomers;
    j["top20_value"] = formatMoney(c.topValue);
    j["top20_share"] = number(c.topShare);
    j["customers_for_80pct"] = c.customersFor80;
    j["share_of_customers_for_80pct"] = number(c.customerShareFor80);
    j["gini"] = number(c.gini);
    j[margin ? "negative_margin_customers" : "negative_value_customers"] = c.negativeCustomers;
    j[margin ? "zero_margin_customers" : "zero_value_customers"] = c.zeroCustomers;
    Json lorenz = Json::array();
    for (const cu::LorenzPoint& p : c.lorenz)
        lorenz.push_back(Json::array({p.customerShare, p.valueShare}));
    j["lorenz"] = std::move(lorenz);
    Json worst = Json::array();
    for (std::uint32_t at : c.worst) {
        const cu::CustomerSummary& cs = s.customers[at];
        worst.push_back(
            {{"id", table.customerIds[cs.customer]},
             {margin ? "margin" : "net_value", formatMoney(margin ? cs.margin : cs.netValue)}});
    }
    j["worst_customers"] = std::move(worst);
    return j;
}

}  // namespace

Json analysisJson(const AnalysisInput& in, const cu::CustomerAnalysis& a,
                  const cu::AnalysisOptions& options) {
    const tx::TransactionTable& table = in.table;
    const cu::CustomerSummaries& s = a.summaries;
    const cu::ValueConcentration& value = a.concentration.netValue;
    Json j;
    j["format"] = "crm-workbench-customer-analysis";
    j["version"] = 1;
    j["source"] = in.source;
    j["mapping"] = in.mapping;
    if (!in.imports.is_null()) j["imports"] = in.imports;
    j["period"] = periodName(s.period);
    j["first_date"] = a.firstDay ? Json(dayText(*a.firstDay)) : Json(nullptr);
    j["last_date"] = a.lastDay ? Json(dayText(*a.lastDay)) : Json(nullptr);
    j["observation_end"] = dayText(s.observationEnd);
    j["calibration_end"] =
        options.calibrationEnd ? Json(dayText(*options.calibrationEnd)) : Json(nullptr);
    j["rows"] = {{"read", in.stats.rowsRead},
                 {"imported", in.stats.imported},
                 {"skipped_bad", in.stats.skippedBad},
                 {"skipped_no_customer", in.stats.skippedNoCustomer},
                 {"after_observation_end", s.linesAfterObservationEnd}};
    j["customers"] = s.customers.size();
    j["customers_without_purchase"] = s.customersWithoutPurchase;
    j["returns"] = {{"lines", s.returnsCounted ? Json(s.returnLines) : Json(nullptr)},
                    {"value", s.returnsCounted ? Json(formatMoney(s.returnValue)) : Json(nullptr)},
                    {"customers_left_out_of_spend_model", a.model.customersLeftOutOfSpendModel}};
    j["customers_after_observation_end"] = s.customersAfterObservationEnd;
    j["net_value_total"] = formatMoney(value.total);
    j["negative_value_total"] = formatMoney(value.negativeTotal);
    j["top20_customers"] = value.topCustomers;
    j["top20_share"] = number(value.topShare);
    j["customers_for_80pct"] = value.customersFor80;
    j["share_of_customers_for_80pct"] = number(value.customerShareFor80);
    j["gini"] = number(value.gini);
    j["negative_value_customers"] = value.negativeCustomers;
    j["zero_value_customers"] = value.zeroCustomers;
    j["one_time_customers"] = a.levels.oneTime;
    j["repeat_customers"] = a.levels.repeat;
    j["advanced_customers"] = a.levels.advanced;
    j["no_purchase_customers"] = a.levels.noPurchase;
    j["concentration"] = concentrationJson(value, table, s, false);
    j["margin"] = a.concentration.margin
                      ? concentrationJson(*a.concentration.margin, table, s, true)
                      : Json(nullptr);

    Json groups;
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g)
        groups[std::string(cu::rfmGroupKey(static_cast<cu::RfmGroup>(g)))] = a.rfm.groupCounts[g];
    // Mean P(alive) and CLV where the strategy is made: per RFM group and per R-F-M cell.
    const auto meansJson = [](const cu::ValueMeans& v) {
        return Json{{"customers", v.customers},
                    {"mean_p_alive", number(v.meanProbabilityAlive)},
                    {"mean_clv", number(v.meanClv)}};
    };
    Json groupValue;
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g)
        groupValue[std::string(cu::rfmGroupKey(static_cast<cu::RfmGroup>(g)))] =
            meansJson(a.rfmValue.groups[g]);
    Json cellValue = Json::array();
    for (const auto& [cell, means] : a.rfmValue.cells) {
        Json row = meansJson(means);
        row["cell"] = cell;
        cellValue.push_back(std::move(row));
    }
    j["rfm"] = {{"scored_customers", a.rfm.scoredCustomers},
                {"groups", std::move(groups)},
                {"value_by_group", std::move(groupValue)},
                {"value_by_cell", std::move(cellValue)}};

    Json rows = Json::array();
    for (const cu::SegmentRollup& r : a.segments.rows)
        rows.push_back({{"name", r.name},
                        {"customers", r.customers},
                        {"net_value", formatMoney(r.netValue)},
                        {"margin", s.hasCost ? Json(formatMoney(r.margin)) : Json(nullptr)},
                        {"mean_clv", number(r.meanClv)},
                        {"mean_p_alive", number(r.meanProbabilityAlive)},
                        {"churn_risk_customers", r.churnRiskCustomers},
                        {"churn_risk_share", number(r.churnRiskShare)}});
    j["segments"] = {
        {"basis", a.segments.basis == cu::RollupBasis::Segment ? "segment" : "rfm_group"},
        {"rows", std::move(rows)}};

    const cu::CustomerModel& m = a.model;
    const cu::LifetimeValueTotals lifetime = cu::lifetimeValueTotals(m, in.churnThreshold);
    Json model;
    model["period"] = periodName(s.period);
    model["customers"] = m.customers;
    model["repeat_customers"] = m.repeatCustomers;
    model["bgnbd"] = bgnbdJson(m.bgnbd);
    model["gamma_gamma"] = {{"p", number(m.gammaGamma.params.p)},
                            {"q", number(m.gammaGamma.params.q)},
                            {"v", number(m.gammaGamma.params.v)},
                            {"log_likelihood", number(m.gammaGamma.diagnostics.logLikelihood)},
                            {"diagnostics", diagnosticsJson(m.gammaGamma.diagnostics)}};
    model["clv"] = {
        {"months", options.months},
        {"monthly_discount_rate", options.discountRate.perMonth()},
        {"discount_rate",
         {{"rate", options.discountRate.rate},
          {"per", options.discountRate.per == clv::RatePeriod::Year ? "year" : "month"}}},
        {"periods_per_month", m.periodsPerMonth},
        {"horizon_periods", m.horizonPeriods},
        {"customers_scored", lifetime.valuedCustomers},
        {"total", lifetime.mean ? Json(lifetime.total) : Json(nullptr)},
        {"mean", valueOrNull(lifetime.mean)}};
    model["churn_threshold"] = in.churnThreshold;
    model["churn_risk_customers"] = lifetime.churnRiskCustomers;
    j["model"] = std::move(model);
    j["models"] = modelComparisonJson(a);

    if (a.holdout) {
        const cu::HoldoutCheck& h = *a.holdout;
        Json bins = Json::array();
        for (const clv::HoldoutBin& b : h.comparison.byCalibrationFrequency)
            bins.push_back({{"frequency", b.calibrationFrequency},
                            {"and_higher", b.includesHigher},
                            {"customers", b.customers},
                            {"actual_mean", number(b.actualMean)},
                            {"predicted_mean", number(b.predictedMean)}});
        j["holdout"] = {{"calibration_end", dayText(h.calibrationEnd)},
                        {"observation_end", dayText(h.observationEnd)},
                        {"duration_periods", h.durationPeriods},
                        {"customers", h.customers},
                        {"bgnbd", bgnbdJson(h.bgnbd)},
                        {"actual_total", number(h.comparison.actualTotal)},
                        {"predicted_total", number(h.comparison.predictedTotal)},
                        {"by_calibration_frequency", std::move(bins)}};
        addHoldoutModels(j["holdout"], h);
    } else {
        j["holdout"] = nullptr;
    }

    Json top = Json::array();
    for (std::uint32_t at : a.topLifetimeValue) {
        const cu::CustomerSummary& c = s.customers[at];
        top.push_back({{"id", table.customerIds[c.customer]},
                       {"clv", number(m.lifetimeValue[at])},
                       {"p_alive", number(m.probabilityAlive[at])},
                       {"expected_purchases", number(m.expectedPurchases[at])},
                       {"expected_average_value", number(m.expectedAverageValue[at])},
                       {"net_value", formatMoney(c.netValue)},
                       {"frequency", c.frequency},
                       {"recency", c.recency},
                       {"T", c.T},
                       {"ranges", customerRangesJson(m, at)}});
    }
    j["top_clv"] = std::move(top);
    return j;
}

}  // namespace crm::cli::customer_data
