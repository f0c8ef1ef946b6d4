#pragma once
// Internal to phrase rendering: one language's words and value formats behind one interface, so
// the English rendering and the translated one (phrase_translated.cpp) share the walk over a
// phrase's nested phrases and lists.
#include <string>
#include <vector>

#include "engine/text/phrase.h"

namespace crm::text::detail {

class PhraseLanguage {
  public:
    virtual ~PhraseLanguage() = default;
    // The message of the phrase in this language (the form for its plural count).
    virtual std::string message(const Phrase& phrase) const = 0;
    // A count, number, percentage, money amount or date.
    virtual std::string value(const PhraseArg& arg) const = 0;
};

std::string renderPhrase(const Phrase& phrase, const PhraseLanguage& language);
std::string renderArg(const PhraseArg& arg, const PhraseLanguage& language);
std::string joinList(const std::vector<std::string>& parts, PhraseArg::Joiner joiner,
                     const PhraseLanguage& language);
const PhraseLanguage& englishLanguage();

}  // namespace crm::text::detail
