#pragma once
// How a field value sits in an SQLite column (money as integer thousandths, dates as ISO text,
// id lists as a JSON array).
#include "engine/model/descriptor.h"
#include "store/sqlite_db.h"

namespace crm::store {

void bindFieldValue(Statement& st, int index, const FieldDescriptor& field,
                    const FieldValue& value);
FieldValue readFieldValue(const Statement& st, int column, const FieldDescriptor& field);

}  // namespace crm::store
