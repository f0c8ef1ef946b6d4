// Phrases in a reader's language: messages from the translation catalogs, values in the
// language's number and date conventions.
#include <string>

#include "engine/text/locale_style.h"
#include "engine/text/phrase.h"
#include "engine/text/phrase_rendering.h"
#include "engine/text/translations.h"

namespace crm::text {

namespace {

class TranslatedLanguage final : public detail::PhraseLanguage {
  public:
    TranslatedLanguage(const Translations& translations, const LocaleStyle& style)
        : translations_(translations), style_(style) {}

    std::string message(const Phrase& p) const override {
        if (!p.englishPlural.empty())
            return std::string(
                translations_.plural(kPhraseDomain, p.english, p.englishPlural, p.pluralCount));
        if (!p.context.empty())
            return std::string(translations_.text(kPhraseDomain, p.context, p.english));
        return std::string(translations_.text(kPhraseDomain, p.english));
    }

    std::string value(const PhraseArg& a) const override {
        using Kind = PhraseArg::Kind;
        switch (a.kind) {
            case Kind::Count:
                return style_.number(double(a.count), 0);
            case Kind::Number:
                return style_.shortNumber(a.number, a.decimals);
            case Kind::Percent:
                // As many decimals as the English text shows, so both say the same.
                return style_.percent(a.number, decimalsShown(a.number, a.decimals));
            case Kind::Money:
                return style_.money(a.number, a.text, a.decimals);
            case Kind::Date:
                return style_.date(a.year, a.month, a.day);
            default:
                return a.text;
        }
    }

  private:
    const Translations& translations_;
    const LocaleStyle& style_;
};

}  // namespace

std::string render(const Phrase& phrase, const Translations& translations,
                   const LocaleStyle& style) {
    // English keeps the engine's own text (no grouping), which files and older outputs pin.
    if (translations.language() == "en") return english(phrase);
    return detail::renderPhrase(phrase, TranslatedLanguage(translations, style));
}

std::string render(const Phrase& phrase, std::string_view language) {
    return render(phrase, Translations::forLanguage(language), LocaleStyle::forLanguage(language));
}

}  // namespace crm::text
