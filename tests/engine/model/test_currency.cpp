// The document's currency code: what is well-formed, the picker's list, the "not set" wording.
#include <catch2/catch.hpp>

#include <set>

#include "engine/model/assessment.h"
#include "engine/model/currency.h"
#include "engine/model/validation.h"

using namespace crm;

TEST_CASE("a currency code is exactly three letters A-Z", "[currency]") {
    CHECK(isCurrencyCode("EUR"));
    CHECK(isCurrencyCode("XYZ"));  // unknown to our list, but well-formed: accepted
    CHECK_FALSE(isCurrencyCode(""));
    CHECK_FALSE(isCurrencyCode("eur"));
    CHECK_FALSE(isCurrencyCode("EU"));
    CHECK_FALSE(isCurrencyCode("EURO"));
    CHECK_FALSE(isCurrencyCode("E1R"));
    CHECK_FALSE(isCurrencyCode("€"));  // three bytes in UTF-8, none a letter
    CHECK_FALSE(isCurrencyCode("ÄBC"));
}

TEST_CASE("typed codes are trimmed and upper-cased before the check", "[currency]") {
    CHECK(normalizeCurrencyCode(" usd ") == "USD");
    CHECK(normalizeCurrencyCode("Chf") == "CHF");
    CHECK(normalizeCurrencyCode("   ") == "");
    CHECK(normalizeCurrencyCode("e1r") == "E1R");  // still refused by isCurrencyCode
}

TEST_CASE("the common list holds well-formed, distinct codes with names", "[currency]") {
    std::set<std::string_view> seen;
    for (const auto& c : commonCurrencies()) {
        CHECK(isCurrencyCode(c.code));
        CHECK_FALSE(c.name.empty());
        CHECK(seen.insert(c.code).second);
    }
    for (const char* code :
         {"EUR", "USD", "GBP", "CHF", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD"})
        CHECK(seen.count(code) == 1);
    CHECK(commonCurrencies().front().code == "EUR");
    CHECK(currencyName("GBP") == std::optional<std::string_view>("Pound sterling"));
    CHECK_FALSE(currencyName("XYZ"));
}

TEST_CASE("a heading names the code, or currency units when none is set", "[currency]") {
    CHECK(currencyUnitsName("EUR") == "EUR");
    CHECK(currencyUnitsName("") == "currency units");
}

TEST_CASE("document properties: only a malformed currency is a problem", "[currency]") {
    CHECK(documentPropertiesProblem({"Acme", "", "", ""}).empty());
    CHECK(documentPropertiesProblem({"", "", "", "SEK"}).empty());
    CHECK(documentPropertiesProblem({"Acme", "Dana", "Retail", "eur"}) ==
          "currency: 'eur' is not a currency code (three capital letters, such as EUR or USD)");

    Assessment a;
    a.setProperties({"Acme", "Dana", "Retail", "EURO"});
    CHECK(a.properties() == DocumentProperties{"Acme", "Dana", "Retail", "EURO"});
    bool reported = false;
    for (const auto& p : validateAssessment(a))
        if (p.where == "document / properties") reported = true;
    CHECK(reported);
}
