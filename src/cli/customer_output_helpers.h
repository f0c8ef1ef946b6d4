#pragma once
// Formatting and output helpers shared by the customer-data commands (import-transactions,
// analyze), and their way of failing: fail() prints the message and throws Failure, which
// runCatching turns into the exit code.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "cli/text_output.h"
#include "engine/clv/lifetime_value.h"
#include "engine/customers/customer_summary.h"
#include "engine/model/money.h"

namespace crm::cli::customer_data {

struct Failure {
    int code;
};

[[noreturn]] void fail(int code, const std::string& message);
// Runs a command; a Failure becomes its exit code.
int runCatching(const std::function<int()>& work);

std::string dayText(std::int32_t day);                             // 2024-03-01
std::optional<std::int32_t> dayFromText(const std::string& text);  // YYYY-MM-DD
using crm::cli::grouped;                                           // 1,234,567
// The one way crmw's text output writes an amount: "1,234,567.50 EUR", without a code when
// the document has none (or the data is a CSV file).
std::string moneyText(Money m, std::string_view currency);
std::string moneyText(double units, std::string_view currency);  // two decimals
std::string percent(const std::optional<double>& share);         // 78.5%, or a dash
std::string plural(std::size_t n, const char* one, const char* many);
nlohmann::ordered_json number(double v);  // null when not finite
nlohmann::ordered_json number(const std::optional<double>& v);
std::string periodName(customers::PeriodConvention p);
// "1% a month", or "10% a year (0.797414% a month)": the rate with the period it is stated for.
std::string discountRateText(const clv::DiscountRate& rate);
std::string csvField(std::string_view text);  // RFC 4180 quoting when needed
std::string csvNumber(double v);              // empty when not finite
// Writes through a temporary file and a rename ("-" = standard output).
void writeFileAtomically(const std::string& path, const std::string& text);

}  // namespace crm::cli::customer_data
