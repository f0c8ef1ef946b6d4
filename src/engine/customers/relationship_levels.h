#pragma once
// Relationship levels for step 4 of the wizard.
//   one-time : exactly one purchase day in the window
//   repeat   : two or more purchase days (this count includes the advanced customers)
//   advanced : repeat customers whose RFM group is champions or loyal, or who bought
//              (a line with quantitySign > 0) in two or more segments when the table has a
//              segment column
// Customers without a purchase in the window (only returns) are counted apart and left out
// of the shares, whose denominator is oneTime + repeat.
#include <cstddef>
#include <vector>

#include "engine/customers/customer_summary.h"
#include "engine/customers/rfm.h"

namespace crm::customers {

enum class RelationshipLevel : std::uint8_t { NoPurchase, OneTime, Repeat, Advanced };

// The highest level a customer reaches (Advanced implies repeat).
RelationshipLevel relationshipLevelOf(const CustomerSummary& customer, RfmGroup group,
                                      bool hasSegment);

struct RelationshipLevels {
    std::vector<RelationshipLevel> levels;  // aligned with CustomerSummaries::customers
    std::size_t noPurchase = 0;
    std::size_t oneTime = 0;
    std::size_t repeat = 0;  // includes advanced
    std::size_t advanced = 0;
    // Of the purchasing customers (oneTime + repeat); 0 when there are none.
    double oneTimeShare = 0.0;
    double repeatShare = 0.0;
    double advancedShare = 0.0;
};

// rfm must come from scoreRfm(summaries).
RelationshipLevels classifyRelationshipLevels(const CustomerSummaries& summaries,
                                              const RfmResult& rfm);

}  // namespace crm::customers
