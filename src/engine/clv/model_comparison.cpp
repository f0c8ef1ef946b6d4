#include "engine/clv/model_comparison.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace crm::clv {
namespace {

constexpr double kChiSquare1At5Percent = 3.841;
constexpr double kRidgeEigenvalue = 1e-3;     // |correlation| about 0.9995 between two parameters
constexpr double kLogSpreadLimit = 3.0;       // one standard error spans a factor e^3 = 20
constexpr double kHoldoutTieRelative = 0.01;  // MAEs within 1%
constexpr double kBicTie = 2.0;

text::PhraseArg modelNames(const std::vector<PurchaseModelKind>& kinds) {
    std::vector<text::Phrase> names;
    for (PurchaseModelKind kind : kinds)
        names.push_back(untranslatedName(std::string(displayName(kind))));
    return text::list(std::move(names), text::PhraseArg::Joiner::And);
}

void note(ModelAssessment& m, text::Phrase why) {
    m.identificationNotes.push_back(text::english(why));
    m.identificationNotePhrases.push_back(std::move(why));
}

void assessIdentification(ModelAssessment& m, double noDropoutLogLikelihood) {
    const FitDiagnostics& d = m.fit.diagnostics;
    const std::vector<std::string> names = parameterNames(m.fit.kind);
    const text::PhraseArg model = text::userText(std::string(displayName(m.fit.kind)));
    if (d.status == FitStatus::Unidentified || d.status == FitStatus::NotConverged)
        note(m, d.messagePhrase);
    const std::size_t k = m.fit.params.size();
    if (d.logCovariance.size() == k * k && k > 0) {
        std::vector<double> correlation(k * k);
        for (std::size_t i = 0; i < k; ++i)
            for (std::size_t j = 0; j < k; ++j)
                correlation[i * k + j] =
                    d.logCovariance[i * k + j] /
                    std::sqrt(d.logCovariance[i * k + i] * d.logCovariance[j * k + j]);
        m.smallestCorrelationEigenvalue = symmetricEigenvalues(correlation, k).front();
        std::vector<text::Phrase> loose;
        for (std::size_t i = 0; i < k; ++i)
            if (std::sqrt(d.logCovariance[i * k + i]) > kLogSpreadLimit)
                loose.push_back(untranslatedName(names[i]));
        if (loose.empty() && m.smallestCorrelationEigenvalue < kRidgeEigenvalue)
            note(m, text::phrase("The {0} likelihood is nearly flat along a ridge: some "
                                 "parameters can move a long way with almost the same fit, so "
                                 "their values are not findings.",
                                 model));
        else if (!loose.empty())
            note(m, text::phrase("The {0} likelihood is nearly flat along a ridge: {1} can move a "
                                 "long way with almost the same fit, so their values are not "
                                 "findings.",
                                 model, text::list(loose, text::PhraseArg::Joiner::And)));
    } else if (m.fit.usable() && d.status == FitStatus::Converged) {
        note(m, text::phrase("The {0} likelihood is flat in some direction (its curvature cannot "
                             "be inverted), so the parameter values are not findings.",
                             model));
    }
    if (std::isfinite(noDropoutLogLikelihood) && std::isfinite(d.logLikelihood)) {
        m.likelihoodRatio = 2.0 * (d.logLikelihood - noDropoutLogLikelihood);
        if (m.likelihoodRatio < kChiSquare1At5Percent)
            note(m, text::phrase("The {0} model fits no better than one in which nobody drops out "
                                 "(likelihood ratio {1}, below {2}): the data show no sign of "
                                 "customers dropping out, so the dropout parameters are not "
                                 "determined.",
                                 model, text::number(m.likelihoodRatio, 2), text::number(3.84, 2)));
    }
    m.identified = m.fit.usable() && m.identificationNotes.empty();
}

}  // namespace

std::vector<double> symmetricEigenvalues(std::vector<double> a, std::size_t n) {
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) off += a[i * n + j] * a[i * n + j];
        if (off < 1e-30) break;
        for (std::size_t p = 0; p < n; ++p) {
            for (std::size_t q = p + 1; q < n; ++q) {
                const double apq = a[p * n + q];
                if (std::abs(apq) < 1e-300) continue;
                const double theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                const double t = (theta >= 0.0 ? 1.0 : -1.0) /
                                 (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (std::size_t k = 0; k < n; ++k) {  // columns p, q
                    const double akp = a[k * n + p], akq = a[k * n + q];
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for (std::size_t k = 0; k < n; ++k) {  // rows p, q
                    const double apk = a[p * n + k], aqk = a[q * n + k];
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
            }
        }
    }
    std::vector<double> values(n);
    for (std::size_t i = 0; i < n; ++i) values[i] = a[i * n + i];
    std::sort(values.begin(), values.end());
    return values;
}

HoldoutScorecard scoreHoldout(const PurchaseModelFit& fit,
                              std::span<const HoldoutCustomer> customers, int lastBin) {
    HoldoutScorecard card;
    lastBin = std::max(lastBin, 0);
    card.byCalibrationFrequency.resize(static_cast<std::size_t>(lastBin) + 1);
    for (int x = 0; x <= lastBin; ++x)
        card.byCalibrationFrequency[static_cast<std::size_t>(x)].calibrationFrequency = x;
    card.byCalibrationFrequency.back().includesHigher = true;
    double absolute = 0.0, squared = 0.0, bias = 0.0;
    for (const HoldoutCustomer& h : customers) {
        const CustomerSummary& c = h.calibration;
        const double predicted =
            expectedPurchases(fit, h.holdoutDuration, c.frequency, c.recency, c.age);
        const double error = predicted - h.holdoutPurchases;
        card.customers += 1.0;
        card.actualTotal += h.holdoutPurchases;
        card.predictedTotal += predicted;
        absolute += std::abs(error);
        squared += error * error;
        bias += error;
        HoldoutBin& bin =
            card.byCalibrationFrequency[static_cast<std::size_t>(std::min(c.frequency, lastBin))];
        bin.customers += 1.0;
        bin.actualMean += h.holdoutPurchases;
        bin.predictedMean += predicted;
    }
    if (card.customers > 0.0) {
        card.meanAbsoluteError = absolute / card.customers;
        card.rootMeanSquaredError = std::sqrt(squared / card.customers);
        card.meanBias = bias / card.customers;
    }
    for (HoldoutBin& bin : card.byCalibrationFrequency) {
        if (bin.customers > 0.0) {
            bin.actualMean /= bin.customers;
            bin.predictedMean /= bin.customers;
        }
    }
    return card;
}

std::vector<RepeatCountRow> repeatCountCheck(const PurchaseModelFit& fit,
                                             std::span<const CustomerSummary> customers,
                                             int lastBin) {
    lastBin = std::max(lastBin, 0);
    std::vector<RepeatCountRow> rows(static_cast<std::size_t>(lastBin) + 1);
    for (int x = 0; x <= lastBin; ++x) rows[static_cast<std::size_t>(x)].repeatPurchases = x;
    rows.back().includesHigher = true;
    std::map<double, double> customersOfAge;  // real summaries have few distinct ages
    for (const CustomerSummary& c : customers) {
        customersOfAge[c.age] += 1.0;
        rows[static_cast<std::size_t>(std::min(c.frequency, lastBin))].actualCustomers += 1.0;
    }
    if (!fit.usable()) return rows;
    for (const auto& [age, count] : customersOfAge) {
        double below = 0.0;
        for (int x = 0; x < lastBin; ++x) {
            const double p = purchaseCountProbability(fit, x, age);
            rows[static_cast<std::size_t>(x)].expectedCustomers += count * p;
            below += p;
        }
        rows.back().expectedCustomers += count * std::max(0.0, 1.0 - below);
    }
    return rows;
}

ModelComparison compareModels(std::vector<PurchaseModelFit> fits, const NbdFit& noDropout,
                              std::vector<HoldoutScorecard> holdouts) {
    ModelComparison out;
    out.noDropout = noDropout;
    const bool withHoldout = !holdouts.empty();
    for (std::size_t i = 0; i < fits.size(); ++i) {
        ModelAssessment m;
        m.fit = std::move(fits[i]);
        const double k = static_cast<double>(m.fit.params.size());
        const double ll = m.fit.diagnostics.logLikelihood;
        const double n = m.fit.diagnostics.customers;
        m.aic = 2.0 * k - 2.0 * ll;
        m.bic = k * std::log(n) - 2.0 * ll;
        if (withHoldout && m.fit.usable()) m.holdout = holdouts.at(i);
        assessIdentification(m, noDropout.diagnostics.logLikelihood);
        out.models.push_back(std::move(m));
    }

    // With a holdout, a model whose calibration fit failed has no error to compare.
    auto scored = [&](const ModelAssessment& m) {
        return !withHoldout || (m.holdout && std::isfinite(m.holdout->meanAbsoluteError));
    };
    std::vector<const ModelAssessment*> candidates;
    for (const ModelAssessment& m : out.models)
        if (m.identified && scored(m)) candidates.push_back(&m);
    const bool onlyUnidentified = candidates.empty();
    if (onlyUnidentified)
        for (const ModelAssessment& m : out.models)
            if (m.fit.usable() && scored(m)) candidates.push_back(&m);
    if (candidates.empty()) {
        out.explanationPhrase = text::phrase(
            "No repeat-purchase model could be fitted to these customers, so there is no "
            "lifetime value.");
        out.explanation = text::english(out.explanationPhrase);
        return out;
    }
    out.chosenByHoldout = withHoldout;
    auto score = [&](const ModelAssessment* m) {
        return withHoldout ? m->holdout->meanAbsoluteError : m->bic;
    };
    const ModelAssessment* best = *std::min_element(
        candidates.begin(), candidates.end(),
        [&](const ModelAssessment* l, const ModelAssessment* r) { return score(l) < score(r); });
    std::vector<PurchaseModelKind> tied;
    for (const ModelAssessment* m : candidates) {
        const double gap = score(m) - score(best);
        if (withHoldout ? gap <= kHoldoutTieRelative * score(best) : gap <= kBicTie)
            tied.push_back(m->fit.kind);
    }
    out.chosen = tied.front();  // candidates are in list order
    for (PurchaseModelKind kind : tied)
        if (kind != *out.chosen) out.tiedWithChosen.push_back(kind);
    const text::PhraseArg chosen = text::userText(std::string(displayName(*out.chosen)));
    const auto& chosenModel = *std::find_if(out.models.begin(), out.models.end(),
                                            [&](auto& m) { return m.fit.kind == *out.chosen; });

    std::vector<text::Phrase> said;
    if (withHoldout)
        said.push_back(text::phrase(
            "The lifetime value uses the {0} model: fitted on the calibration period, it "
            "predicted each customer's holdout purchases with the smallest average error ({1} "
            "purchases per customer).",
            chosen, text::number(chosenModel.holdout->meanAbsoluteError, 3)));
    else
        said.push_back(text::phrase(
            "The lifetime value uses the {0} model: without a holdout period the models are "
            "compared by BIC, which rewards fit and penalizes parameters, and {0} has the lowest.",
            chosen));
    if (!out.tiedWithChosen.empty()) {
        std::vector<PurchaseModelKind> all{*out.chosen};
        all.insert(all.end(), out.tiedWithChosen.begin(), out.tiedWithChosen.end());
        said.push_back(withHoldout
                           ? text::phrase("{0} tie (holdout errors within {1} of each other), so "
                                          "the data do not prefer one of them; {2} is used "
                                          "because it comes first in the list.",
                                          modelNames(all), text::percent(100 * kHoldoutTieRelative),
                                          chosen)
                           : text::phrase("{0} tie (BICs within {1} of each other), so the data "
                                          "do not prefer one of them; {2} is used because it "
                                          "comes first in the list.",
                                          modelNames(all), text::number(kBicTie), chosen));
    }
    std::vector<PurchaseModelKind> excluded;
    for (const ModelAssessment& m : out.models)
        if (m.fit.usable() && !m.identified && !onlyUnidentified) excluded.push_back(m.fit.kind);
    if (!excluded.empty())
        said.push_back(text::phrasePlural(
            "{0} did not compete because the data do not determine its parameters.",
            "{0} did not compete because the data do not determine their parameters.",
            static_cast<long long>(excluded.size()), modelNames(excluded)));
    if (onlyUnidentified)
        said.push_back(
            text::phrase("No model's parameters are determined by these data: the figures rest on "
                         "predictions, not on the parameter values, and should be read as rough."));
    out.explanationPhrase = sentencesInRow(said);
    out.explanation = text::english(out.explanationPhrase);
    return out;
}

}  // namespace crm::clv
