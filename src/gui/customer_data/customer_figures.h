#pragma once
// The figures the customer-data page offers to the strategy steps ("Use these figures"). The
// page only proposes them; the main window turns an accepted offer into undoable edits of
// step 4 (RelationshipState's three shares) and step 6 (Segment customers, revenue,
// margin %, value per customer).
#include <QList>
#include <QMetaType>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "engine/customers/relationship_levels.h"
#include "engine/customers/segment_rollup.h"
#include "engine/model/money.h"

namespace crm::gui {

// Shares in percent of the purchasing customers (one-time + repeat = 100; advanced
// customers are repeat customers too, as the engine counts them: docs/methodology.md).
struct RelationshipLevelFigures {
    double oneTimeSharePct = 0.0;
    double repeatSharePct = 0.0;
    double advancedSharePct = 0.0;
    std::size_t oneTime = 0, repeat = 0, advanced = 0;
    std::size_t purchasingCustomers = 0;  // oneTime + repeat: the denominator
};

// One segment (or, without a segment column, one RFM group) as step 6 records it.
struct SegmentFigures {
    std::string name;
    std::int64_t customers = 0;
    Money revenue;  // net value of the segment's customers (returns deducted)
    std::optional<double>
        marginPct;  // margin / net value x 100; when the data has cost and revenue > 0
    std::optional<Money>
        customerValue;  // mean predicted lifetime value (CLV horizon); none without a model
    std::optional<double> churnRiskSharePct;  // customers with P(alive) below the profile threshold
};

RelationshipLevelFigures relationshipLevelFigures(const customers::RelationshipLevels& levels);
QList<SegmentFigures> segmentFigures(const customers::SegmentRollups& rollups, bool hasCost);

}  // namespace crm::gui

Q_DECLARE_METATYPE(crm::gui::RelationshipLevelFigures)
Q_DECLARE_METATYPE(crm::gui::SegmentFigures)
