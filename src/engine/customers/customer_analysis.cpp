#include "engine/customers/customer_analysis.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <stdexcept>
#include <utility>

#include "engine/clv/lifetime_value.h"
#include "engine/customers/lifetime_value_totals.h"

namespace crm::customers {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

bool finiteParams(const clv::BgNbdParams& p) {
    return std::isfinite(p.r) && std::isfinite(p.alpha) && std::isfinite(p.a) && std::isfinite(p.b);
}

double periodScale(PeriodConvention period) {
    return period == PeriodConvention::DaysInWeeks ? 1.0 / 7.0 : 1.0;
}

// Distinct purchase periods per customer among the lines dated in (from, to].
std::vector<double> purchasePeriodsBetween(const transactions::TransactionTable& table,
                                           std::int32_t from, std::int32_t to,
                                           PeriodConvention period) {
    std::vector<std::uint64_t>
        keys;  // customer << 32 | period (periods of real dates are positive)
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::int32_t day = table.day[i];
        if (day <= from || day > to || table.quantitySign[i] <= 0) continue;
        const auto p = static_cast<std::uint32_t>(periodOfDay(day, period));
        keys.push_back(std::uint64_t{table.customer[i]} << 32 | p);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<double> counts(table.customerIds.size(), 0.0);
    for (std::uint64_t k : keys) counts[k >> 32] += 1.0;
    return counts;
}

// Everything after the BG/NBD fit: the Gamma-Gamma fit must be done too.
void predict(CustomerModel& model, const CustomerSummaries& summaries, const ModelInputs& inputs,
             const AnalysisOptions& options) {
    const std::size_t n = summaries.customers.size();
    model.probabilityAlive.assign(n, kNaN);
    model.expectedPurchases.assign(n, kNaN);
    model.expectedAverageValue.assign(n, kNaN);
    model.lifetimeValue.assign(n, kNaN);
    if (!model.purchasesUsable()) return;
    clv::PredictionOptions prediction;
    prediction.horizonPeriods = model.horizonPeriods;
    prediction.lifetimeValue.months = options.months;
    prediction.lifetimeValue.monthlyDiscountRate = options.monthlyDiscountRate;
    prediction.lifetimeValue.periodsPerMonth = model.periodsPerMonth;
    const auto predicted = clv::predictCustomers(model.bgnbd.params, model.gammaGamma.params,
                                                 inputs.customers, prediction);
    for (std::size_t k = 0; k < predicted.size(); ++k) {
        const std::uint32_t at = inputs.position[k];
        model.probabilityAlive[at] = predicted[k].probabilityAlive;
        model.expectedPurchases[at] = predicted[k].expectedPurchases;
        if (!model.spendUsable()) continue;
        model.expectedAverageValue[at] = predicted[k].expectedAverageValue;
        model.lifetimeValue[at] = predicted[k].lifetimeValue;
    }
}

HoldoutCheck checkHoldout(const transactions::TransactionTable& table,
                          const CustomerSummaries& summaries, std::int32_t calibrationEnd) {
    HoldoutCheck check;
    check.calibrationEnd = calibrationEnd;
    check.observationEnd = summaries.observationEnd;
    const PeriodConvention period = summaries.period;
    check.durationPeriods =
        (periodOfDay(summaries.observationEnd, period) - periodOfDay(calibrationEnd, period)) *
        periodScale(period);

    const CustomerSummaries calibration =
        summarizeCustomers(table, {.period = period, .observationEnd = calibrationEnd});
    const ModelInputs inputs = modelInputs(calibration);
    check.customers = inputs.customers.size();
    check.bgnbd = clv::fitBgNbd(inputs.customers);

    std::vector<std::uint32_t> positionOf(table.customerIds.size(), kNone);
    for (std::size_t i = 0; i < summaries.customers.size(); ++i)
        positionOf[summaries.customers[i].customer] = static_cast<std::uint32_t>(i);
    const std::vector<double> actual =
        purchasePeriodsBetween(table, calibrationEnd, summaries.observationEnd, period);

    std::vector<clv::HoldoutCustomer> holdout;
    holdout.reserve(inputs.customers.size());
    check.actualPurchases.assign(summaries.customers.size(), kNaN);
    check.predictedPurchases.assign(summaries.customers.size(), kNaN);
    const bool usable = finiteParams(check.bgnbd.params);
    for (std::size_t k = 0; k < inputs.customers.size(); ++k) {
        const clv::CustomerSummary& c = inputs.customers[k];
        const std::uint32_t customer = calibration.customers[inputs.position[k]].customer;
        holdout.push_back({c, actual[customer], check.durationPeriods});
        const std::uint32_t at =
            positionOf[customer];  // always found: the window contains the calibration
        if (at == kNone) continue;
        check.actualPurchases[at] = actual[customer];
        if (usable)
            check.predictedPurchases[at] = clv::expectedPurchases(
                check.bgnbd.params, check.durationPeriods, c.frequency, c.recency, c.age);
    }
    if (usable) check.comparison = clv::compareHoldout(check.bgnbd.params, holdout);
    return check;
}

}  // namespace

ModelInputs modelInputs(const CustomerSummaries& summaries) {
    ModelInputs inputs;
    for (std::size_t i = 0; i < summaries.customers.size(); ++i) {
        const CustomerSummary& s = summaries.customers[i];
        if (!s.hasPurchase()) continue;
        clv::CustomerSummary c;
        c.frequency = static_cast<int>(s.frequency);
        c.recency = s.recency;
        c.age = s.T;
        c.monetary = s.monetaryValue;
        inputs.customers.push_back(c);
        inputs.position.push_back(static_cast<std::uint32_t>(i));
    }
    return inputs;
}

double periodsPerMonth(PeriodConvention period) {
    return clv::periodsPerMonth(period == PeriodConvention::Days ? clv::PeriodUnit::Day
                                                                 : clv::PeriodUnit::Week);
}

bool CustomerModel::purchasesUsable() const { return finiteParams(bgnbd.params); }

bool CustomerModel::spendUsable() const {
    const auto& p = gammaGamma.params;
    return std::isfinite(p.p) && std::isfinite(p.q) && std::isfinite(p.v);
}

CustomerAnalysis analyzeCustomers(const transactions::TransactionTable& table,
                                  const AnalysisOptions& options) {
    CustomerAnalysis a;
    if (table.size() > 0) {
        const auto [lo, hi] = std::minmax_element(table.day.begin(), table.day.end());
        a.firstDay = *lo;
        a.lastDay = *hi;
    }
    a.summaries = summarizeCustomers(
        table, {.period = options.period, .observationEnd = options.observationEnd});
    return analyzeCustomerSummaries(std::move(a), table, options);
}

CustomerAnalysis analyzeCustomerSummaries(CustomerAnalysis a,
                                          const transactions::TransactionTable& table,
                                          const AnalysisOptions& options) {
    if (options.calibrationEnd && table.size() == 0)
        throw std::invalid_argument("a calibration end needs the transaction lines");
    if (options.calibrationEnd && *options.calibrationEnd >= a.summaries.observationEnd)
        throw std::invalid_argument("the calibration end must be before the observation end");
    // The BG/NBD fits are the longest steps: they run on a second thread while this one does
    // the Gamma-Gamma fit, RFM and concentration (a 2-core laptop is the target).
    const ModelInputs inputs = modelInputs(a.summaries);
    auto purchases =
        std::async(std::launch::async, [&inputs] { return clv::fitBgNbd(inputs.customers); });
    std::future<HoldoutCheck> holdout;
    if (options.calibrationEnd)
        holdout = std::async(std::launch::async, [&] {
            return checkHoldout(table, a.summaries, *options.calibrationEnd);
        });

    CustomerModel& model = a.model;
    model.customers = inputs.customers.size();
    model.repeatCustomers = static_cast<std::size_t>(
        std::count_if(inputs.customers.begin(), inputs.customers.end(),
                      [](const clv::CustomerSummary& c) { return c.frequency > 0; }));
    model.periodsPerMonth = periodsPerMonth(a.summaries.period);
    model.horizonPeriods = options.months * model.periodsPerMonth;
    model.gammaGamma = clv::fitGammaGamma(inputs.customers);
    a.rfm = scoreRfm(a.summaries);
    a.concentration = analyzeConcentration(a.summaries, table, {.worstCount = options.worstCount});
    a.levels = classifyRelationshipLevels(a.summaries, a.rfm);
    model.bgnbd = purchases.get();
    predict(model, a.summaries, inputs, options);
    a.segments = rollUpSegments(table, a.summaries, a.rfm,
                                {.clv = model.lifetimeValue,
                                 .pAlive = model.probabilityAlive,
                                 .churnThreshold = options.churnThreshold});
    if (holdout.valid()) a.holdout = holdout.get();

    std::vector<std::uint32_t>& top = a.topLifetimeValue;
    for (std::size_t i = 0; i < a.model.lifetimeValue.size(); ++i)
        if (std::isfinite(a.model.lifetimeValue[i])) top.push_back(static_cast<std::uint32_t>(i));
    const HigherLifetimeValue higher(a.model, a.summaries, table.customerIds);
    const std::size_t count = std::min(options.topCount, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(count), top.end(),
                      higher);
    top.resize(count);
    return a;
}

}  // namespace crm::customers
