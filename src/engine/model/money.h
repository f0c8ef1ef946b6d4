#pragma once
// Money is an exact integer count of thousandths of the currency unit.
// Float sums of money miscount zero-margin customers, so nothing here uses double.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm {

struct Money {
    std::int64_t thousandths = 0;

    static constexpr Money fromUnits(std::int64_t units) { return Money{units * 1000}; }
    constexpr Money operator+(Money other) const { return Money{thousandths + other.thousandths}; }
    constexpr Money operator-(Money other) const { return Money{thousandths - other.thousandths}; }
    constexpr Money& operator+=(Money other) {
        thousandths += other.thousandths;
        return *this;
    }
    constexpr Money operator-() const { return Money{-thousandths}; }
    constexpr auto operator<=>(const Money&) const = default;
    double toDouble() const { return static_cast<double>(thousandths) / 1000.0; }
};

// Parses "1234.5", "-0.125", "1e3" is rejected. Decimal point only; at most three decimals
// unless rounding is allowed (half away from zero). Returns nullopt on anything else.
std::optional<Money> parseMoney(std::string_view text, char decimalSeparator = '.');
// "1234.500" -> "1234.5"; always at least one digit before the point.
std::string formatMoney(Money money);

}  // namespace crm
