#pragma once
// Moving a field's value between the domain (FieldValue) and what widgets show and edit.
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

#include "engine/model/cycle.h"
#include "engine/model/descriptor.h"

class QSpinBox;
class QWidget;

namespace crm::gui {

// One item another field may refer to: its id and its caption.
struct ReferenceOption {
    QString id;
    QString caption;
};

// Items of the kinds named in `refersTo` ("segment_objective|kpi"), in list order.
QVector<ReferenceOption> referenceOptions(const Cycle& cycle, std::string_view refersTo);
QString referenceCaption(const Cycle& cycle, std::string_view refersTo, const QString& id);

// What a cell shows: choice labels, captions of referenced items, dates as YYYY-MM-DD.
QString displayValue(const Cycle& cycle, const FieldDescriptor& field, const FieldValue& value);
// What an editor starts from: the plain text (numbers, dates) or the key/id.
QString editValue(const FieldDescriptor& field, const FieldValue& value);
QStringList idList(const FieldValue& value);

// A rating (an Integer field with a minimum and a maximum, e.g. 1..5) is edited in a spin box
// whose lowest step, one below the minimum, means "not rated".
bool isRatingField(const FieldDescriptor& field);
QSpinBox* makeRatingSpin(const FieldDescriptor& field, QWidget* parent);
void showRating(QSpinBox& spin, const QString& text);  // as editValue gives it; "" = not rated
std::optional<int> shownRating(const QSpinBox& spin);  // nothing when "not rated" is shown

// Dates that contradict another field (a milestone due after its objective's target date, a
// KPI target or measurement before its baseline): the problem in words, empty when none. The
// tables show it at the cell; `crmw validate` reports the milestone case too.
QString dateConflict(const Cycle& cycle, const EntityDescriptor& kind, const Entity& item,
                     std::string_view fieldKey);

}  // namespace crm::gui
