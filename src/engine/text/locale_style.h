#pragma once
// Numbers, money, percentages and dates in a language's conventions. Never uses the C or C++
// locale, so a report made on a German laptop is byte-identical to one made in CI.
//
// English keeps what the report has always printed: "1,234.56", "27,500 EUR", "71.3%",
// "2026-03-31". German: "1.234,56", "27.500 €" (the sign for EUR, USD and GBP, otherwise the
// ISO code), "71,3 %", "31.12.2026", with a no-break space (U+00A0) before "%" and the currency
// so a table cell never wraps between number and unit. Rounding is half away from zero in both.
#include <string>
#include <string_view>

namespace crm::text {

class LocaleStyle {
  public:
    // Unknown languages get English.
    static const LocaleStyle& forLanguage(std::string_view language);

    std::string number(double value, int decimals) const;          // fixed decimals, grouped
    std::string shortNumber(double value, int maxDecimals) const;  // no trailing zeros
    std::string percent(double percent, int decimals) const;       // value already 0..100
    std::string money(double amount, std::string_view currency, int decimals) const;
    std::string date(int year, int month, int day) const;

    // A number already written plainly ("-1234.5": optional minus, digits, '.' and decimals)
    // with this language's grouping and decimal sign. For callers that round exactly themselves.
    std::string grouped(std::string_view plainNumber) const;
    // An amount already written by number() or grouped() followed by the currency as this
    // language writes it; without a currency the amount alone.
    std::string withCurrency(std::string_view amount, std::string_view currency) const;

  private:
    LocaleStyle(char groupSign, char decimalSign, bool german)
        : groupSign_(groupSign), decimalSign_(decimalSign), german_(german) {}

    char groupSign_;
    char decimalSign_;
    bool german_;
};

}  // namespace crm::text
