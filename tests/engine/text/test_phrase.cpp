// Phrases rendered in English: the text the engine has always written (numbers with at most two
// decimals and no grouping, ISO dates), lists joined the English way, plural forms by count.
#include <catch2/catch.hpp>

#include "engine/text/phrase.h"

using namespace crm::text;

TEST_CASE("phrase: values in English", "[text][phrase]") {
    const Phrase p =
        phrase("{0} | {1} | {2} | {3} | {4} | {5}", count(1234), number(12.5), number(2.0 / 3.0),
               percent(71.25), date(2026, 3, 1), userText("Schools {0}"));
    // by hand: 2/3 rounds to 0.67; user text with braces is kept as typed
    CHECK(english(p) == "1234 | 12.5 | 0.67 | 71.25% | 2026-03-01 | Schools {0}");
    CHECK(english(phrase("{0}", number(-0.001))) == "0");  // no "-0"
    CHECK(english(phrase("{0}", number(40.0))) == "40");   // no trailing zeros
    CHECK(english(phrase("{0}", money(27500, "EUR", 2))) == "27500.00 EUR");
}

TEST_CASE("phrase: placeholders may be reordered and repeated", "[text][phrase]") {
    CHECK(english(phrase("{1} before {0}, {0} again", userText("a"), userText("b"))) ==
          "b before a, a again");
}

TEST_CASE("phrase: lists and nested phrases", "[text][phrase]") {
    const std::vector<Phrase> three = {term("acquisition"), term("development"), term("retention")};
    CHECK(english(phrase("no {0} objective", list(three, PhraseArg::Joiner::Or))) ==
          "no acquisition, development or retention objective");
    CHECK(english(phrase("{0}", list(three, PhraseArg::Joiner::And))) ==
          "acquisition, development and retention");
    CHECK(english(phrase("{0}", list({three[0]}, PhraseArg::Joiner::And))) == "acquisition");
    CHECK(english(phrase("{0}", list(three, PhraseArg::Joiner::Semicolon))) ==
          "acquisition; development; retention");
    CHECK(english(phrase("x{0}y", list({}, PhraseArg::Joiner::Comma))) == "xy");
    CHECK(english(phrase("'{0}' lacks {1}", userText("KPI"),
                         phrase("importance {0}", number(4)))) == "'KPI' lacks importance 4");
}

TEST_CASE("phrase: the plural form follows the count", "[text][phrase]") {
    auto missing = [](long long n) {
        return english(phrasePlural("{0} thing missing", "{0} things missing", n, count(n)));
    };
    CHECK(missing(0) == "0 things missing");
    CHECK(missing(1) == "1 thing missing");
    CHECK(missing(2) == "2 things missing");
}

TEST_CASE("phrase: a broken message keeps the sentence", "[text][phrase]") {
    // A placeholder without a value: the English text is returned rather than an exception.
    CHECK(english(phrase("only {1}", userText("a"))) == "only {1}");
}

TEST_CASE("phrase: phrases compare by message and values", "[text][phrase]") {
    CHECK(phrase("a {0}", count(1)) == phrase("a {0}", count(1)));
    CHECK_FALSE(phrase("a {0}", count(1)) == phrase("a {0}", count(2)));
    CHECK(phrase("a").empty() == false);
    CHECK(Phrase{}.empty());
}
