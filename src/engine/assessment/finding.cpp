#include "engine/assessment/finding.h"

#include <algorithm>

namespace crm::assessment {

std::string_view categoryKey(FindingCategory category) {
    switch (category) {
        case FindingCategory::Attainment:
            return "attainment";
        case FindingCategory::Coverage:
            return "coverage";
        case FindingCategory::Capability:
            return "capability";
        case FindingCategory::Alignment:
            return "alignment";
        case FindingCategory::Pain:
            return "pain";
        case FindingCategory::ImportancePerformance:
            return "ipa";
        case FindingCategory::Relationship:
            return "relationship";
        case FindingCategory::Completeness:
            return "completeness";
    }
    return "completeness";
}

Finding makeFinding(std::string_view code, FindingCategory category, int step,
                    const EntityId& itemId, std::string_view itemKind, std::string itemName,
                    std::string qualifier, text::Phrase message, double severity) {
    Finding f;
    f.code = std::string(code);
    f.id = f.code + ":" + itemId;
    if (!qualifier.empty()) f.id += ":" + qualifier;
    f.category = category;
    f.step = step;
    f.itemId = itemId;
    f.itemKind = std::string(itemKind);
    f.itemName = std::move(itemName);
    f.qualifier = std::move(qualifier);
    f.message = text::english(message);
    f.messagePhrase = std::move(message);
    f.severity = std::clamp(severity, 0.0, 1.0);
    return f;
}

void setDetail(Finding& finding, text::Phrase detail) {
    finding.detail = text::english(detail);
    finding.detailPhrase = std::move(detail);
}

}  // namespace crm::assessment
