#include "store/field_columns.h"

#include <nlohmann/json.hpp>

#include "store/store_error.h"

namespace crm::store {

void bindFieldValue(Statement& st, int index, const FieldDescriptor& field,
                    const FieldValue& value) {
    struct Binder {
        Statement& st;
        int index;
        const FieldDescriptor& field;
        void operator()(std::monostate) const {
            if (field.type == FieldType::ReferenceList)
                st.bind(index, std::string_view("[]"));
            else if (field.type == FieldType::Text || field.type == FieldType::LongText ||
                     field.type == FieldType::Reference)
                st.bind(index, std::string_view(""));
            else
                st.bindNull(index);
        }
        void operator()(const std::string& s) const { st.bind(index, s); }
        void operator()(std::int64_t v) const { st.bind(index, v); }
        void operator()(double v) const { st.bind(index, v); }
        void operator()(Money m) const { st.bind(index, m.thousandths); }
        void operator()(Date d) const { st.bind(index, formatDate(d)); }
        void operator()(bool b) const { st.bind(index, std::int64_t{b ? 1 : 0}); }
        void operator()(const std::vector<std::string>& ids) const {
            st.bind(index, nlohmann::json(ids).dump());
        }
    };
    std::visit(Binder{st, index, field}, value);
}

FieldValue readFieldValue(const Statement& st, int column, const FieldDescriptor& field) {
    const bool null = st.isNull(column);
    switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Reference:
        case FieldType::Choice:
            return st.text(column);
        case FieldType::Integer:
            return null ? FieldValue{} : FieldValue{st.integer(column)};
        case FieldType::Real:
            return null ? FieldValue{} : FieldValue{st.real(column)};
        case FieldType::Money:
            return null ? FieldValue{} : FieldValue{Money{st.integer(column)}};
        case FieldType::Bool:
            return FieldValue{st.integer(column) != 0};
        case FieldType::Date: {
            if (null) return FieldValue{};
            if (auto d = parseIsoDate(st.text(column))) return *d;
            throw StoreError(StoreErrorKind::Corrupt,
                             "column " + std::string(field.key) + " holds a malformed date");
        }
        case FieldType::ReferenceList: {
            auto parsed = nlohmann::json::parse(st.text(column), nullptr, false);
            std::vector<std::string> ids;
            if (parsed.is_array())
                for (const auto& item : parsed)
                    if (item.is_string()) ids.push_back(item.get<std::string>());
            return ids;
        }
    }
    return FieldValue{};
}

}  // namespace crm::store
