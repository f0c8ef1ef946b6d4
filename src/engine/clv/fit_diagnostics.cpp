#include "engine/clv/fit_diagnostics.h"

#include <algorithm>
#include <cmath>

namespace crm::clv {

std::string_view toString(FitStatus status) {
    switch (status) {
        case FitStatus::Converged:
            return text::englishTerm("converged");
        case FitStatus::Unidentified:
            return text::englishTerm("unidentified");
        case FitStatus::NotConverged:
            return text::englishTerm("not converged");
        case FitStatus::InsufficientData:
            return text::englishTerm("insufficient data");
        case FitStatus::InvalidInput:
            return text::englishTerm("invalid input");
    }
    return "unknown";
}

void FitDiagnostics::say(text::Phrase summary) {
    message = text::english(summary);
    messagePhrase = std::move(summary);
}

void FitDiagnostics::warn(text::Phrase warning) {
    warnings.push_back(text::english(warning));
    warningPhrases.push_back(std::move(warning));
}

text::Phrase sentencesInRow(const std::vector<text::Phrase>& sentences) {
    std::vector<text::Phrase> said;
    for (const text::Phrase& s : sentences)
        if (!s.empty()) said.push_back(s);
    if (said.size() == 1) return said.front();
    // "{0} {1} …" is the same in every language, so it is no msgid of its own.
    text::Phrase row;
    for (std::size_t i = 0; i < said.size(); ++i) {
        row.english += (i > 0 ? " {" : "{") + std::to_string(i) + "}";
        row.args.emplace_back(said[i]);
    }
    return row;
}

text::Phrase fewCustomersWarning(long long customers) {
    return text::phrasePlural(
        "Only {0} customer: the estimates are uncertain (see the standard errors).",
        "Only {0} customers: the estimates are uncertain (see the standard errors).", customers,
        text::count(customers));
}

text::Phrase untranslatedName(std::string name) {
    text::Phrase p;
    p.english = "{0}";
    p.args.push_back(text::userText(std::move(name)));
    return p;
}

text::PhraseArg significant(double value, int digits) {
    if (!std::isfinite(value) || value == 0.0) return text::number(value, 0);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const int decimals = digits - 1 - magnitude;
    if (decimals >= 0) return text::number(value, std::min(decimals, 15));
    // Large: 26327891 with three digits is 26300000.
    const double unit = std::pow(10.0, -decimals);
    return text::number(std::round(value / unit) * unit, 0);
}

}  // namespace crm::clv
