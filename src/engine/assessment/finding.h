#pragma once
// A finding is one gap the assessment found: an off-track KPI, a missing objective, a capability
// gap, an unaddressed pain point... Every recommendation points at exactly one finding, and every
// finding points at the item it is about, so a recommendation can always be traced to its cause.
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/field_value.h"
#include "engine/text/phrase.h"

namespace crm::assessment {

// Which part of the assessment found it; each category has a weight in the profile
// (recommendation.weight.<key>) that scales the impact of its recommendations.
enum class FindingCategory {
    Attainment,
    Coverage,
    Capability,
    Alignment,
    Pain,
    ImportancePerformance,
    Relationship,
    Completeness
};
std::string_view categoryKey(FindingCategory category);  // "attainment", ..., "ipa", ...

struct Finding {
    std::string id;    // unique in a result: "<code>:<itemId>[:<qualifier>]"
    std::string code;  // a reason code (reason_codes.h)
    FindingCategory category = FindingCategory::Completeness;
    int step = 0;          // the step where it can be fixed
    EntityId itemId;       // the item it is about; the cycle id for cycle-wide findings
    std::string itemKind;  // descriptor kind ("kpi", "segment", ...) or "cycle"
    std::string itemName;  // the item's name as people typed it (or its id)
    std::string
        qualifier;  // part of the id when one item can have several: "tactic", "3" (a step)...
    std::string
        detail;  // words the suggested action needs: "acquisition and retention"; may be empty
    std::string message;         // one line in plain words with the numbers (English)
    text::Phrase messagePhrase;  // the message as a phrase, for other languages
    text::Phrase detailPhrase;   // the detail as a phrase
    double severity = 0;         // 0..1: how far from good; the formula is in docs/methodology.md

    bool operator==(const Finding&) const = default;
};

// Builds a finding with its id from the code, the item and the qualifier.
Finding makeFinding(std::string_view code, FindingCategory category, int step,
                    const EntityId& itemId, std::string_view itemKind, std::string itemName,
                    std::string qualifier, text::Phrase message, double severity);
// Sets the detail phrase and its English words.
void setDetail(Finding& finding, text::Phrase detail);

}  // namespace crm::assessment
