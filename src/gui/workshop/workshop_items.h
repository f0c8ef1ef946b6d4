#pragma once
// What workshop mode works on: the items of a step the room votes on (and on which dimensions),
// any item's kind and caption, and the item behind the current row of a table.
#include <QString>
#include <QVector>

#include <optional>

#include "engine/model/choices.h"
#include "engine/model/cycle.h"

class QAbstractItemView;

namespace crm {
struct EntityDescriptor;
}

namespace crm::gui {

struct RatedItem {
    EntityId id;
    QString caption;  // the full name, e.g. "Speed of delivery (Schools)"
};

// The dimensions the room votes on in a step: 10 capabilities (current, target maturity),
// 5 customer attributes (importance, performance), 3 pain points (severity, frequency).
// Empty for the other steps.
QVector<RatingDimension> voteDimensions(int step);
// The items of that step the room votes on, in list order.
QVector<RatedItem> ratedItems(const Cycle& cycle, int step);
QString dimensionLabel(RatingDimension dimension);
// The title of a step as workshop mode names it: the wizard's ten, and 11 for the annual reset.
QString workshopStepTitle(int step);

// The value a rated field holds in `cycle` (capability.current, attribute.importance, ...).
std::optional<std::int64_t> ratedValue(const Cycle& cycle, const EntityId& itemId,
                                       RatingDimension dimension);

// The list kind holding `itemId` in `cycle`, or nullptr.
const EntityDescriptor* kindOfItem(const Cycle& cycle, const EntityId& itemId);
// "Capability 'Vision'"; the id when nothing holds it.
QString describeItem(const Cycle& cycle, const EntityId& itemId);
// Whether evidence notes and "not applicable" marks may point at the item (the kinds the
// evidence descriptor's item field lists: the items of the ten steps and of the reset).
bool acceptsNotes(const Cycle& cycle, const EntityId& itemId);

// The item of the view's current row: models of item lists answer EntityTableModel::ItemIdRole.
EntityId itemAtCurrentRow(const QAbstractItemView* view);

}  // namespace crm::gui
