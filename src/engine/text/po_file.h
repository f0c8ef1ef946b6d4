#pragma once
// A reader for GNU gettext PO files, the format translators edit for the texts made outside the
// window (see docs/translating.md). It reads what translation tools write: comments, msgctxt,
// msgid, msgid_plural, msgstr and msgstr[n], strings continued over several lines and C escapes.
// Obsolete entries ("#~") are skipped; fuzzy entries are read and marked, and the catalog built
// from them (translations.h) leaves them out, as msgfmt does.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace crm::text {

struct PoEntry {
    bool hasContext = false;
    std::string context;
    std::string english;                    // msgid
    std::string englishPlural;              // msgid_plural, empty when the entry has no plural
    std::vector<std::string> translations;  // msgstr, or msgstr[0], msgstr[1], ...
    bool fuzzy = false;
    int line = 0;  // where the entry starts, for messages
};

// A file that is not valid PO. what() reads "de.po:12: <what is wrong>".
class PoSyntaxError : public std::runtime_error {
  public:
    PoSyntaxError(std::string_view fileName, int line, std::string_view problem);
    int line() const { return line_; }

  private:
    int line_;
};

// Every entry of the file in file order, the header (msgid "") included. fileName is only used
// in error messages. Throws PoSyntaxError.
std::vector<PoEntry> parsePo(std::string_view content, std::string_view fileName);

}  // namespace crm::text
