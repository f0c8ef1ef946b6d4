#include "cli/text_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "engine/model/field_value.h"

namespace crm::cli {

std::string grouped(std::uint64_t n) {
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string numberText(double value, int decimals) {
    if (!std::isfinite(value)) return std::string(kNoValue);
    std::string plain =
        decimals < 0 ? fmt::format("{:.4f}", value) : fmt::format("{:.{}f}", value, decimals);
    if (decimals < 0) {  // trim trailing zeros, then a trailing point
        while (!plain.empty() && plain.back() == '0') plain.pop_back();
        if (!plain.empty() && plain.back() == '.') plain.pop_back();
    }
    const bool negative = plain.front() == '-';
    if (negative) plain.erase(0, 1);
    const std::size_t dot = plain.find('.');
    const std::string whole = plain.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : plain.substr(dot);
    std::string out = grouped(std::stoull(whole)) + fraction;
    if (negative && out.find_first_not_of("0.,") != std::string::npos) out = "-" + out;
    return out;
}

std::string numberText(const std::optional<double>& value, int decimals) {
    return value ? numberText(*value, decimals) : std::string(kNoValue);
}

std::string measureText(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) return std::string(kNoValue);
    const double magnitude = std::fabs(*value);
    const int digitsBeforePoint =
        magnitude < 1.0 ? 1 : static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    const int decimals = std::clamp(4 - digitsBeforePoint, 0, 4);
    std::string text = numberText(*value, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? std::string("0") : text;
}

std::string signedMeasureText(const std::optional<double>& value) {
    const std::string text = measureText(value);
    return value && std::isfinite(*value) && text != "0" && text.front() != '-' ? "+" + text : text;
}

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++width;  // count the first byte of each character
    return width;
}

std::string TextTable::render(std::string_view indent) const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    std::string out;
    for (const auto& row : rows_) {
        std::string line(indent);
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - displayWidth(row[i]), ' ');
            const bool right = i < alignments_.size() && alignments_[i] == 'r';
            if (i > 0) line += "  ";
            line += right ? pad + row[i] : row[i] + pad;
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", grouped(n), n == 1 ? one : many);
}

std::string pluralLabel(std::string_view label) {
    std::string text(label);
    // Lower case in running text, except an abbreviation ("KPI").
    const bool abbreviation = text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1]));
    if (!abbreviation && !text.empty())
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    if (text.size() > 1 && text.back() == 'y' &&
        std::string_view("aeiou").find(text[text.size() - 2]) == std::string_view::npos)
        return text.substr(0, text.size() - 1) + "ies";
    return text + "s";
}

std::string countedItems(std::size_t n, const EntityDescriptor& kind) {
    if (n == 1) {
        std::string one = pluralLabel(kind.label);
        one = one.size() > 3 && one.ends_with("ies") ? one.substr(0, one.size() - 3) + "y"
                                                     : one.substr(0, one.size() - 1);
        return "1 " + one;
    }
    return fmt::format("{} {}", grouped(n), pluralLabel(kind.label));
}

std::string singularAfterOne(std::string text) {
    // Only nouns the engine counts, so "1 is" or "1 process" are never touched.
    static const std::regex many(
        R"(\b1 ((?:repeat |scored |valued )?(?:customer|check|line|pt|point|response|KPI|)"
        R"(objective|finding|recommendation|meeting|action|item|step|thing|problem))s\b)");
    return std::regex_replace(text, many, "1 $1");
}

ItemNames itemNames(const Cycle& cycle) {
    ItemNames names;
    for (const auto* d : entityDescriptors()) {
        if (d->singleton) continue;
        for (std::size_t i = 0; i < d->count(cycle); ++i) {
            const Entity& e = d->at(cycle, i);
            for (std::string_view key :
                 {"name", "title", "description", "attribute", "text", "what_to_learn"})
                if (const auto* f = d->field(key)) {
                    const std::string text = displayText(f->get(e));
                    if (!text.empty()) {
                        names[e.id] = text;
                        break;
                    }
                }
        }
    }
    for (const auto& t : cycle.treatments)  // a treatment has no name: it is its segment's
        if (const auto it = names.find(t.segmentId); it != names.end()) names[t.id] = it->second;
    return names;
}

std::string namesForIds(const std::string& text, const ItemNames& names) {
    std::string out;
    std::size_t i = 0;
    const auto isIdChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    };
    while (i < text.size()) {
        if (!isIdChar(text[i])) {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isIdChar(text[end])) ++end;
        std::string word = text.substr(i, end - i);
        std::string tail;
        while (!word.empty() &&
               (word.back() == '.' || word.back() == '-')) {  // "trt-1." ends a sentence
            tail.insert(tail.begin(), word.back());
            word.pop_back();
        }
        const auto it = names.find(word);
        out += it != names.end() ? "'" + it->second + "'" : word;
        out += tail;
        i = end;
    }
    return out;
}

}  // namespace crm::cli
