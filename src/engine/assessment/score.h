#pragma once
// A score that carries its reasons: the number, what went into it, a stable reason code and one
// line in plain words. Every result of the assessment engine is made of these, so the GUI, the
// CLI and the report can always say *why* a number is what it is.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/field_value.h"
#include "engine/profile/methodology_profile.h"
#include "engine/text/phrase.h"

namespace crm::assessment {

// One number that went into a score and where it came from.
struct ScoreInput {
    std::string name;             // "baseline", "weight of revenue", "checkpoint m-2 (2026-03-31)"
    std::optional<double> value;  // nullopt: the value is missing in the assessment
    std::string ref;              // the item id, or "profile:<key>" for a methodology parameter

    bool operator==(const ScoreInput&) const = default;
};

struct Score {
    std::optional<double> value;  // nullopt when it cannot be computed; the reason says why
    std::string unit;             // "%", "points", "0-100", "1-125"
    std::string reasonCode;       // stable snake_case key, listed in reason_codes.h
    std::string reason;           // one line in plain words that names the numbers (English)
    text::Phrase reasonPhrase;    // the same line as a phrase, for other languages
    int step = 0;                 // the wizard step (1..10) whose data feeds the score
    EntityId itemId;              // the item scored; the cycle id for cycle-wide scores
    std::vector<ScoreInput> inputs;

    bool known() const { return value.has_value(); }
    bool operator==(const Score&) const = default;
};

// Sets the reason phrase and its English line.
void setReason(Score& score, text::Phrase reason);

// A day as a phrase value.
text::PhraseArg dateArg(Date day);

// The reference of a methodology parameter in ScoreInput::ref.
std::string profileRef(std::string_view key);
// An input read from the profile: name = key, value = profile.value(key).
ScoreInput profileInput(const MethodologyProfile& profile, std::string_view key);

// Numbers in reasons: at most two decimals, no trailing zeros ("12.5", "40", "33.33", "-2").
std::string formatNumber(double value);
// "12.5%" — formatNumber plus a percent sign.
std::string formatPercent(double value);
// The name a person gave an item, or its id when the name is empty.
std::string nameOrId(const std::string& name, const EntityId& id);

}  // namespace crm::assessment
