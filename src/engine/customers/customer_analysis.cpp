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
    prediction.lifetimeValue.monthlyDiscountRate = options.discountRate.perMonth();
    prediction.lifetimeValue.periodsPerMonth = model.periodsPerMonth;
    const clv::PurchaseModelFit purchases =
        model.chosenFit() ? *model.chosenFit() : clv::fromBgNbd(model.bgnbd);
    const auto predicted =
        clv::predictCustomers(purchases, model.gammaGamma.params, inputs.customers, prediction);
    for (std::size_t k = 0; k < predicted.size(); ++k) {
        const std::uint32_t at = inputs.position[k];
        model.probabilityAlive[at] = predicted[k].probabilityAlive;
        model.expectedPurchases[at] = predicted[k].expectedPurchases;
        if (!model.spendUsable()) continue;
        model.expectedAverageValue[at] = predicted[k].expectedAverageValue;
        model.lifetimeValue[at] = predicted[k].lifetimeValue;
    }
}

HoldoutCheck checkHoldout(const HoldoutInputs& inputs, const CustomerSummaries& summaries,
                          std::int32_t calibrationEnd) {
    HoldoutCheck check;
    check.calibrationEnd = calibrationEnd;
    check.observationEnd = summaries.observationEnd;
    const PeriodConvention period = summaries.period;
    check.durationPeriods =
        (periodOfDay(summaries.observationEnd, period) - periodOfDay(calibrationEnd, period)) *
        modelUnitsPerPeriod(period);
    check.customers = inputs.calibration.size();
    check.bgnbd = clv::fitBgNbd(inputs.calibration);

    std::vector<clv::HoldoutCustomer> holdout;
    holdout.reserve(inputs.calibration.size());
    check.actualPurchases.assign(summaries.customers.size(), kNaN);
    check.predictedPurchases.assign(summaries.customers.size(), kNaN);
    const bool usable = finiteParams(check.bgnbd.params);
    for (std::size_t k = 0; k < inputs.calibration.size(); ++k) {
        const clv::CustomerSummary& c = inputs.calibration[k];
        const double actual = inputs.holdoutPurchases[k];
        holdout.push_back({c, actual, check.durationPeriods});
        const std::uint32_t at = inputs.position[k];
        check.actualPurchases[at] = actual;
        if (usable)
            check.predictedPurchases[at] = clv::expectedPurchases(
                check.bgnbd.params, check.durationPeriods, c.frequency, c.recency, c.age);
    }
    if (usable) check.comparison = clv::compareHoldout(check.bgnbd.params, holdout);

    const clv::GroupedHistories histories = clv::groupByHistory(inputs.calibration);
    const clv::NbdFit noDropout = clv::fitNbd(histories);
    for (clv::PurchaseModelKind kind : clv::kPurchaseModels) {
        clv::PurchaseModelFit fit = kind == clv::PurchaseModelKind::BgNbd
                                        ? clv::fromBgNbd(check.bgnbd)
                                        : clv::fitPurchaseModel(kind, histories, &noDropout);
        clv::HoldoutScorecard card;
        if (fit.usable()) {
            card = clv::scoreHoldout(fit, holdout);
        } else {
            card.meanAbsoluteError = card.rootMeanSquaredError = card.meanBias = kNaN;
        }
        check.scorecards.push_back(std::move(card));
        check.fits.push_back(std::move(fit));
    }
    check.tracking = trackRepeatPurchases(inputs.history, period, calibrationEnd,
                                          summaries.observationEnd, check.fits);
    return check;
}

// The calibration fit of the chosen model predicts each customer's holdout purchases.
void predictHoldoutWithChosen(HoldoutCheck& check, const HoldoutInputs& inputs,
                              clv::PurchaseModelKind chosen) {
    const clv::PurchaseModelFit& fit = check.fits.at(static_cast<std::size_t>(chosen));
    if (chosen == clv::PurchaseModelKind::BgNbd || !fit.usable()) return;
    for (std::size_t k = 0; k < inputs.calibration.size(); ++k) {
        const clv::CustomerSummary& c = inputs.calibration[k];
        check.predictedPurchases[inputs.position[k]] =
            clv::expectedPurchases(fit, check.durationPeriods, c.frequency, c.recency, c.age);
    }
}

}  // namespace

HoldoutInputs holdoutInputs(const transactions::TransactionTable& table,
                            const CustomerSummaries& summaries, std::int32_t calibrationEnd) {
    const PeriodConvention period = summaries.period;
    const CustomerSummaries calibration =
        summarizeCustomers(table, {.period = period, .observationEnd = calibrationEnd});
    ModelInputs model = modelInputs(calibration);
    std::vector<std::uint32_t> positionOf(table.customerIds.size(), kNone);
    for (std::size_t i = 0; i < summaries.customers.size(); ++i)
        positionOf[summaries.customers[i].customer] = static_cast<std::uint32_t>(i);
    const std::vector<double> actual =
        purchasePeriodsBetween(table, calibrationEnd, summaries.observationEnd, period);
    HoldoutInputs inputs;
    inputs.calibration = std::move(model.customers);
    for (std::uint32_t k : model.position) {
        const std::uint32_t customer = calibration.customers[k].customer;
        // The window contains the calibration, so every calibration customer is in it.
        if (positionOf[customer] == kNone)
            throw std::invalid_argument("a calibration customer is outside the window");
        inputs.position.push_back(positionOf[customer]);
        inputs.holdoutPurchases.push_back(actual[customer]);
    }
    inputs.history = repeatPurchaseHistory(table, period, calibrationEnd, summaries.observationEnd);
    return inputs;
}

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

clv::PeriodUnit modelTimeUnit(PeriodConvention period) {
    switch (period) {
        case PeriodConvention::Days:
            return clv::PeriodUnit::Day;
        case PeriodConvention::DaysInWeeks:
        case PeriodConvention::CalendarWeeks:
            return clv::PeriodUnit::Week;
        case PeriodConvention::CalendarMonths:
            return clv::PeriodUnit::Month;
    }
    return clv::PeriodUnit::Day;
}

double periodsPerMonth(PeriodConvention period) {
    return clv::periodsPerMonth(modelTimeUnit(period));
}

const clv::PurchaseModelFit* CustomerModel::chosenFit() const {
    if (!comparison.chosen) return nullptr;
    for (const clv::ModelAssessment& m : comparison.models)
        if (m.fit.kind == *comparison.chosen) return &m.fit;
    return nullptr;
}

bool CustomerModel::purchasesUsable() const {
    if (const clv::PurchaseModelFit* fit = chosenFit()) return fit->usable();
    return finiteParams(bgnbd.params);
}

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
                                          const AnalysisOptions& options,
                                          const HoldoutInputs* givenHoldout) {
    if (options.calibrationEnd && !givenHoldout && table.size() == 0)
        throw std::invalid_argument("a calibration end needs the transaction lines");
    if (options.calibrationEnd && *options.calibrationEnd >= a.summaries.observationEnd)
        throw std::invalid_argument("the calibration end must be before the observation end");
    // Without given holdout inputs, the holdout thread makes them from the lines.
    std::optional<HoldoutInputs> holdoutFromLines;
    const HoldoutInputs* holdoutData = givenHoldout;
    // The BG/NBD fits are the longest steps: they run on a second thread while this one does
    // the Gamma-Gamma fit, RFM and concentration (a 2-core laptop is the target).
    // All four purchase models fit the same grouped histories, grouped once.
    const ModelInputs inputs = modelInputs(a.summaries);
    const clv::GroupedHistories histories = clv::groupByHistory(inputs.customers);
    auto purchases =
        std::async(std::launch::async, [&histories] { return clv::fitBgNbd(histories); });
    struct OtherFits {
        clv::PurchaseModelFit mbgNbd, paretoNbd;
        clv::NbdFit noDropout;
    };
    // The no-drop-out fit first: it lets the Pareto/NBD fit stop early at that boundary.
    auto others = std::async(std::launch::async, [&histories] {
        OtherFits fits;
        fits.noDropout = clv::fitNbd(histories);
        fits.mbgNbd = clv::fitPurchaseModel(clv::PurchaseModelKind::MbgNbd, histories);
        fits.paretoNbd =
            clv::fitPurchaseModel(clv::PurchaseModelKind::ParetoNbd, histories, &fits.noDropout);
        return fits;
    });
    std::future<HoldoutCheck> holdout;
    if (options.calibrationEnd)
        holdout = std::async(std::launch::async, [&] {
            if (!holdoutData) {
                holdoutFromLines = holdoutInputs(table, a.summaries, *options.calibrationEnd);
                holdoutData = &*holdoutFromLines;
            }
            return checkHoldout(*holdoutData, a.summaries, *options.calibrationEnd);
        });

    CustomerModel& model = a.model;
    model.customers = inputs.customers.size();
    model.repeatCustomers = static_cast<std::size_t>(
        std::count_if(inputs.customers.begin(), inputs.customers.end(),
                      [](const clv::CustomerSummary& c) { return c.frequency > 0; }));
    model.customersLeftOutOfSpendModel = static_cast<std::size_t>(std::count_if(
        inputs.customers.begin(), inputs.customers.end(),
        [](const clv::CustomerSummary& c) { return c.frequency > 0 && !(c.monetary > 0.0); }));
    model.periodsPerMonth = periodsPerMonth(a.summaries.period);
    model.horizonPeriods = options.months * model.periodsPerMonth;
    model.gammaGamma = clv::fitGammaGamma(inputs.customers);
    a.rfm = scoreRfm(a.summaries);
    a.concentration = analyzeConcentration(a.summaries, table, {.worstCount = options.worstCount});
    a.levels = classifyRelationshipLevels(a.summaries, a.rfm);
    model.bgnbd = purchases.get();
    OtherFits other = others.get();
    if (holdout.valid()) a.holdout = holdout.get();
    std::vector<clv::PurchaseModelFit> fits{clv::fromBgNbd(model.bgnbd), std::move(other.mbgNbd),
                                            std::move(other.paretoNbd)};
    model.comparison = clv::compareModels(
        std::move(fits), other.noDropout,
        a.holdout ? a.holdout->scorecards : std::vector<clv::HoldoutScorecard>{});
    if (a.holdout && model.comparison.chosen)
        predictHoldoutWithChosen(*a.holdout, *holdoutData, *model.comparison.chosen);
    if (const clv::PurchaseModelFit* chosen = model.chosenFit())
        model.repeatCounts = clv::repeatCountCheck(*chosen, inputs.customers);
    predict(model, a.summaries, inputs, options);
    a.segments = rollUpSegments(table, a.summaries, a.rfm,
                                {.clv = model.lifetimeValue,
                                 .pAlive = model.probabilityAlive,
                                 .churnThreshold = options.churnThreshold});
    a.rfmValue = rollUpRfmValue(a.rfm, {.clv = model.lifetimeValue,
                                        .pAlive = model.probabilityAlive,
                                        .churnThreshold = options.churnThreshold});

    std::vector<std::uint32_t>& top = a.topLifetimeValue;
    for (std::size_t i = 0; i < a.model.lifetimeValue.size(); ++i)
        if (std::isfinite(a.model.lifetimeValue[i])) top.push_back(static_cast<std::uint32_t>(i));
    const HigherLifetimeValue higher(a.model, a.summaries, table.customerIds);
    const std::size_t count = std::min(options.topCount, top.size());
    std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(count), top.end(),
                      higher);
    top.resize(count);

    if (const clv::PurchaseModelFit* chosen = model.chosenFit(); chosen && model.spendUsable()) {
        std::vector<std::uint32_t> inputOf(a.summaries.customers.size(), kNone);
        for (std::size_t k = 0; k < inputs.position.size(); ++k)
            inputOf[inputs.position[k]] = static_cast<std::uint32_t>(k);
        std::vector<std::uint32_t> selected;
        for (std::uint32_t at : top) selected.push_back(inputOf[at]);
        clv::PredictionOptions prediction;
        prediction.horizonPeriods = model.horizonPeriods;
        prediction.lifetimeValue = {options.months, options.discountRate.perMonth(),
                                    model.periodsPerMonth};
        model.ranges =
            clv::headlineRanges(*chosen, model.gammaGamma, inputs.customers, selected, prediction);
        for (clv::CustomerRanges& r : model.ranges.customers)
            r.customer = inputs.position[r.customer];
    }
    return a;
}

std::optional<std::int32_t> calibrationEndWithin(const transactions::TransactionTable& table,
                                                 std::optional<std::int32_t> calibrationEnd) {
    if (!calibrationEnd || table.day.empty()) return std::nullopt;
    const auto [first, last] = std::minmax_element(table.day.begin(), table.day.end());
    if (*first > *calibrationEnd || *calibrationEnd >= *last) return std::nullopt;
    return calibrationEnd;
}

}  // namespace crm::customers
