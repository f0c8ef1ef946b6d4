#pragma once
// The customer-data page's figures turned into undoable edits of the open cycle: one undo step
// (a QUndoStack macro) per accepted offer, so one Ctrl+Z takes it all back.
#include <QList>
#include <QString>

#include "gui/customer_data/customer_figures.h"

namespace crm::gui {

class DocumentSession;

// Step 4: the relationship state's one-time, repeat and advanced shares (rounded to 0.1 %).
// Returns how many fields changed (0: they already held these values).
int applyRelationshipFigures(DocumentSession& session, const RelationshipLevelFigures& figures);

// Step 6: each offer either updates an existing segment (customers, revenue, margin %, value
// per customer; its name, description, growth and fit stay) or is added as a new segment.
struct SegmentAssignment {
    SegmentFigures figures;
    QString targetSegmentId;  // "" = add a new segment
};
// Returns how many segments were updated or added.
int applySegmentFigures(DocumentSession& session, const QList<SegmentAssignment>& assignments);

}  // namespace crm::gui
