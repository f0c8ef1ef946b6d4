#pragma once
// A field's value, independent of the entity it belongs to. The store, the JSON file and the
// table views all move values in this one shape, so each of them is written once.
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/model/money.h"

namespace crm {

using EntityId = std::string;
using Date = date::sys_days;

// std::monostate means "not set".
using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double, Money, Date,
                                bool, std::vector<std::string>>;

enum class FieldType {
    Text,      // one line
    LongText,  // a paragraph
    Integer,   // counts and 1..5 ratings (min/max in the descriptor)
    Real,      // measured values, percentages
    Money,     // thousandths of the currency unit
    Date,      // a calendar day
    Bool,
    Choice,     // one key of a fixed list
    Reference,  // the id of another entity of the same cycle
    ReferenceList
};

std::string_view fieldTypeName(FieldType type);
bool isEmpty(const FieldValue& value);

std::string formatDate(Date day);                         // 2026-03-31
std::optional<Date> parseIsoDate(std::string_view text);  // strict YYYY-MM-DD, valid calendar day

// Human-readable text of a value (what a table cell shows).
std::string displayText(const FieldValue& value);

}  // namespace crm
