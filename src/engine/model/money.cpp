#include "engine/model/money.h"

#include <limits>

namespace crm {

std::optional<Money> parseMoney(std::string_view text, char decimalSeparator) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 10 - 10;
    std::int64_t whole = 0;
    std::size_t i = 0;
    std::size_t wholeDigits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++wholeDigits) {
        whole = whole * 10 + (text[i] - '0');
        if (whole > kMax / 1000) return std::nullopt;  // would overflow thousandths
    }
    std::int64_t fraction = 0;
    std::size_t fractionDigits = 0;
    bool roundUp = false;
    if (i < text.size() && text[i] == decimalSeparator) {
        ++i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++fractionDigits) {
            if (fractionDigits < 3) {
                fraction = fraction * 10 + (text[i] - '0');
            } else if (fractionDigits == 3) {
                roundUp = text[i] >= '5';  // half away from zero on the fourth decimal
            }
        }
    }
    if (i != text.size() || (wholeDigits == 0 && fractionDigits == 0)) return std::nullopt;
    for (std::size_t d = fractionDigits; d < 3; ++d) fraction *= 10;
    std::int64_t value = whole * 1000 + fraction + (roundUp ? 1 : 0);
    return Money{negative ? -value : value};
}

std::string formatMoney(Money money) {
    std::int64_t v = money.thousandths;
    bool negative = v < 0;
    // Work in unsigned to keep INT64_MIN well defined.
    std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(v + 1)) + 1u : static_cast<std::uint64_t>(v);
    std::string out = std::to_string(magnitude / 1000);
    std::uint64_t frac = magnitude % 1000;
    if (frac != 0) {
        std::string digits = std::to_string(frac + 1000).substr(1);
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        out += '.' + digits;
    }
    return negative ? "-" + out : out;
}

}  // namespace crm
