#pragma once
// The document's currency: an ISO 4217 code ("EUR"). Money values carry no currency of their
// own; every amount in a document is in this one. An empty code means "not set" (files made
// before the field existed): the product then says "currency units".
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crm {

struct KnownCurrency {
    std::string_view code;  // "EUR"
    std::string_view name;  // "Euro"
};

// Common codes for the pickers, most used in our workshops first. Any other well-formed code
// is accepted too (the list is a convenience, not a limit).
std::span<const KnownCurrency> commonCurrencies();
// The name of a code in commonCurrencies(), or nullopt.
std::optional<std::string_view> currencyName(std::string_view code);

// True for three letters A-Z. The empty code (not set) is not well-formed: callers that allow
// "not set" check for it first.
bool isCurrencyCode(std::string_view code);
// Trims spaces and upper-cases ASCII letters ("eur " -> "EUR"); the result still needs
// isCurrencyCode().
std::string normalizeCurrencyCode(std::string_view text);

// How a heading names the currency: the code, or "currency units" when it is not set.
std::string currencyUnitsName(std::string_view code);

}  // namespace crm
