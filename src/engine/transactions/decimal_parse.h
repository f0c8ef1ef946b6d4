#pragma once
// Exact decimal text -> scaled integer, never through double.
//
// Accepted (strict on purpose, ambiguity is an error not a guess):
//   optional spaces/tabs around, optional '+' or '-', digits, optionally the decimal
//   separator ('.' or ',') and digits; at least one digit in total ("5.", ".5" are fine).
// Rejected: thousands separators, currency symbols, exponents, parentheses, "".
// More fractional digits than the scale keeps are rounded half away from zero
// (the first dropped digit decides, which is exact for that rule).
#include <cstdint>
#include <optional>
#include <string_view>

namespace crm::transactions {

namespace detail {
constexpr std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}
}  // namespace detail

// Scale = number of decimals kept: 3 for money (thousandths), 6 for quantities and prices.
template <int Scale>
inline std::optional<std::int64_t> parseFixed(std::string_view text, char decimalSeparator) {
    std::size_t i = 0;
    std::size_t n = text.size();
    while (i < n && (text[i] == ' ' || text[i] == '\t')) ++i;
    while (n > i && (text[n - 1] == ' ' || text[n - 1] == '\t')) --n;
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    std::int64_t whole = 0;
    std::size_t digits = 0;
    for (; i < n && static_cast<unsigned char>(text[i] - '0') <= 9; ++i, ++digits) {
        if (__builtin_mul_overflow(whole, 10, &whole) ||
            __builtin_add_overflow(whole, text[i] - '0', &whole))
            return std::nullopt;
    }
    std::int64_t fraction = 0;
    int kept = 0;
    bool roundUp = false;
    if (i < n && text[i] == decimalSeparator) {
        for (++i; i < n && static_cast<unsigned char>(text[i] - '0') <= 9; ++i, ++digits) {
            if (kept < Scale) {
                fraction = fraction * 10 + (text[i] - '0');
                ++kept;
            } else if (kept == Scale) {
                roundUp = text[i] >= '5';
                ++kept;  // later digits cannot change a half-away-from-zero decision
            }
        }
    }
    if (i != n || digits == 0) return std::nullopt;
    for (; kept < Scale; ++kept) fraction *= 10;
    std::int64_t value = 0;
    if (__builtin_mul_overflow(whole, detail::pow10(Scale), &value) ||
        __builtin_add_overflow(value, fraction + (roundUp ? 1 : 0), &value))
        return std::nullopt;
    return negative ? -value : value;
}

// Money in thousandths of the currency unit (the unit of crm::Money).
inline std::optional<std::int64_t> parseAmount(std::string_view text, char decimalSeparator) {
    return parseFixed<3>(text, decimalSeparator);
}

// Quantities and unit prices keep six decimals so that their product is exact
// before the single rounding to thousandths.
inline std::optional<std::int64_t> parseQuantity(std::string_view text, char decimalSeparator) {
    return parseFixed<6>(text, decimalSeparator);
}

// quantity (millionths) x unit price (millionths) -> amount in thousandths,
// rounded half away from zero; nullopt when it does not fit in 64 bits.
inline std::optional<std::int64_t> multiplyToThousandths(std::int64_t quantity,
                                                         std::int64_t unitPrice) {
    __extension__ using Int128 = __int128;
    constexpr Int128 kDivisor = 1'000'000'000;  // 1e-12 units -> 1e-3 units
    const Int128 product = static_cast<Int128>(quantity) * unitPrice;
    const Int128 magnitude = product < 0 ? -product : product;
    Int128 rounded = (magnitude + kDivisor / 2) / kDivisor;
    if (product < 0) rounded = -rounded;
    if (rounded > INT64_MAX || rounded < -INT64_MAX) return std::nullopt;
    return static_cast<std::int64_t>(rounded);
}

}  // namespace crm::transactions
