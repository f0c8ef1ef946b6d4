#include "engine/model/descriptor.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace crm {

const FieldDescriptor* EntityDescriptor::field(std::string_view key) const {
    for (const auto& f : fields)
        if (f.key == key) return &f;
    return nullptr;
}

std::optional<std::size_t> EntityDescriptor::indexOf(const Cycle& cycle, const EntityId& id) const {
    const std::size_t n = count(cycle);
    for (std::size_t i = 0; i < n; ++i)
        if (at(cycle, i).id == id) return i;
    return std::nullopt;
}

const EntityDescriptor* findDescriptor(std::string_view kind) {
    for (const auto* d : entityDescriptors())
        if (d->kind == kind) return d;
    return nullptr;
}

bool refersToKind(std::string_view refersTo, std::string_view kind) {
    while (!refersTo.empty()) {
        const auto bar = refersTo.find('|');
        if (refersTo.substr(0, bar) == kind) return true;
        if (bar == std::string_view::npos) break;
        refersTo.remove_prefix(bar + 1);
    }
    return false;
}

EntityRecord captureRecord(const EntityDescriptor& d, const Entity& entity) {
    EntityRecord record{entity.id, entity.originId, {}};
    for (const auto& f : d.fields) record.values.push_back(f.get(entity));
    return record;
}

void applyRecord(const EntityDescriptor& d, Entity& entity, const EntityRecord& record) {
    entity.id = record.id;
    entity.originId = record.originId;
    for (std::size_t i = 0; i < d.fields.size() && i < record.values.size(); ++i)
        d.fields[i].set(entity, record.values[i]);
}

void moveItem(const EntityDescriptor& d, Cycle& cycle, std::size_t from, std::size_t to) {
    if (d.singleton || from == to) return;
    EntityRecord record = captureRecord(d, d.at(cycle, from));
    d.erase(cycle, from);
    applyRecord(d, d.insertBlank(cycle, to), record);
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::optional<double> parseReal(std::string_view s) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    if (s.front() == '+') s.remove_prefix(1);
    double out = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec != std::errc{} || ptr != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
    return out;
}

std::optional<std::int64_t> parseInteger(std::string_view s) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (s.empty() || ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
    return out;
}

CoerceResult fail(std::string message) { return {std::monostate{}, std::move(message)}; }

// "-123.45", "12", ".5": the shape parseMoney reads. When such a text is refused, it is too large.
bool looksLikeAmount(std::string_view s) {
    s = trim(s);
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
    std::size_t digits = 0, points = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.' && ++points == 1)
            continue;
        else
            return false;
    }
    return digits > 0;
}

CoerceResult coerceInteger(const FieldDescriptor& field, const FieldValue& input) {
    std::optional<std::int64_t> value;
    if (auto* i = std::get_if<std::int64_t>(&input)) value = *i;
    if (auto* d = std::get_if<double>(&input); d && std::trunc(*d) == *d && std::abs(*d) < 9e15)
        value = static_cast<std::int64_t>(*d);
    if (auto* s = std::get_if<std::string>(&input)) value = parseInteger(*s);
    std::string range;
    if (field.minimum && field.maximum)
        range = fmt::format(" from {} to {}", *field.minimum, *field.maximum);
    else if (field.minimum)
        range = fmt::format(" of at least {}", *field.minimum);
    if (!value || (field.minimum && *value < *field.minimum) ||
        (field.maximum && *value > *field.maximum))
        return fail(fmt::format("expected a whole number{}", range));
    return {*value, {}};
}

}  // namespace

CoerceResult coerceValue(const FieldDescriptor& field, const FieldValue& input) {
    const bool textual = field.type == FieldType::Text || field.type == FieldType::LongText ||
                         field.type == FieldType::Reference;
    if (isEmpty(input) && field.type != FieldType::Choice) {
        if (textual) return {std::string{}, {}};
        if (field.type == FieldType::ReferenceList) return {std::vector<std::string>{}, {}};
        return {std::monostate{}, {}};
    }
    switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Reference:
            if (auto* s = std::get_if<std::string>(&input)) return {*s, {}};
            return fail("expected text");
        case FieldType::Integer:
            return coerceInteger(field, input);
        case FieldType::Real: {
            if (auto* d = std::get_if<double>(&input); d && std::isfinite(*d)) return {*d, {}};
            if (auto* i = std::get_if<std::int64_t>(&input)) return {static_cast<double>(*i), {}};
            if (auto* s = std::get_if<std::string>(&input))
                if (auto v = parseReal(*s)) return {*v, {}};
            return fail("expected a number");
        }
        case FieldType::Money: {
            if (auto* m = std::get_if<Money>(&input)) return {*m, {}};
            if (auto* s = std::get_if<std::string>(&input)) {
                if (auto v = parseMoney(*s)) return {*v, {}};
                if (looksLikeAmount(*s))
                    return fail(
                        "the amount is too large (at most 15 digits before the decimal point)");
            }
            return fail("expected an amount such as 1250.50");
        }
        case FieldType::Date: {
            if (auto* d = std::get_if<Date>(&input)) return {*d, {}};
            if (auto* s = std::get_if<std::string>(&input))
                if (auto v = parseIsoDate(trim(*s))) return {*v, {}};
            return fail("expected a date as YYYY-MM-DD");
        }
        case FieldType::Bool:
            if (auto* b = std::get_if<bool>(&input)) return {*b, {}};
            return fail("expected true or false");
        case FieldType::Choice: {
            if (auto* s = std::get_if<std::string>(&input))
                for (std::size_t i = 0; i < field.choiceKeys.size(); ++i)
                    if (*s == field.choiceKeys[i] || *s == field.choiceLabels[i])
                        return {std::string{field.choiceKeys[i]}, {}};
            return fail(fmt::format("expected one of: {}", fmt::join(field.choiceKeys, ", ")));
        }
        case FieldType::ReferenceList:
            if (auto* list = std::get_if<std::vector<std::string>>(&input)) return {*list, {}};
            return fail("expected a list of ids");
    }
    return fail("unsupported value");
}

}  // namespace crm
