// The holdout scorecard, the period-count check, the comparison rule and the delta-method
// ranges, on hand-made inputs and on CDNOW.
#include <catch2/catch.hpp>

#include <cmath>

#include "cdnow_summary.h"
#include "engine/clv/model_comparison.h"
#include "engine/clv/prediction_intervals.h"

using namespace crm::clv;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

PurchaseModelFit madeUp(PurchaseModelKind kind, double logLikelihood, double customers) {
    PurchaseModelFit fit;
    fit.kind = kind;
    fit.params = {0.5, 5.0, 0.8, 2.0};
    fit.diagnostics.status = FitStatus::Converged;
    fit.diagnostics.converged = true;
    fit.diagnostics.logLikelihood = logLikelihood;
    fit.diagnostics.customers = customers;
    fit.diagnostics.logCovariance.assign(16, 0.0);
    for (std::size_t i = 0; i < 4; ++i) fit.diagnostics.logCovariance[i * 4 + i] = 0.01;
    return fit;
}

NbdFit madeUpNbd(double logLikelihood) {
    NbdFit nbd;
    nbd.diagnostics.logLikelihood = logLikelihood;
    return nbd;
}

}  // namespace

TEST_CASE("Holdout scorecard by hand", "[clv][holdout]") {
    PurchaseModelFit fit = madeUp(PurchaseModelKind::BgNbd, -1.0, 2.0);
    const std::vector<HoldoutCustomer> customers{{{2, 5.0, 10.0, 0.0}, 1.0, 10.0},
                                                 {{0, 0.0, 8.0, 0.0}, 0.0, 10.0}};
    const double p1 = expectedPurchases(fit.bgNbd(), 10.0, 2, 5.0, 10.0);
    const double p2 = expectedPurchases(fit.bgNbd(), 10.0, 0, 0.0, 8.0);
    const HoldoutScorecard card = scoreHoldout(fit, customers, 1);
    CHECK(card.customers == 2.0);
    CHECK_THAT(card.meanAbsoluteError, WithinRel((std::abs(p1 - 1.0) + p2) / 2.0, 1e-14));
    CHECK_THAT(card.rootMeanSquaredError,
               WithinRel(std::sqrt(((p1 - 1.0) * (p1 - 1.0) + p2 * p2) / 2.0), 1e-14));
    CHECK_THAT(card.meanBias, WithinRel((p1 - 1.0 + p2) / 2.0, 1e-14));
    CHECK(card.actualTotal == 1.0);
    REQUIRE(card.byCalibrationFrequency.size() == 2);
    CHECK(card.byCalibrationFrequency[0].customers == 1.0);
    CHECK(card.byCalibrationFrequency[1].includesHigher);
    CHECK(card.byCalibrationFrequency[1].actualMean == 1.0);
}

TEST_CASE("P(X(t) = x) sums to one and averages to E[X(t)] in every model", "[clv][holdout]") {
    for (PurchaseModelKind kind : kPurchaseModels) {
        PurchaseModelFit fit = madeUp(kind, 0.0, 1.0);
        fit.params = {0.6, 4.0, 1.3, 2.5};
        double total = 0.0, mean = 0.0;
        for (int x = 0; x < 400; ++x) {
            const double p = purchaseCountProbability(fit, x, 30.0);
            total += p;
            mean += x * p;
        }
        INFO(displayName(kind));
        CHECK_THAT(total, WithinAbs(1.0, 1e-9));
        CHECK_THAT(mean, WithinRel(expectedPurchasesNewCustomer(fit, 30.0), 1e-7));
    }
    // By hand: BG/NBD P(X(t) = 0) = (alpha / (alpha + t))^r, everybody alive buys nothing.
    PurchaseModelFit bg = madeUp(PurchaseModelKind::BgNbd, 0.0, 1.0);
    bg.params = {2.0, 10.0, 1.0, 1.0};
    CHECK_THAT(purchaseCountProbability(bg, 0, 10.0), WithinRel(0.25, 1e-14));
    // MBG/NBD adds those gone at once: a/(a+b) + b/(a+b) (1/2)^2 = 0.5 + 0.125.
    bg.kind = PurchaseModelKind::MbgNbd;
    CHECK_THAT(purchaseCountProbability(bg, 0, 10.0), WithinRel(0.625, 1e-14));
}

TEST_CASE("Without a holdout the lowest BIC is chosen and near-equal BICs tie",
          "[clv][comparison]") {
    // BIC = 4 ln 1000 - 2 LL: LLs -5000, -4990, -4999.5 give the second the lowest.
    ModelComparison c = compareModels({madeUp(PurchaseModelKind::BgNbd, -5000.0, 1000.0),
                                       madeUp(PurchaseModelKind::MbgNbd, -4990.0, 1000.0),
                                       madeUp(PurchaseModelKind::ParetoNbd, -4999.5, 1000.0)},
                                      madeUpNbd(-6000.0));
    REQUIRE(c.chosen);
    CHECK(*c.chosen == PurchaseModelKind::MbgNbd);
    CHECK(!c.chosenByHoldout);
    CHECK(c.tiedWithChosen.empty());
    CHECK_THAT(c.models[1].bic, WithinRel(4.0 * std::log(1000.0) + 9980.0, 1e-14));
    CHECK_THAT(c.models[1].aic, WithinRel(8.0 + 9980.0, 1e-14));
    CHECK_THAT(c.explanation, Contains("MBG/NBD") && Contains("BIC"));
    // LLs -5000 and -4999.5: BICs 1 apart, a tie kept by list order.
    c = compareModels({madeUp(PurchaseModelKind::BgNbd, -5000.0, 1000.0),
                       madeUp(PurchaseModelKind::ParetoNbd, -4999.5, 1000.0)},
                      madeUpNbd(-6000.0));
    CHECK(*c.chosen == PurchaseModelKind::BgNbd);
    REQUIRE(c.tiedWithChosen.size() == 1);
    CHECK_THAT(c.explanation, Contains("BG/NBD and Pareto/NBD tie"));
}

TEST_CASE("With a holdout the lowest error is chosen; undetermined models do not compete",
          "[clv][comparison]") {
    HoldoutScorecard good, worse;
    good.meanAbsoluteError = 0.40;
    worse.meanAbsoluteError = 0.50;
    PurchaseModelFit flat = madeUp(PurchaseModelKind::ParetoNbd, -4000.0, 1000.0);
    flat.diagnostics.logCovariance.clear();  // information not invertible
    const ModelComparison c =
        compareModels({madeUp(PurchaseModelKind::BgNbd, -5000.0, 1000.0),
                       madeUp(PurchaseModelKind::MbgNbd, -5000.0, 1000.0), flat},
                      madeUpNbd(-6000.0), {worse, worse, good});
    CHECK(c.chosenByHoldout);
    CHECK(*c.chosen == PurchaseModelKind::BgNbd);  // Pareto/NBD's 0.40 does not count
    CHECK(c.tiedWithChosen == std::vector{PurchaseModelKind::MbgNbd});
    CHECK(!c.models[2].identified);
    CHECK_THAT(c.explanation, Contains("Pareto/NBD did not compete"));
    CHECK_THAT(c.explanation, Contains("smallest average error (0.5 purchases per customer)"));
}

TEST_CASE("No sign of dropout: the likelihood ratio against the NBD model says so",
          "[clv][comparison]") {
    // LL -5000 against the NBD's -5001: ratio 2, below 3.84.
    const ModelComparison c =
        compareModels({madeUp(PurchaseModelKind::BgNbd, -5000.0, 1000.0)}, madeUpNbd(-5001.0));
    CHECK(c.models[0].likelihoodRatio == 2.0);
    CHECK(!c.models[0].identified);
    REQUIRE(!c.models[0].identificationNotes.empty());
    CHECK_THAT(c.models[0].identificationNotes[0], Contains("no sign of customers dropping out"));
    CHECK_THAT(c.explanation, Contains("No model's parameters are determined"));
}

TEST_CASE("A ridge in the covariance is detected", "[clv][comparison]") {
    PurchaseModelFit fit = madeUp(PurchaseModelKind::BgNbd, -5000.0, 1000.0);
    // a and b almost perfectly correlated (0.9999): the smallest eigenvalue is 1e-4.
    fit.diagnostics.logCovariance[2 * 4 + 3] = fit.diagnostics.logCovariance[3 * 4 + 2] = 0.009999;
    const ModelComparison c = compareModels({fit}, madeUpNbd(-6000.0));
    CHECK_THAT(c.models[0].smallestCorrelationEigenvalue, WithinAbs(1e-4, 1e-12));
    CHECK(!c.models[0].identified);
    CHECK_THAT(c.models[0].identificationNotes.at(0), Contains("ridge"));
}

TEST_CASE("Eigenvalues of a symmetric matrix", "[clv][comparison]") {
    const std::vector<double> values = symmetricEigenvalues({2, 1, 0, 1, 2, 0, 0, 0, 5}, 3);
    CHECK_THAT(values[0], WithinAbs(1.0, 1e-12));
    CHECK_THAT(values[1], WithinAbs(3.0, 1e-12));
    CHECK_THAT(values[2], WithinAbs(5.0, 1e-12));
}

TEST_CASE("Delta-method range by hand", "[clv][intervals]") {
    // f = p0 p1: d f / d ln p_i = f, so var f = f^2 (c00 + c11 + 2 c01) = 36 * 0.04.
    const std::vector<double> params{2.0, 3.0};
    const std::vector<double> covariance{0.01, 0.005, 0.005, 0.02};
    const Range r = deltaMethodRange([](std::span<const double> p) { return p[0] * p[1]; }, params,
                                     covariance, 0.0, 1e9);
    CHECK(r.available);
    CHECK(r.estimate == 6.0);
    CHECK_THAT(r.high - 6.0, WithinRel(1.959964 * std::sqrt(36.0 * 0.04), 1e-6));
    CHECK_THAT(6.0 - r.low, WithinRel(1.959964 * std::sqrt(36.0 * 0.04), 1e-6));
    // Cut at the limits, and no range without a covariance.
    CHECK(deltaMethodRange([](std::span<const double> p) { return p[0] * p[1]; }, params,
                           covariance, 5.5, 6.2)
              .high == 6.2);
    CHECK(!deltaMethodRange([](std::span<const double> p) { return p[0]; }, params, {}, 0, 1)
               .available);
}

TEST_CASE("CDNOW: the three models compared without a holdout", "[clv][comparison][cdnow]") {
    const GroupedHistories histories = groupByHistory(test::readCdnowSummary());
    std::vector<PurchaseModelFit> fits;
    for (PurchaseModelKind kind : kPurchaseModels)
        fits.push_back(fitPurchaseModel(kind, histories));
    const NbdFit nbd = fitNbd(histories);
    INFO(nbd.diagnostics.message);
    REQUIRE(nbd.diagnostics.status == FitStatus::Converged);
    const ModelComparison c = compareModels(fits, nbd);
    for (const ModelAssessment& m : c.models) {
        INFO(displayName(m.fit.kind)
             << ": " << m.fit.diagnostics.message << " LR " << m.likelihoodRatio << " eig "
             << m.smallestCorrelationEigenvalue);
        for (const std::string& note : m.identificationNotes) INFO(note);
        CHECK(m.likelihoodRatio > 3.841);  // CDNOW customers clearly drop out
    }
    INFO(c.explanation);
    REQUIRE(c.chosen);
    // BIC = 4 ln 2357 - 2 LL: BG/NBD -9582.43 beats Pareto/NBD -9595.0 (FHL 2005 and BTYD)
    // by 25; MBG/NBD's LL decides against or for it.
    CHECK_THAT(c.models[0].bic, WithinAbs(4.0 * std::log(2357.0) + 2.0 * 9582.4256, 1e-2));
    CHECK(c.models[0].bic < c.models[2].bic - 20.0);
}
