#pragma once
// What a model fit reports besides its parameters: enough to tell a user whether to trust it.
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/phrase.h"

namespace crm::clv {

enum class FitStatus {
    Converged,         // interior optimum, small gradient: parameters can be used
    Unidentified,      // optimum at a parameter bound or a flat likelihood: data do not pin it down
    NotConverged,      // the optimizers stopped without reaching an optimum
    InsufficientData,  // too little or degenerate data; no parameters
    InvalidInput,      // a customer summary is impossible; no parameters
};

std::string_view toString(FitStatus status);

struct FitDiagnostics {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    FitStatus status = FitStatus::InsufficientData;
    bool converged = false;       // status == Converged
    double logLikelihood = kNaN;  // sum over customers, without the penalty
    double objective = kNaN;      // minimized: -logLikelihood / customers + penalty
    double gradientNorm = kNaN;   // |d objective / d log-parameters| (projected at bounds)
    int functionEvaluations = 0;  // over all starts and methods
    int startsRun = 0;            // local optimizations run
    int winningStart = -1;        // index of the start that gave the best optimum
    std::string method;           // NLopt algorithm that produced the optimum
    double customers = 0.0;       // customers used by the fit
    std::size_t rows = 0;         // weighted rows the likelihood was evaluated on
    std::vector<double>
        standardErrors;  // per parameter, from the observed information; NaN if flat
    // Covariance of the log-parameters (row-major, parameters in the order of standardErrors);
    // empty when the observed information is not positive definite. Time rescaling shifts a
    // log-rate by a constant, so it holds in the data's time unit too.
    std::vector<double> logCovariance;
    // Plain language: the phrases for a reader's language, their English beside them for JSON
    // output and the command line. Set them with say() and warn(), which keep both in step.
    std::vector<text::Phrase> warningPhrases;
    std::vector<std::string> warnings;
    text::Phrase messagePhrase;  // the summary for the user
    std::string message;

    void say(text::Phrase summary);
    void warn(text::Phrase warning);
};

// Whole sentences said one after another, each translated on its own ("A. B. C.").
text::Phrase sentencesInRow(const std::vector<text::Phrase>& sentences);

// The warning that a fit rests on few customers, shared by every model.
text::Phrase fewCustomersWarning(long long customers);

// A name that is never translated (a model, a parameter), as an item of a phrase's list.
text::Phrase untranslatedName(std::string name);

// A technical value (gradient norm, a runaway parameter) with `digits` significant digits, in
// the reader's number format.
text::PhraseArg significant(double value, int digits);

}  // namespace crm::clv
