#include <catch2/catch.hpp>

#include <cmath>

#include "engine/clv/calibration_holdout.h"
#include "engine/clv/lifetime_value.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;
using Catch::Matchers::WithinRel;

namespace {
const BgNbdParams kPurchases{0.242593, 4.413532, 0.792886, 2.425753};  // CDNOW, weeks
const GammaGammaParams kSpend{6.25, 3.74, 15.44};
}  // namespace

TEST_CASE("Periods per month as lifetimes converts them", "[clv][lifetimevalue]") {
    CHECK(periodsPerMonth(PeriodUnit::Day) == 30.0);
    CHECK(periodsPerMonth(PeriodUnit::Week) == 4.345);
    CHECK(periodsPerMonth(PeriodUnit::Month) == 1.0);
    CHECK(periodsPerMonth(PeriodUnit::Hour) == 720.0);
}

TEST_CASE("A discount rate is stated per month or per year", "[clv][lifetimevalue]") {
    CHECK(DiscountRate{}.perMonth() == 0.01);  // the default: 1% a month
    CHECK(DiscountRate{0.02, RatePeriod::Month}.perMonth() == 0.02);
    // 10% a year, by hand: ln 1.1 = 0.0953102, / 12 = 0.00794251, e^0.00794251 = 1.00797414,
    // so 0.797414% a month, which compounds back to 1.1 over twelve months.
    const double monthly = DiscountRate{0.10, RatePeriod::Year}.perMonth();
    CHECK(monthly == Approx(0.00797414).margin(5e-9));
    CHECK(std::pow(1.0 + monthly, 12) == Approx(1.1).epsilon(1e-12));
    CHECK(DiscountRate{0.0, RatePeriod::Year}.perMonth() == 0.0);
}

TEST_CASE("CLV is lifetimes' discounted monthly sum", "[clv][lifetimevalue]") {
    const LifetimeValueOptions weeks{12, 0.01, periodsPerMonth(PeriodUnit::Week)};
    for (const CustomerSummary c :
         {CustomerSummary{2, 30.43, 38.86, 22.5}, CustomerSummary{0, 0.0, 38.86, 0.0},
          CustomerSummary{14, 37.0, 38.0, 41.0}}) {
        double expected = 0.0;
        for (int i = 1; i <= 12; ++i) {
            const double f = weeks.periodsPerMonth;
            const double increment =
                expectedPurchases(kPurchases, i * f, c.frequency, c.recency, c.age) -
                expectedPurchases(kPurchases, (i - 1) * f, c.frequency, c.recency, c.age);
            expected += expectedAverageValue(kSpend, c.frequency, c.monetary) * increment /
                        std::pow(1.01, i);
        }
        INFO("x = " << c.frequency);
        CHECK_THAT(customerLifetimeValue(kPurchases, kSpend, c, weeks), WithinRel(expected, 1e-12));
    }
}

TEST_CASE("Without discounting CLV telescopes to value times purchases", "[clv][lifetimevalue]") {
    const CustomerSummary c{3, 20.0, 38.0, 30.0};
    const LifetimeValueOptions plain{6, 0.0, 4.345};
    CHECK_THAT(customerLifetimeValue(kPurchases, kSpend, c, plain),
               WithinRel(expectedAverageValue(kSpend, 3, 30.0) *
                             expectedPurchases(kPurchases, 6 * 4.345, 3, 20.0, 38.0),
                         1e-12));
    // Discounting lowers it; defaults are 12 months, 1% a month, day periods.
    const LifetimeValueOptions defaults;
    CHECK(defaults.months == 12);
    CHECK(defaults.monthlyDiscountRate == 0.01);
    CHECK(defaults.periodsPerMonth == 30.0);
    CHECK(customerLifetimeValue(kPurchases, kSpend, c, {6, 0.05, 4.345}) <
          customerLifetimeValue(kPurchases, kSpend, c, plain));
}

TEST_CASE("Batch predictions equal the single-customer functions", "[clv][lifetimevalue]") {
    std::vector<CustomerSummary> customers;
    for (int i = 0; i < 300; ++i) {
        const int x = i % 7;
        const double age = 30.0 + i % 9;
        customers.push_back({x, x == 0 ? 0.0 : age - (i % 5), age, x == 0 ? 0.0 : 10.0 + i % 13});
    }
    const PredictionOptions options{39.0, {12, 0.01, 4.345}};
    const std::vector<CustomerPrediction> batch =
        predictCustomers(kPurchases, kSpend, customers, options);
    REQUIRE(batch.size() == customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const CustomerSummary& c = customers[i];
        INFO("customer " << i);
        CHECK(batch[i].probabilityAlive ==
              probabilityAlive(kPurchases, c.frequency, c.recency, c.age));
        CHECK_THAT(
            batch[i].expectedPurchases,
            WithinRel(expectedPurchases(kPurchases, 39.0, c.frequency, c.recency, c.age), 1e-14));
        CHECK(batch[i].expectedAverageValue ==
              expectedAverageValue(kSpend, c.frequency, c.monetary));
        CHECK_THAT(
            batch[i].lifetimeValue,
            WithinRel(customerLifetimeValue(kPurchases, kSpend, c, options.lifetimeValue), 1e-14));
    }
}

TEST_CASE("Holdout comparison by hand", "[clv][holdout]") {
    const std::vector<HoldoutCustomer> customers{{{0, 0.0, 38.86, 0.0}, 1.0, 39.0},
                                                 {{2, 30.43, 38.86, 0.0}, 2.0, 39.0},
                                                 {{9, 30.0, 38.0, 0.0}, 5.0, 39.0}};
    const HoldoutComparison result = compareHoldout(kPurchases, customers, 2);
    CHECK(result.customers == 3.0);
    CHECK(result.actualTotal == 8.0);
    double predicted = 0.0;
    for (const HoldoutCustomer& h : customers)
        predicted += expectedPurchases(kPurchases, 39.0, h.calibration.frequency,
                                       h.calibration.recency, h.calibration.age);
    CHECK_THAT(result.predictedTotal, WithinRel(predicted, 1e-14));
    REQUIRE(result.byCalibrationFrequency.size() == 3);
    CHECK(result.byCalibrationFrequency[0].customers == 1.0);
    CHECK(result.byCalibrationFrequency[1].customers == 0.0);
    CHECK(result.byCalibrationFrequency[2].includesHigher);
    CHECK(result.byCalibrationFrequency[2].customers == 2.0);
    CHECK(result.byCalibrationFrequency[2].actualMean == 3.5);
    CHECK_THAT(result.byCalibrationFrequency[2].predictedMean,
               WithinRel(0.5 * (expectedPurchases(kPurchases, 39.0, 2, 30.43, 38.86) +
                                expectedPurchases(kPurchases, 39.0, 9, 30.0, 38.0)),
                         1e-14));
}

TEST_CASE("Holdout purchases of simulated customers match the fit's predictions",
          "[clv][holdout]") {
    // Calibration 39 weeks, holdout 39 weeks, CDNOW-like cohort in weeks.
    const std::size_t n = 50'000;
    std::vector<double> ages(n);
    for (std::size_t i = 0; i < n; ++i) ages[i] = 27.0 + static_cast<double>(i % 13);
    const SimulatedPurchases data =
        simulateBgNbd(kPurchases, ages, {39.0, TimeRecording::Exact, 2024});
    std::vector<HoldoutCustomer> customers(n);
    for (std::size_t i = 0; i < n; ++i)
        customers[i] = {data.customers[i], data.holdoutPurchases[i], 39.0};

    // With the true parameters the predictions are conditional means, so actual - predicted
    // sums to zero up to noise: check it within 4 standard errors of that sum.
    const HoldoutComparison truth = compareHoldout(kPurchases, customers);
    double squares = 0.0;
    for (const HoldoutCustomer& h : customers) {
        const CustomerSummary& c = h.calibration;
        const double residual =
            h.holdoutPurchases - expectedPurchases(kPurchases, 39.0, c.frequency, c.recency, c.age);
        squares += residual * residual;
    }
    CHECK(std::abs(truth.actualTotal - truth.predictedTotal) < 4.0 * std::sqrt(squares));

    // A fit on the calibration period predicts the holdout total within a few percent.
    const BgNbdFit fit = fitBgNbd(data.customers);
    REQUIRE(fit.diagnostics.converged);
    const HoldoutComparison fitted = compareHoldout(fit.params, customers);
    CHECK_THAT(fitted.predictedTotal, WithinRel(fitted.actualTotal, 0.05));
    for (const HoldoutBin& bin : fitted.byCalibrationFrequency) {
        INFO("bin " << bin.calibrationFrequency);
        CHECK(bin.customers > 0.0);
        CHECK_THAT(bin.predictedMean, WithinRel(bin.actualMean, 0.15));
    }
}
