#pragma once
// Moving a field's value between the domain (FieldValue) and what widgets show and edit.
#include <QString>
#include <QStringList>
#include <QVector>

#include "engine/model/cycle.h"
#include "engine/model/descriptor.h"

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

}  // namespace crm::gui
