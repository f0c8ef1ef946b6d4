#pragma once
// Typed cells for the action plan's sheets: an empty text or a missing value is an empty cell.
#include <functional>
#include <optional>
#include <string>

#include "report/actions/action_plan.h"

namespace crm::report {

template <typename T>
ActionCell cellOf(const std::optional<T>& value) {
    if (value) return *value;
    return std::monostate{};
}

inline ActionCell cellOf(const std::string& text) {
    if (text.empty()) return std::monostate{};
    return text;
}

// The name of the item a link points at; the id itself when it points nowhere, so a dangling
// link still shows what it meant; empty when there is no link.
template <typename List, typename Name>
std::string linkedName(const List& items, const EntityId& id, Name name) {
    if (id.empty()) return {};
    for (const auto& item : items)
        if (item.id == id) return std::invoke(name, item);
    return id;
}

}  // namespace crm::report
