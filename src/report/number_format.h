#pragma once
// Numbers and dates as the report prints them, in the report's language (report_text.h): a thin
// layer over text::LocaleStyle. The examples below are English; German writes "1.234.567,89",
// "71,3 %", "27.500 €", "31.03.2026". Never uses the C or C++ locale, so a report made on a
// German laptop is byte-identical to one made in CI.
#include <optional>
#include <string>
#include <string_view>

#include "engine/model/field_value.h"
#include "engine/model/money.h"

namespace crm::report {

// Fixed decimals with comma thousands separators: 1234567.891 -> "1,234,567.89" (2 decimals).
std::string formatFixed(double value, int decimals);
// As few decimals as needed, at most maxDecimals: 12.50 -> "12.5", 3.0 -> "3", 1234 -> "1,234".
std::string formatValue(double value, int maxDecimals = 2);
std::string formatValue(const std::optional<double>& value, int maxDecimals = 2);  // "" when unset
std::string formatCount(const std::optional<std::int64_t>& value);                 // "" when unset
// A percentage already on the 0-100 scale: 71.25 -> "71.3%" (decimals = 1).
std::string formatPercent(double percent, int decimals = 0);
// The same with as few decimals as needed: 12.5 -> "12.5%", 3.0 -> "3%" (German "12,5 %").
std::string formatPercentShort(double percent, int maxDecimals);
// A number already formatted with the percent sign after it: "71.3%", German "71,3 %".
std::string withPercentSign(const std::string& number);
// Whole currency units when the amount is whole, two decimals otherwise; no currency sign. Used
// in table cells and chart labels, whose heading names the currency (moneyHeading).
std::string formatAmount(Money money);
std::string formatAmount(const std::optional<Money>& money);

// The document's currency (an ISO 4217 code, empty when not set) in the report. These three are
// the only places the report writes it:
// An amount in running text: "27,500 EUR"; without a currency just "27,500".
std::string formatAmountIn(Money money, std::string_view currency);
std::string formatAmountIn(double units, std::string_view currency);  // two decimals
// A heading over money values: "Revenue (EUR)"; without a currency the heading as it is.
std::string moneyHeading(std::string_view heading, std::string_view currency);
// The cover's line: "EUR (Euro)", "XYZ" for a code not in the common list, and when not set
// "not set (amounts in currency units)".
std::string currencyCaption(std::string_view currency);
std::string formatDay(const std::optional<Date>& day);  // ISO "2026-03-31" or ""
std::string formatReportDate(Date day);                 // "2026-03-31"

}  // namespace crm::report
