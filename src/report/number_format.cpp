#include "report/number_format.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "engine/model/currency.h"
#include "report/report_text.h"

namespace crm::report {

std::string formatFixed(double value, int decimals) {
    return reportStyle().number(value, decimals);
}

std::string formatValue(double value, int maxDecimals) {
    return reportStyle().shortNumber(value, maxDecimals);
}

std::string formatValue(const std::optional<double>& value, int maxDecimals) {
    return value ? formatValue(*value, maxDecimals) : std::string{};
}

std::string formatCount(const std::optional<std::int64_t>& value) {
    return value ? reportStyle().grouped(std::to_string(*value)) : std::string{};
}

std::string formatPercent(double percent, int decimals) {
    return reportStyle().percent(percent, decimals);
}

std::string formatPercentShort(double percent, int maxDecimals) {
    return withPercentSign(formatValue(percent, maxDecimals));
}

std::string withPercentSign(const std::string& number) {
    return number + (reportLanguage() == "de" ? "\u00a0%" : "%");  // as LocaleStyle::percent
}

std::string formatAmount(Money money) {
    // Exact integer rounding to cents, half away from zero; whole units without decimals.
    const std::int64_t units = std::llabs(money.thousandths / 1000);
    const std::int64_t rest = std::llabs(money.thousandths % 1000);
    const std::string sign = money.thousandths < 0 ? "-" : "";
    if (rest == 0) return reportStyle().grouped(sign + std::to_string(units));
    const std::int64_t cents = (rest + 5) / 10;
    if (cents == 100) return reportStyle().grouped(fmt::format("{}{}.00", sign, units + 1));
    return reportStyle().grouped(fmt::format("{}{}.{:02d}", sign, units, cents));
}

std::string formatAmount(const std::optional<Money>& money) {
    return money ? formatAmount(*money) : std::string{};
}

std::string formatAmountIn(Money money, std::string_view currency) {
    return reportStyle().withCurrency(formatAmount(money), currency);
}

std::string formatAmountIn(double units, std::string_view currency) {
    return reportStyle().money(units, currency, 2);
}

std::string moneyHeading(std::string_view heading, std::string_view currency) {
    return currency.empty() ? std::string(heading) : fmt::format("{} ({})", heading, currency);
}

std::string currencyCaption(std::string_view currency) {
    if (currency.empty()) return reportText("not set (amounts in currency units)");
    if (const auto name = currencyName(currency)) return fmt::format("{} ({})", currency, *name);
    return std::string(currency);
}

std::string formatDay(const std::optional<Date>& day) {
    return day ? formatReportDate(*day) : std::string{};
}

std::string formatReportDate(Date day) {
    const date::year_month_day ymd(day);
    return reportStyle().date(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                              static_cast<int>(unsigned(ymd.day())));
}

}  // namespace crm::report
