#include "engine/model/currency.h"

#include <algorithm>
#include <array>

namespace crm {

namespace {

constexpr std::array kCommon{
    KnownCurrency{"EUR", "Euro"},
    KnownCurrency{"USD", "US dollar"},
    KnownCurrency{"GBP", "Pound sterling"},
    KnownCurrency{"CHF", "Swiss franc"},
    KnownCurrency{"JPY", "Japanese yen"},
    KnownCurrency{"SEK", "Swedish krona"},
    KnownCurrency{"NOK", "Norwegian krone"},
    KnownCurrency{"DKK", "Danish krone"},
    KnownCurrency{"PLN", "Polish złoty"},
    KnownCurrency{"CZK", "Czech koruna"},
    KnownCurrency{"HUF", "Hungarian forint"},
    KnownCurrency{"CAD", "Canadian dollar"},
    KnownCurrency{"AUD", "Australian dollar"},
    KnownCurrency{"NZD", "New Zealand dollar"},
    KnownCurrency{"CNY", "Chinese yuan"},
    KnownCurrency{"INR", "Indian rupee"},
    KnownCurrency{"BRL", "Brazilian real"},
    KnownCurrency{"MXN", "Mexican peso"},
    KnownCurrency{"ZAR", "South African rand"},
    KnownCurrency{"SGD", "Singapore dollar"},
};

}  // namespace

std::span<const KnownCurrency> commonCurrencies() { return kCommon; }

std::optional<std::string_view> currencyName(std::string_view code) {
    const auto* found = std::find_if(kCommon.begin(), kCommon.end(),
                                     [&](const KnownCurrency& c) { return c.code == code; });
    if (found == kCommon.end()) return std::nullopt;
    return found->name;
}

bool isCurrencyCode(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string normalizeCurrencyCode(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    std::string code(text.substr(first, last - first + 1));
    for (char& c : code)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return code;
}

std::string currencyUnitsName(std::string_view code) {
    return code.empty() ? std::string("currency units") : std::string(code);
}

}  // namespace crm
