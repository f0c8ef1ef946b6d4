#pragma once
// A sentence the engine says, kept as its English message and typed values until a reader's
// language is known: the engine stays free of words in any one language and the window, the
// report and the command line each render the phrase in theirs. The English message (the msgid
// of translations/assessment/*.po) is a whole sentence with positional placeholders {0}, {1}, so a
// translator can reorder the values; the values are numbers, dates, money, English terms that are
// translated too, user text that never is, nested phrases and lists.
//
// Every English text passed to phrase(), phrasePlural(), term(), termInContext() and
// englishTerm() is extracted by xgettext (scripts/extract-assessment-strings); keep those
// arguments string literals.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm::text {

class Translations;
class LocaleStyle;
struct Phrase;

// The translation domain of phrases: translations/assessment/<language>.po.
inline constexpr std::string_view kPhraseDomain = "assessment";

// One value of a phrase.
struct PhraseArg {
    enum class Kind { Count, Number, Percent, Money, Date, UserText, Phrase, List };
    // How a list's items are joined: "a, b, c", "a; b; c", "a, b and c", "a, b or c".
    enum class Joiner { Comma, Semicolon, And, Or };

    Kind kind = Kind::UserText;
    long long count = 0;  // Count
    double number = 0;    // Number, Percent (0..100), Money
    int decimals = 2;     // Number, Percent: at most this many, no trailing zeros; Money: fixed
    std::string text;     // UserText; Money: the currency code
    int year = 0, month = 0, day = 0;  // Date
    std::vector<Phrase> items;         // Phrase: exactly one; List: the items in order
    Joiner joiner = Joiner::Comma;

    PhraseArg() = default;
    PhraseArg(Phrase phrase);  // NOLINT(google-explicit-constructor): a nested phrase or term
    friend bool operator==(const PhraseArg&, const PhraseArg&);
};

struct Phrase {
    std::string english;        // the msgid; empty for "no phrase"
    std::string englishPlural;  // the msgid_plural when the sentence has a plural form
    long long pluralCount = 0;  // picks the singular (1) or plural form
    std::string context;        // msgctxt, where one English word needs two translations
    std::vector<PhraseArg> args;

    bool empty() const { return english.empty(); }
    friend bool operator==(const Phrase&, const Phrase&);
};

// Values.
PhraseArg count(long long n);
PhraseArg number(double value, int maxDecimals = 2);
PhraseArg percent(double value, int maxDecimals = 2);
PhraseArg money(double amount, std::string_view currency, int decimals);
PhraseArg date(int year, int month, int day);
PhraseArg userText(std::string text);  // a name someone typed: never translated
PhraseArg list(std::vector<Phrase> items, PhraseArg::Joiner joiner);

// A sentence (msgid) with its values.
template <typename... Args>
Phrase phrase(std::string_view english, Args&&... args) {
    Phrase p;
    p.english = std::string(english);
    (p.args.push_back(PhraseArg(std::forward<Args>(args))), ...);
    return p;
}

// A sentence with a singular and a plural form, chosen by n (the form for n in the language).
template <typename... Args>
Phrase phrasePlural(std::string_view singular, std::string_view plural, long long n,
                    Args&&... args) {
    Phrase p = phrase(singular, std::forward<Args>(args)...);
    p.englishPlural = std::string(plural);
    p.pluralCount = n;
    return p;
}

// An English word or short term that is translated where it is shown.
Phrase term(std::string_view english);
Phrase termInContext(std::string_view context, std::string_view english);

// Marks an English text for extraction and returns it unchanged, for texts kept as plain strings
// (step titles, labels) that readers translate with the assessment domain.
constexpr std::string_view englishTerm(std::string_view english) { return english; }

// The phrase in English, exactly as the engine has always written it: numbers with at most the
// given decimals and no grouping ("1234.5", "12.5%"), dates as 2026-03-31. Scores, findings and
// recommendations keep this in their English text fields, which JSON output and files use.
std::string english(const Phrase& phrase);

// The phrase in the language of `translations`, its values in `style`'s conventions; terms and
// nested phrases are translated too, user text never. English (a Translations without any
// translation for the phrase's language "en") gives exactly english(phrase).
std::string render(const Phrase& phrase, const Translations& translations,
                   const LocaleStyle& style);
// The same for a language code: render(phrase, Translations::forLanguage(language),
// LocaleStyle::forLanguage(language)).
std::string render(const Phrase& phrase, std::string_view language);

// A number in the engine's English form: at most maxDecimals decimals, trailing zeros dropped,
// no "-0" ("12.5", "40", "33.33", "-2").
std::string neutralNumber(double value, int maxDecimals);
// How many decimals neutralNumber shows for the value (0..maxDecimals).
int decimalsShown(double value, int maxDecimals);

}  // namespace crm::text
