#include "engine/customers/relationship_levels.h"

#include <stdexcept>

namespace crm::customers {

RelationshipLevel relationshipLevelOf(const CustomerSummary& customer, RfmGroup group,
                                      bool hasSegment) {
    if (customer.purchaseDays == 0) return RelationshipLevel::NoPurchase;
    if (customer.purchaseDays == 1) return RelationshipLevel::OneTime;
    const bool topGroup = group == RfmGroup::Champions || group == RfmGroup::Loyal;
    const bool severalSegments = hasSegment && customer.purchaseSegments >= 2;
    return topGroup || severalSegments ? RelationshipLevel::Advanced : RelationshipLevel::Repeat;
}

RelationshipLevels classifyRelationshipLevels(const CustomerSummaries& summaries,
                                              const RfmResult& rfm) {
    if (rfm.scores.size() != summaries.customers.size()) {
        throw std::invalid_argument("RFM scores are not aligned with the customers");
    }
    RelationshipLevels out;
    out.levels.reserve(summaries.customers.size());
    for (std::size_t i = 0; i < summaries.customers.size(); ++i) {
        const RelationshipLevel level =
            relationshipLevelOf(summaries.customers[i], rfm.scores[i].group, summaries.hasSegment);
        out.levels.push_back(level);
        switch (level) {
            case RelationshipLevel::NoPurchase:
                ++out.noPurchase;
                break;
            case RelationshipLevel::OneTime:
                ++out.oneTime;
                break;
            case RelationshipLevel::Advanced:
                ++out.advanced;
                ++out.repeat;
                break;
            case RelationshipLevel::Repeat:
                ++out.repeat;
                break;
        }
    }
    const std::size_t purchasing = out.oneTime + out.repeat;
    if (purchasing > 0) {
        const double d = static_cast<double>(purchasing);
        out.oneTimeShare = static_cast<double>(out.oneTime) / d;
        out.repeatShare = static_cast<double>(out.repeat) / d;
        out.advancedShare = static_cast<double>(out.advanced) / d;
    }
    return out;
}

}  // namespace crm::customers
