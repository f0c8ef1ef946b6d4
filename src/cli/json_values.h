#pragma once
// An optional number in the commands' JSON: the value, or null when there is none.
#include <nlohmann/json.hpp>
#include <optional>

namespace crm::cli {

template <class T>
nlohmann::ordered_json valueOrNull(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace crm::cli
