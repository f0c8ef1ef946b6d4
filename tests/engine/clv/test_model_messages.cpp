// The lifetime-value engine says its sentences as phrases (msgid and values), so the window and
// the report can say them in the reader's language; the English fields keep the same words.
#include <catch2/catch.hpp>

#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/gamma_gamma.h"
#include "engine/clv/model_comparison.h"
#include "engine/text/phrase.h"

using namespace crm;
using namespace crm::clv;

namespace {

PurchaseModelFit convergedFit(PurchaseModelKind kind, double logLikelihood) {
    PurchaseModelFit fit;
    fit.kind = kind;
    fit.params = {0.5, 5.0, 0.8, 2.0};
    fit.diagnostics.status = FitStatus::Converged;
    fit.diagnostics.converged = true;
    fit.diagnostics.logLikelihood = logLikelihood;
    fit.diagnostics.customers = 1000.0;
    fit.diagnostics.logCovariance.assign(16, 0.0);
    for (std::size_t i = 0; i < 4; ++i) fit.diagnostics.logCovariance[i * 4 + i] = 0.01;
    return fit;
}

NbdFit noDropoutFit(double logLikelihood) {
    NbdFit nbd;
    nbd.diagnostics.logLikelihood = logLikelihood;
    return nbd;
}

text::Phrase name(const char* model) {
    text::Phrase p;
    p.english = "{0}";
    p.args.push_back(text::userText(model));
    return p;
}

}  // namespace

TEST_CASE("A tie between two models is its own sentence after the choice", "[clv][messages]") {
    // LLs -5000 and -4999.5 on 1000 customers, 4 parameters each: BICs 1 apart, within 2.
    const ModelComparison c = compareModels({convergedFit(PurchaseModelKind::BgNbd, -5000.0),
                                             convergedFit(PurchaseModelKind::ParetoNbd, -4999.5)},
                                            noDropoutFit(-6000.0));
    const text::Phrase choice = text::phrase(
        "The lifetime value uses the {0} model: without a holdout period the models are "
        "compared by BIC, which rewards fit and penalizes parameters, and {0} has the lowest.",
        text::userText("BG/NBD"));
    const text::Phrase tie = text::phrase(
        "{0} tie (BICs within {1} of each other), so the data do not prefer one of them; {2} is "
        "used because it comes first in the list.",
        text::list({name("BG/NBD"), name("Pareto/NBD")}, text::PhraseArg::Joiner::And),
        text::number(2.0), text::userText("BG/NBD"));
    REQUIRE(c.explanationPhrase.args.size() == 2);
    CHECK(c.explanationPhrase.english == "{0} {1}");  // two sentences in a row, no msgid
    CHECK(c.explanationPhrase.args[0].items.at(0) == choice);
    CHECK(c.explanationPhrase.args[1].items.at(0) == tie);
    CHECK(c.explanation ==
          "The lifetime value uses the BG/NBD model: without a holdout period the models are "
          "compared by BIC, which rewards fit and penalizes parameters, and BG/NBD has the "
          "lowest. BG/NBD and Pareto/NBD tie (BICs within 2 of each other), so the data do not "
          "prefer one of them; BG/NBD is used because it comes first in the list.");
    CHECK(text::render(c.explanationPhrase, "de") ==
          "Der Kundenwert beruht auf dem Modell BG/NBD: Ohne Prüfzeitraum werden die Modelle "
          "nach dem BIC verglichen, das eine gute Anpassung belohnt und zusätzliche Parameter "
          "bestraft; BG/NBD hat den niedrigsten Wert. BG/NBD und Pareto/NBD liegen gleichauf "
          "(BIC-Werte höchstens 2 auseinander), die Daten bevorzugen also keines davon; "
          "verwendet wird BG/NBD, weil es in der Liste zuerst steht.");
}

TEST_CASE("A model without a sign of dropout gets a note with the likelihood ratio",
          "[clv][messages]") {
    // LL -5000 against the no-dropout model's -5001: ratio 2 (2 x 1), below 3.84.
    const ModelComparison c =
        compareModels({convergedFit(PurchaseModelKind::BgNbd, -5000.0)}, noDropoutFit(-5001.0));
    REQUIRE(c.models.at(0).identificationNotePhrases.size() == 1);
    CHECK(c.models[0].identificationNotePhrases[0] ==
          text::phrase("The {0} model fits no better than one in which nobody drops out "
                       "(likelihood ratio {1}, below {2}): the data show no sign of customers "
                       "dropping out, so the dropout parameters are not determined.",
                       text::userText("BG/NBD"), text::number(2.0, 2), text::number(3.84, 2)));
    CHECK(c.models[0].identificationNotes.at(0) ==
          "The BG/NBD model fits no better than one in which nobody drops out (likelihood ratio "
          "2, below 3.84): the data show no sign of customers dropping out, so the dropout "
          "parameters are not determined.");
    CHECK(text::render(c.models[0].identificationNotePhrases[0], "de") ==
          "Das Modell BG/NBD passt nicht besser als eines, in dem kein Kunde abwandert "
          "(Likelihood-Quotient 2, unter 3,84): Die Daten zeigen keine Abwanderung, daher sind "
          "die Parameter der Abwanderung nicht bestimmt.");
}

TEST_CASE("One customer is counted in the singular", "[clv][messages]") {
    const std::vector<CustomerSummary> one{{2, 5.0, 10.0, 40.0}};
    SECTION("the purchase model") {
        const FitDiagnostics d = fitBgNbd(one).diagnostics;
        CHECK(d.status == FitStatus::InsufficientData);
        CHECK(d.messagePhrase ==
              text::phrasePlural("Only {0} customer: the BG/NBD model needs at least {1} to "
                                 "estimate its four parameters.",
                                 "Only {0} customers: the BG/NBD model needs at least {1} to "
                                 "estimate its four parameters.",
                                 1, text::count(1), text::count(10)));
        CHECK(d.message ==
              "Only 1 customer: the BG/NBD model needs at least 10 to estimate its four "
              "parameters.");
    }
    SECTION("the spend model: too few repeat customers") {
        const FitDiagnostics d = fitGammaGamma(one).diagnostics;
        CHECK(d.status == FitStatus::InsufficientData);
        CHECK(d.messagePhrase.pluralCount == 1);
        CHECK(d.message ==
              "Only 1 repeat customer with a positive average value: the Gamma-Gamma model needs "
              "at least 10.");
        CHECK(text::render(d.messagePhrase, "de") ==
              "Nur 1 Wiederkäufer mit positivem durchschnittlichem Umsatz: Das Modell "
              "Gamma-Gamma braucht mindestens 10.");
    }
    SECTION("two customers take the plural") {
        const std::vector<CustomerSummary> two(2, CustomerSummary{2, 5.0, 10.0, 40.0});
        CHECK(fitBgNbd(two).diagnostics.message ==
              "Only 2 customers: the BG/NBD model needs at least 10 to estimate its four "
              "parameters.");
    }
}
