// The PO reader and the catalogs built from it. Each expected text is written out by hand from
// the PO format (GNU gettext manual, "The Format of PO Files").
#include <catch2/catch.hpp>

#include <string>

#include "engine/text/embedded_po_files.h"
#include "engine/text/po_file.h"
#include "engine/text/translations.h"

using namespace crm::text;

namespace {

const char* const kTricky = R"po(# A translator's comment
msgid ""
msgstr ""
"Language: de\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: report/brief.cpp:12
msgid "Customer value"
msgstr "Kundenwert"

#. Two lines, continued strings and escapes
msgid ""
"First line\n"
"Second \"quoted\" line\t{0}"
msgstr ""
"Erste Zeile\n"
"Zweite \"zitierte\" Zeile\t{0}"

msgctxt "month"
msgid "May"
msgstr "Mai"

msgctxt "permission"
msgid "May"
msgstr "Darf"

msgid "{0} customer"
msgid_plural "{0} customers"
msgstr[0] "{0} Kunde"
msgstr[1] "{0} Kunden"

#, fuzzy
msgid "Target"
msgstr "Ziel"

#, c-format, fuzzy
msgid "Metric"
msgstr "Metrik"

msgid "Not yet translated"
msgstr ""

msgid "Octal \101 hex \x42 backslash \\ question \?"
msgstr "Oktal \101 hex \x42 Backslash \\ Frage \?"
msgid "Follows without a blank line"
msgstr "Folgt ohne Leerzeile"

#~ msgid "Obsolete"
#~ msgstr "Veraltet"
)po";

Translations trickyCatalog() { return Translations("de", {{"report", "tricky.po", kTricky}}); }

std::string errorOf(const char* content) {
    try {
        parsePo(content, "broken.po");
    } catch (const PoSyntaxError& error) {
        return error.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("the PO reader reads every kind of entry", "[text][po]") {
    const auto entries = parsePo(kTricky, "tricky.po");
    REQUIRE(entries.size() == 11);  // header + 10 entries; the obsolete one is skipped
    CHECK(entries[0].english.empty());
    CHECK(entries[0].translations[0] ==
          "Language: de\nPlural-Forms: nplurals=2; plural=(n != 1);\n");
    CHECK(entries[1].english == "Customer value");
    CHECK(entries[1].line == 8);  // the "#:" comment on line 7 is not part of the entry
    CHECK(entries[2].english == "First line\nSecond \"quoted\" line\t{0}");
    CHECK(entries[2].translations[0] == "Erste Zeile\nZweite \"zitierte\" Zeile\t{0}");
    CHECK(entries[3].hasContext);
    CHECK(entries[3].context == "month");
    CHECK(entries[5].englishPlural == "{0} customers");
    CHECK(entries[5].translations.size() == 2);
    CHECK(entries[6].fuzzy);
    CHECK(entries[7].fuzzy);  // "fuzzy" among other flags
    CHECK_FALSE(entries[8].fuzzy);
    CHECK(entries[9].english == "Octal A hex B backslash \\ question ?");
    CHECK(entries[9].translations[0] == "Oktal A hex B Backslash \\ Frage ?");
    CHECK(entries[10].english == "Follows without a blank line");
}

TEST_CASE("a catalog translates, keeps contexts apart and falls back to English", "[text][po]") {
    const Translations catalog = trickyCatalog();
    CHECK(catalog.language() == "de");
    CHECK(catalog.text("report", "Customer value") == "Kundenwert");
    CHECK(catalog.text("report", "month", "May") == "Mai");
    CHECK(catalog.text("report", "permission", "May") == "Darf");
    CHECK(catalog.text("report", "May") == "May");  // no context: no entry
    CHECK(catalog.text("assessment", "Customer value") == "Customer value");  // other domain
    CHECK(catalog.text("report", "Target") == "Target");                      // fuzzy: left out
    CHECK(catalog.text("report", "Metric") == "Metric");
    CHECK(catalog.text("report", "Not yet translated") == "Not yet translated");
    CHECK(catalog.text("report", "Unknown text") == "Unknown text");
    CHECK(catalog.plural("report", "{0} customer", "{0} customers", 1) == "{0} Kunde");
    CHECK(catalog.plural("report", "{0} customer", "{0} customers", 0) == "{0} Kunden");
    CHECK(catalog.plural("report", "{0} customer", "{0} customers", 2) == "{0} Kunden");
    CHECK(catalog.plural("report", "{0} order", "{0} orders", 1) == "{0} order");
    CHECK(catalog.plural("report", "{0} order", "{0} orders", 5) == "{0} orders");
}

TEST_CASE("a malformed PO file names the file and the line", "[text][po]") {
    CHECK(errorOf("msgid \"a\"\nmsgstr \"b\n") == "broken.po:2: the string has no closing quote");
    CHECK(errorOf("msgid \"a\"\nmsgstr \"b\" x\n") == "broken.po:2: text after the closing quote");
    CHECK(errorOf("\n\nmsgid \"a\\q\"\nmsgstr \"b\"\n") == "broken.po:3: unknown escape '\\q'");
    CHECK(errorOf("msgstr \"b\"\n") == "broken.po:1: msgstr without msgid");
    CHECK(errorOf("msgid \"a\"\n\n") == "broken.po:2: an entry without msgstr");
    CHECK(errorOf("msgid \"a\"\nmsgstr[0] \"b\"\n") ==
          "broken.po:2: msgstr[n] without msgid_plural");
    CHECK(errorOf("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n") ==
          "broken.po:3: expected msgstr[0]");
    CHECK(errorOf("msgid \"a\"\nmsgtext \"b\"\n") == "broken.po:2: unknown keyword 'msgtext'");
    CHECK(errorOf("\"stray\"\n") == "broken.po:1: a string outside an entry");
}

TEST_CASE("every catalog compiled into the program is valid PO", "[text][po]") {
    REQUIRE(kEmbeddedPoFileCount >= 1);  // translations/report/de.po at least
    for (std::size_t i = 0; i < kEmbeddedPoFileCount; ++i) {
        const EmbeddedPoFile& file = kEmbeddedPoFiles[i];
        const std::string name = std::string(file.domain) + "/" + file.language + ".po";
        INFO(name);
        CHECK_NOTHROW(parsePo(std::string_view(file.content, file.size), name));
    }
}

TEST_CASE("languages: English and German, unknown ones get English", "[text][po]") {
    CHECK(availableLanguages() == std::vector<std::string>{"en", "de"});
    CHECK(Translations::forLanguage("de").language() == "de");
    CHECK(Translations::forLanguage("en").language() == "en");
    CHECK(Translations::forLanguage("xx").language() == "en");
    CHECK(Translations::forLanguage("en").text("report", "Customer value") == "Customer value");
}
