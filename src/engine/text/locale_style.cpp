#include "engine/text/locale_style.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace crm::text {
namespace {

// Half away from zero, as people round (printf rounds exact ties to even: 31.25 -> "31.2").
// German sets a space between a number and its unit, one that never breaks the line.
const std::string kNoBreakSpace = "\u00a0";

double roundHalfAway(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    return std::abs(scaled) < 1e15 ? std::round(scaled) / scale : value;
}

}  // namespace

const LocaleStyle& LocaleStyle::forLanguage(std::string_view language) {
    static const LocaleStyle english(',', '.', false);
    static const LocaleStyle german('.', ',', true);
    return language == "de" ? german : english;
}

std::string LocaleStyle::grouped(std::string_view plain) const {
    const bool negative = !plain.empty() && plain.front() == '-';
    if (negative) plain.remove_prefix(1);
    const auto point = plain.find('.');
    const std::string_view whole = plain.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += groupSign_;
        out += whole[i];
    }
    if (point != std::string_view::npos) {
        out += decimalSign_;
        out.append(plain.substr(point + 1));
    }
    // "-0.00" is no negative number.
    const bool zero = plain.find_first_not_of("0.") == std::string_view::npos;
    return negative && !zero ? "-" + out : out;
}

std::string LocaleStyle::number(double value, int decimals) const {
    if (!std::isfinite(value)) return german_ ? "k. A." : "n/a";
    decimals = std::max(0, decimals);
    return grouped(fmt::format("{:.{}f}", roundHalfAway(value, decimals), decimals));
}

std::string LocaleStyle::shortNumber(double value, int maxDecimals) const {
    if (!std::isfinite(value)) return german_ ? "k. A." : "n/a";
    maxDecimals = std::max(0, maxDecimals);
    std::string text = fmt::format("{:.{}f}", roundHalfAway(value, maxDecimals), maxDecimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return grouped(text);
}

std::string LocaleStyle::percent(double percent, int decimals) const {
    return number(percent, decimals) + (german_ ? kNoBreakSpace + "%" : "%");
}

std::string LocaleStyle::withCurrency(std::string_view amount, std::string_view currency) const {
    if (currency.empty()) return std::string(amount);
    if (german_) {
        std::string_view sign = currency;
        if (currency == "EUR")
            sign = "€";
        else if (currency == "USD")
            sign = "$";
        else if (currency == "GBP")
            sign = "£";
        // CHF is written as its code in German too.
        return std::string(amount) + kNoBreakSpace + std::string(sign);
    }
    return fmt::format("{} {}", amount, currency);
}

std::string LocaleStyle::money(double amount, std::string_view currency, int decimals) const {
    return withCurrency(number(amount, decimals), currency);
}

std::string LocaleStyle::date(int year, int month, int day) const {
    return german_ ? fmt::format("{:02d}.{:02d}.{:04d}", day, month, year)
                   : fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

}  // namespace crm::text
