// The Pareto/NBD fit's early stop at the no-drop-out boundary: on customers who never drop out
// it must give the verdict and the model choice of the fit that runs all the way to the
// boundary, in fewer evaluations; on CDNOW (customers do drop out) it must change nothing.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "cdnow_summary.h"
#include "engine/clv/model_comparison.h"
#include "engine/clv/pareto_nbd.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// BG/NBD customers whose drop-out chance per purchase is about a / (a + b) = 1e-6: nobody drops
// out, the NBD model is the truth. Whole days, ages 100-299, as a transaction summary records.
GroupedHistories customersWhoNeverDropOut() {
    std::vector<double> ages;
    for (int i = 0; i < 3000; ++i) ages.push_back(100.0 + i % 200);
    BgNbdSimulationOptions options;
    options.recording = TimeRecording::PurchasePeriods;
    options.seed = 7;
    return groupByHistory(simulateBgNbd({0.8, 20.0, 1e-4, 100.0}, ages, options).customers);
}

PurchaseModelFit asPurchaseModel(const ParetoNbdFit& fit) {
    PurchaseModelFit out;
    out.kind = PurchaseModelKind::ParetoNbd;
    out.params = {fit.params.r, fit.params.alpha, fit.params.s, fit.params.beta};
    out.diagnostics = fit.diagnostics;
    return out;
}

}  // namespace

TEST_CASE("Pareto/NBD stops early where drop-out vanishes, with the same verdict and choice",
          "[clv][pareto][comparison]") {
    const GroupedHistories histories = customersWhoNeverDropOut();
    const NbdFit nbd = fitNbd(histories);
    REQUIRE(nbd.diagnostics.status == FitStatus::Converged);

    const ParetoNbdFit toTheBoundary = fitParetoNbd(histories);
    const ParetoNbdFit stopped =
        fitParetoNbd(histories, NoDropoutNbd{nbd.r, nbd.alpha, nbd.diagnostics.logLikelihood});
    INFO(toTheBoundary.diagnostics.message);
    INFO(stopped.diagnostics.message);
    CHECK(toTheBoundary.diagnostics.status == FitStatus::Unidentified);
    CHECK(stopped.diagnostics.status == FitStatus::Unidentified);
    CHECK_THAT(stopped.diagnostics.message, Contains("search was stopped there"));
    // It stopped on the way (here at its start next to the boundary): fewer likelihood
    // evaluations, s not as far out, and no observed information (eight more gradients) for
    // parameters that are not findings.
    CHECK(stopped.diagnostics.functionEvaluations < toTheBoundary.diagnostics.functionEvaluations);
    CHECK(stopped.params.s > toTheBoundary.params.s);
    CHECK(stopped.diagnostics.logCovariance.empty());
    REQUIRE(stopped.diagnostics.standardErrors.size() == 4);
    CHECK(std::isnan(stopped.diagnostics.standardErrors[2]));

    // Both fit no better than the NBD model by the likelihood-ratio test (5%: 3.841). The
    // stopped fit is given the NBD's maximum, the likelihood at the boundary it was heading
    // to, which the full run approaches from below.
    const double nbdLogLikelihood = nbd.diagnostics.logLikelihood;
    CHECK(stopped.diagnostics.logLikelihood == nbdLogLikelihood);
    CHECK(2.0 * (toTheBoundary.diagnostics.logLikelihood - nbdLogLikelihood) < 3.841);
    CHECK(toTheBoundary.diagnostics.logLikelihood > nbdLogLikelihood - 1.0);

    // The comparison gives the same verdict on Pareto/NBD and chooses the same model.
    const PurchaseModelFit bgNbd = fitPurchaseModel(PurchaseModelKind::BgNbd, histories);
    const PurchaseModelFit mbgNbd = fitPurchaseModel(PurchaseModelKind::MbgNbd, histories);
    const ModelComparison withStop = compareModels({bgNbd, mbgNbd, asPurchaseModel(stopped)}, nbd);
    const ModelComparison without =
        compareModels({bgNbd, mbgNbd, asPurchaseModel(toTheBoundary)}, nbd);
    CHECK(!withStop.models[2].identified);
    CHECK(!without.models[2].identified);
    CHECK(withStop.chosen == without.chosen);
    CHECK(withStop.explanation == without.explanation);
}

TEST_CASE("CDNOW's Pareto/NBD fit is the same with the no-drop-out start and early stop",
          "[clv][pareto][cdnow]") {
    // CDNOW's customers drop out (likelihood ratio far above 3.84): the extra start next to
    // the boundary must lead to the same optimum, and the early stop must not fire.
    const GroupedHistories histories = groupByHistory(test::readCdnowSummary());
    const NbdFit nbd = fitNbd(histories);
    const ParetoNbdFit plain = fitParetoNbd(histories);
    const ParetoNbdFit withStop =
        fitParetoNbd(histories, NoDropoutNbd{nbd.r, nbd.alpha, nbd.diagnostics.logLikelihood});
    INFO(withStop.diagnostics.message);
    CHECK(plain.diagnostics.status == FitStatus::Converged);
    CHECK(withStop.diagnostics.status == plain.diagnostics.status);
    CHECK_THAT(withStop.diagnostics.logLikelihood,
               WithinAbs(plain.diagnostics.logLikelihood, 1e-6));
    CHECK_THAT(withStop.params.r, WithinRel(plain.params.r, 1e-5));
    CHECK_THAT(withStop.params.alpha, WithinRel(plain.params.alpha, 1e-5));
    CHECK_THAT(withStop.params.s, WithinRel(plain.params.s, 1e-5));
    // beta is weakly identified on CDNOW (BTYD): the flat ridge lets it differ a little more.
    CHECK_THAT(withStop.params.beta, WithinRel(plain.params.beta, 1e-4));
    REQUIRE(withStop.diagnostics.standardErrors.size() == 4);
    CHECK(std::isfinite(withStop.diagnostics.standardErrors[2]));
}
