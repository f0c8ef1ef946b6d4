#pragma once
// Recommendations: the findings turned into a prioritised list of next actions. Each one points at
// the finding that caused it (and through it at the item), so nothing is recommended without a
// traceable cause.
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class Impact { High, Medium, Low };
std::string_view impactKey(Impact impact);  // "high", "medium", "low"

struct Recommendation {
    int rank = 0;           // 1 = do first
    std::string findingId;  // the finding that caused it
    std::string findingCode;
    EntityId itemId;  // the finding's item
    std::string itemKind;
    int step = 0;  // where to act
    Impact impact = Impact::Low;
    double impactScore = 0;      // 0-100: 100 x recommendation.weight.<category> x finding severity
    std::string action;          // the suggested next action, in plain words
    std::string because;         // the finding's message
    text::Phrase actionPhrase;   // the action as a phrase, for other languages
    text::Phrase becausePhrase;  // the finding's message phrase

    bool operator==(const Recommendation&) const = default;
};

// Highest impact first; ties by step, then by finding id. At most recommendation.max_count.
std::vector<Recommendation> recommend(const std::vector<Finding>& findings,
                                      const MethodologyProfile& profile);

// The next action suggested for one finding, in English and as a phrase.
std::string suggestedAction(const Finding& finding);
text::Phrase suggestedActionPhrase(const Finding& finding);

}  // namespace crm::assessment
