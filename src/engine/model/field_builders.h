#pragma once
// Builds FieldDescriptors from pointers to members, so each field is declared in one line.
#include "engine/model/descriptor.h"

namespace crm::fields {

// A kind without fields yet: names, table and the step that owns it.
inline EntityDescriptor kindOf(std::string_view kind, std::string_view table,
                               std::string_view jsonKey, std::string_view label, int step) {
    EntityDescriptor d;
    d.kind = kind;
    d.table = table;
    d.jsonKey = jsonKey;
    d.label = label;
    d.step = step;
    return d;
}

template <class E>
FieldDescriptor text(std::string_view key, std::string_view label, std::string E::*member,
                     bool required = false, FieldType type = FieldType::Text);

// A catalog key: it ties an item to the same catalog entry next year and is kept in files and
// JSON, but it is no text for people, so tables do not show it.
template <class E>
FieldDescriptor catalogKey(std::string_view key, std::string E::*member) {
    FieldDescriptor d = text(key, "Catalog key", member);
    d.hidden = true;
    return d;
}

template <class E>
FieldDescriptor text(std::string_view key, std::string_view label, std::string E::*member,
                     bool required, FieldType type) {
    FieldDescriptor d;
    d.key = key;
    d.label = label;
    d.type = type;
    d.required = required;
    d.get = [member](const Entity& e) { return FieldValue{static_cast<const E&>(e).*member}; };
    d.set = [member](Entity& e, const FieldValue& v) {
        auto* s = std::get_if<std::string>(&v);
        static_cast<E&>(e).*member = s ? *s : std::string{};
    };
    return d;
}

template <class E>
FieldDescriptor longText(std::string_view key, std::string_view label, std::string E::*member) {
    return text(key, label, member, false, FieldType::LongText);
}

template <class E>
FieldDescriptor reference(std::string_view key, std::string_view label, EntityId E::*member,
                          std::string_view refersTo, bool required = false) {
    FieldDescriptor d = text(key, label, member, required, FieldType::Reference);
    d.refersTo = refersTo;
    return d;
}

template <class E>
FieldDescriptor referenceList(std::string_view key, std::string_view label,
                              std::vector<EntityId> E::*member, std::string_view refersTo) {
    FieldDescriptor d;
    d.key = key;
    d.label = label;
    d.type = FieldType::ReferenceList;
    d.refersTo = refersTo;
    d.get = [member](const Entity& e) { return FieldValue{static_cast<const E&>(e).*member}; };
    d.set = [member](Entity& e, const FieldValue& v) {
        auto* list = std::get_if<std::vector<std::string>>(&v);
        static_cast<E&>(e).*member = list ? *list : std::vector<std::string>{};
    };
    return d;
}

// optional<T> members: Integer, Real, Money, Date.
template <class E, class T>
FieldDescriptor optional(std::string_view key, std::string_view label, std::optional<T> E::*member,
                         FieldType type, bool required = false) {
    FieldDescriptor d;
    d.key = key;
    d.label = label;
    d.type = type;
    d.required = required;
    d.get = [member](const Entity& e) -> FieldValue {
        const auto& v = static_cast<const E&>(e).*member;
        if (!v) return std::monostate{};
        return FieldValue{*v};
    };
    d.set = [member](Entity& e, const FieldValue& v) {
        auto* value = std::get_if<T>(&v);
        static_cast<E&>(e).*member = value ? std::optional<T>{*value} : std::nullopt;
    };
    return d;
}

template <class E>
FieldDescriptor integer(std::string_view key, std::string_view label,
                        std::optional<std::int64_t> E::*member, std::optional<std::int64_t> min,
                        std::optional<std::int64_t> max) {
    FieldDescriptor d = optional(key, label, member, FieldType::Integer);
    d.minimum = min;
    d.maximum = max;
    return d;
}

template <class E>
FieldDescriptor rating(std::string_view key, std::string_view label,
                       std::optional<std::int64_t> E::*member, std::int64_t max = 5) {
    return integer(key, label, member, 1, max);
}

template <class E>
FieldDescriptor real(std::string_view key, std::string_view label,
                     std::optional<double> E::*member) {
    return optional(key, label, member, FieldType::Real);
}

template <class E>
FieldDescriptor money(std::string_view key, std::string_view label,
                      std::optional<Money> E::*member) {
    return optional(key, label, member, FieldType::Money);
}

template <class E>
FieldDescriptor day(std::string_view key, std::string_view label, std::optional<Date> E::*member) {
    return optional(key, label, member, FieldType::Date);
}

template <class E>
FieldDescriptor flag(std::string_view key, std::string_view label, bool E::*member) {
    FieldDescriptor d;
    d.key = key;
    d.label = label;
    d.type = FieldType::Bool;
    d.get = [member](const Entity& e) { return FieldValue{static_cast<const E&>(e).*member}; };
    d.set = [member](Entity& e, const FieldValue& v) {
        auto* b = std::get_if<bool>(&v);
        static_cast<E&>(e).*member = b && *b;
    };
    return d;
}

template <class E, class Enum>
FieldDescriptor choice(std::string_view key, std::string_view label, Enum E::*member) {
    FieldDescriptor d;
    d.key = key;
    d.label = label;
    d.type = FieldType::Choice;
    d.required = true;
    for (const auto& entry : ChoiceList<Enum>::entries) {
        d.choiceKeys.push_back(entry[0]);
        d.choiceLabels.push_back(entry[1]);
    }
    d.get = [member](const Entity& e) {
        return FieldValue{std::string{choiceKey(static_cast<const E&>(e).*member)}};
    };
    d.set = [member](Entity& e, const FieldValue& v) {
        auto* s = std::get_if<std::string>(&v);
        if (!s) return;
        if (auto parsed = choiceFromKey<Enum>(*s)) static_cast<E&>(e).*member = *parsed;
    };
    return d;
}

// Where a list lives in a cycle.
template <class E>
void bindList(EntityDescriptor& d, std::vector<E> Cycle::*list) {
    d.count = [list](const Cycle& c) { return (c.*list).size(); };
    d.at = [list](const Cycle& c, std::size_t i) -> const Entity& { return (c.*list).at(i); };
    d.atMutable = [list](Cycle& c, std::size_t i) -> Entity& { return (c.*list).at(i); };
    d.insertBlank = [list](Cycle& c, std::size_t i) -> Entity& {
        auto& v = c.*list;
        return *v.insert(v.begin() + static_cast<std::ptrdiff_t>(std::min(i, v.size())), E{});
    };
    d.erase = [list](Cycle& c, std::size_t i) {
        auto& v = c.*list;
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
    };
}

template <class E>
void bindSingleton(EntityDescriptor& d, E Cycle::*member) {
    d.singleton = true;
    d.count = [](const Cycle&) { return std::size_t{1}; };
    d.at = [member](const Cycle& c, std::size_t) -> const Entity& { return c.*member; };
    d.atMutable = [member](Cycle& c, std::size_t) -> Entity& { return c.*member; };
}

}  // namespace crm::fields
