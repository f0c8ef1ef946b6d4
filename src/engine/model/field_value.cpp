#include "engine/model/field_value.h"

#include <fmt/format.h>

#include <charconv>

namespace crm {

std::string_view fieldTypeName(FieldType type) {
    switch (type) {
        case FieldType::Text:
            return "text";
        case FieldType::LongText:
            return "long text";
        case FieldType::Integer:
            return "an integer";
        case FieldType::Real:
            return "a number";
        case FieldType::Money:
            return "an amount of money";
        case FieldType::Date:
            return "a date (YYYY-MM-DD)";
        case FieldType::Bool:
            return "true or false";
        case FieldType::Choice:
            return "one of the listed choices";
        case FieldType::Reference:
            return "an id";
        case FieldType::ReferenceList:
            return "a list of ids";
    }
    return "a value";
}

bool isEmpty(const FieldValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return true;
    if (auto* text = std::get_if<std::string>(&value)) return text->empty();
    if (auto* list = std::get_if<std::vector<std::string>>(&value)) return list->empty();
    return false;
}

std::string formatDate(Date day) {
    date::year_month_day ymd{day};
    return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
        int out = 0;
        auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
        if (ec != std::errc{} || ptr != text.data() + pos + len) return std::nullopt;
        return out;
    };
    auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d || *y < 1) return std::nullopt;
    date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                             date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{ymd};
}

std::string displayText(const FieldValue& value) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const { return fmt::format("{}", v); }
        std::string operator()(Money m) const { return formatMoney(m); }
        std::string operator()(Date d) const { return formatDate(d); }
        std::string operator()(bool b) const { return b ? "yes" : "no"; }
        std::string operator()(const std::vector<std::string>& ids) const {
            return fmt::format("{}", fmt::join(ids, ", "));
        }
    };
    return std::visit(Visitor{}, value);
}

}  // namespace crm
