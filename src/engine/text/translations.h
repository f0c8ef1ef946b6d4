#pragma once
// The texts made outside the window (the report, the assessment, the catalogs) in the reader's
// language. Every .po file under translations/<domain>/<language>.po is compiled into the program
// (see CMakeLists.txt here), so no file has to be found at run time. English is the source
// language: every msgid is the exact English text, so English translates nothing.
//
// Placeholders in a text are fmt's positional {0}, {1}, so a translator can reorder them; format
// a translated text with fmt::format(fmt::runtime(translated), args...).
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crm::text {

class Translations {
  public:
    // Unknown languages get English.
    static const Translations& forLanguage(std::string_view language);

    std::string_view language() const { return language_; }
    // The translation of an English text, or the English itself when there is none.
    std::string_view text(std::string_view domain, std::string_view english) const;
    std::string_view text(std::string_view domain, std::string_view context,
                          std::string_view english) const;
    // Plural rule of German and English alike: the singular for n == 1, otherwise the plural.
    std::string_view plural(std::string_view domain, std::string_view singular,
                            std::string_view plural, long long n) const;

    // Builds a catalog from PO files' text, for tests and for forLanguage. Fuzzy entries and
    // entries without a translation are left out. Throws PoSyntaxError for a malformed file.
    struct Source {
        std::string_view domain;
        std::string_view fileName;
        std::string_view content;
    };
    Translations(std::string language, const std::vector<Source>& files);

  private:
    const std::vector<std::string>* find(std::string_view domain, bool hasContext,
                                         std::string_view context, std::string_view english) const;

    std::string language_;
    // Key: domain, '\x1f', context (with '\x04' after it when there is one), English.
    std::map<std::string, std::vector<std::string>, std::less<>> translations_;
};

// The languages a report can be written in, English first.
std::vector<std::string> availableLanguages();

}  // namespace crm::text
