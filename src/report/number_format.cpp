#include "report/number_format.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "engine/model/currency.h"

namespace crm::report {
namespace {

std::string groupThousands(const std::string& digits) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Splits fmt's fixed output into sign, integer and fraction and groups the integer part.
std::string groupFixed(std::string text) {
    bool negative = !text.empty() && text[0] == '-';
    if (negative) text.erase(0, 1);
    auto point = text.find('.');
    std::string whole = text.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : text.substr(point);
    std::string out = groupThousands(whole) + fraction;
    bool zero = out.find_first_not_of("0.,") == std::string::npos;
    return negative && !zero ? "-" + out : out;
}

// Half away from zero, as people round (printf rounds exact ties to even: 31.25 -> "31.2").
double roundHalfAway(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    return std::abs(scaled) < 1e15 ? std::round(scaled) / scale : value;
}

}  // namespace

std::string formatFixed(double value, int decimals) {
    if (!std::isfinite(value)) return "n/a";
    decimals = std::max(0, decimals);
    return groupFixed(fmt::format("{:.{}f}", roundHalfAway(value, decimals), decimals));
}

std::string formatValue(double value, int maxDecimals) {
    if (!std::isfinite(value)) return "n/a";
    maxDecimals = std::max(0, maxDecimals);
    std::string text = fmt::format("{:.{}f}", roundHalfAway(value, maxDecimals), maxDecimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return groupFixed(text);
}

std::string formatValue(const std::optional<double>& value, int maxDecimals) {
    return value ? formatValue(*value, maxDecimals) : std::string{};
}

std::string formatCount(const std::optional<std::int64_t>& value) {
    return value ? groupFixed(std::to_string(*value)) : std::string{};
}

std::string formatPercent(double percent, int decimals) {
    return formatFixed(percent, decimals) + "%";
}

std::string formatAmount(Money money) {
    const std::int64_t units = money.thousandths / 1000;
    const std::int64_t rest = std::llabs(money.thousandths % 1000);
    std::string sign = money.thousandths < 0 ? "-" : "";
    std::string whole = groupThousands(std::to_string(std::llabs(units)));
    if (rest == 0) return sign + whole;
    // Exact integer rounding to cents, half away from zero.
    std::int64_t cents = (rest + 5) / 10;
    if (cents == 100) return sign + groupThousands(std::to_string(std::llabs(units) + 1)) + ".00";
    return fmt::format("{}{}.{:02d}", sign, whole, cents);
}

std::string formatAmount(const std::optional<Money>& money) {
    return money ? formatAmount(*money) : std::string{};
}

std::string formatAmountIn(Money money, std::string_view currency) {
    return currency.empty() ? formatAmount(money)
                            : fmt::format("{} {}", formatAmount(money), currency);
}

std::string formatAmountIn(double units, std::string_view currency) {
    return currency.empty() ? formatFixed(units, 2)
                            : fmt::format("{} {}", formatFixed(units, 2), currency);
}

std::string moneyHeading(std::string_view heading, std::string_view currency) {
    return currency.empty() ? std::string(heading) : fmt::format("{} ({})", heading, currency);
}

std::string currencyCaption(std::string_view currency) {
    if (currency.empty()) return "not set (amounts in currency units)";
    if (const auto name = currencyName(currency)) return fmt::format("{} ({})", currency, *name);
    return std::string(currency);
}

std::string formatDay(const std::optional<Date>& day) {
    return day ? formatDate(*day) : std::string{};
}

}  // namespace crm::report
