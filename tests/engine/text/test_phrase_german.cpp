// Phrases rendered in German through the compiled-in catalog (translations/assessment/de.po) and
// German number and date formats. Every expected string is written by hand.
#include <catch2/catch.hpp>

#include "engine/text/locale_style.h"
#include "engine/text/phrase.h"
#include "engine/text/translations.h"

using namespace crm::text;

namespace {

std::string german(const Phrase& p) { return render(p, "de"); }

}  // namespace

TEST_CASE("phrase in German: a reason with numbers and a percentage", "[text][phrase][de]") {
    const Phrase p = phrase(
        "NPS = ({0} promoters - {1} detractors) / {2} responses x 100 = {3} (below the minimum "
        "of {4})",
        count(1200), count(300), count(2000), number(45.25), number(50));
    CHECK(german(p) ==
          "NPS = (1.200 Promotoren − 300 Kritiker) / 2.000 Antworten × 100 = 45,25 (unter dem "
          "Mindestwert 50)");
    // English stays the engine's own text: no grouping, '.' as the decimal sign.
    CHECK(render(p, "en") ==
          "NPS = (1200 promoters - 300 detractors) / 2000 responses x 100 = 45.25 (below the "
          "minimum of 50)");
}

TEST_CASE("phrase in German: reordered values, a date and a translated term",
          "[text][phrase][de]") {
    const Phrase p = phrase(
        "'{0}' is {1} of the way from baseline {2} to target {3} (current {4}); {5} was expected "
        "by {6}: {7} of plan, {8} (on track from {9}, at risk from {10})",
        userText("Umsatz je Kunde"), percent(40), number(1000), number(1500.5), number(1200),
        percent(62.5), date(2026, 3, 31), percent(64), term("at risk"), percent(90), percent(60));
    // {6} (the date) comes before {5} in the German sentence.
    CHECK(german(p) ==
          "„Umsatz je Kunde“ hat 40\u00a0% des Wegs vom Ausgangswert 1.000 zum Zielwert 1.500,5 "
          "zurückgelegt (aktuell 1.200); bis 31.03.2026 waren 62,5\u00a0% geplant: 64\u00a0% des "
          "Plans, "
          "gefährdet (im Plan ab 90\u00a0%, gefährdet ab 60\u00a0%)");
}

TEST_CASE("phrase in German: lists, plural forms and user text", "[text][phrase][de]") {
    const Phrase missing = phrase(
        "Segment '{0}' has no {1} objective", userText("Schulen & Behörden"),
        list({term("acquisition"), term("development"), term("retention")}, PhraseArg::Joiner::Or));
    CHECK(german(missing) ==
          "Das Kundensegment „Schulen & Behörden“ hat kein Ziel zur Kundengewinnung, "
          "Kundenentwicklung oder Kundenbindung");
    auto things = [](long long n) {
        return german(
            phrasePlural("Mean of the ten steps: {0}; {1} of 10 steps complete, {2} thing missing",
                         "Mean of the ten steps: {0}; {1} of 10 steps complete, {2} things missing",
                         n, percent(87.5), count(7), count(n)));
    };
    CHECK(things(1) ==
          "Mittelwert der zehn Schritte: 87,5\u00a0%; 7 von 10 Schritten vollständig, 1 Angabe "
          "fehlt");
    CHECK(things(3) ==
          "Mittelwert der zehn Schritte: 87,5\u00a0%; 7 von 10 Schritten vollständig, 3 Angaben "
          "fehlen");
    // User text is never translated, even when it equals an English msgid.
    CHECK(german(phrase("'{0}'", userText("at risk"))) == "„at risk“");
}

TEST_CASE("phrase in German: an unknown message stays English with German numbers",
          "[text][phrase][de]") {
    CHECK(german(phrase("no such sentence {0}", number(1234.5))) == "no such sentence 1.234,5");
}

TEST_CASE("phrase: a translation with a broken placeholder falls back to English",
          "[text][phrase][de]") {
    const std::string po =
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "msgid \"'{0}' has no target rating\"\nmsgstr \"„{3}“ hat keine Zielbewertung\"\n";
    const Translations broken("de", {{"assessment", "de.po", po}});
    CHECK(render(phrase("'{0}' has no target rating", userText("Vision")), broken,
                 LocaleStyle::forLanguage("de")) == "'Vision' has no target rating");
}
