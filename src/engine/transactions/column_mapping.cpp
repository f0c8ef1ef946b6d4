#include "engine/transactions/column_mapping.h"

#include <algorithm>

#include "engine/transactions/import_result.h"

namespace crm::transactions {

ColumnRef ColumnRef::fromText(std::string_view text) {
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return byName(std::string(text));
    std::size_t number = 0;
    for (char c : text) {
        number = number * 10 + static_cast<std::size_t>(c - '0');
        if (number > 1'000'000) break;  // far beyond any real column count; stays invalid
    }
    return byNumber(number);
}

std::string ColumnRef::describe() const {
    return number != 0 ? std::to_string(number) : '"' + name + '"';
}

std::string LineError::describe() const {
    std::string out = "line " + std::to_string(line);
    if (columnNumber != 0)
        out += ", column " + (column.empty() ? std::to_string(columnNumber) : '"' + column + '"');
    return out + ": " + message;
}

}  // namespace crm::transactions
