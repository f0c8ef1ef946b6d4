#include "engine/text/po_file.h"

#include <fmt/format.h>

#include <cctype>
#include <optional>

namespace crm::text {

PoSyntaxError::PoSyntaxError(std::string_view fileName, int line, std::string_view problem)
    : std::runtime_error(fmt::format("{}:{}: {}", fileName, line, problem)), line_(line) {}

namespace {

class PoReader {
  public:
    PoReader(std::string_view content, std::string_view fileName)
        : content_(content), fileName_(fileName) {}

    std::vector<PoEntry> read() {
        while (nextLine()) {
            std::string_view line = trimmed(current_);
            if (line.empty()) {
                finishEntry();
            } else if (line.starts_with("#~")) {
                continue;  // an obsolete entry, kept by tools for reuse only
            } else if (line.starts_with("#,")) {
                if (entryStarted()) finishEntry();
                if (line.find("fuzzy") != std::string_view::npos) pendingFuzzy_ = true;
            } else if (line.starts_with('#')) {
                if (entryStarted()) finishEntry();
            } else if (line.starts_with('"')) {
                continueString(line);
            } else {
                readKeyword(line);
            }
        }
        finishEntry();
        return std::move(entries_);
    }

  private:
    enum class Field { None, Context, English, EnglishPlural, Translation };

    bool nextLine() {
        if (position_ >= content_.size()) return false;
        const auto end = content_.find('\n', position_);
        const auto stop = end == std::string_view::npos ? content_.size() : end;
        current_ = content_.substr(position_, stop - position_);
        if (!current_.empty() && current_.back() == '\r') current_.remove_suffix(1);
        position_ = stop + 1;
        ++lineNumber_;
        return true;
    }

    static std::string_view trimmed(std::string_view text) {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        return text;
    }

    [[noreturn]] void fail(std::string_view problem) const {
        throw PoSyntaxError(fileName_, lineNumber_, problem);
    }

    bool entryStarted() const { return entry_.has_value(); }

    PoEntry& startedEntry() {
        if (!entry_) {
            entry_.emplace();
            entry_->line = lineNumber_;
            entry_->fuzzy = pendingFuzzy_;
        }
        return *entry_;
    }

    void finishEntry() {
        pendingFuzzy_ = false;
        field_ = Field::None;
        if (!entry_) return;
        if (!sawEnglish_) fail("an entry without msgid");
        if (entry_->translations.empty()) fail("an entry without msgstr");
        entries_.push_back(std::move(*entry_));
        entry_.reset();
        sawEnglish_ = false;
    }

    void readKeyword(std::string_view line) {
        const auto space = line.find_first_of(" \t");
        if (space == std::string_view::npos) fail(fmt::format("'{}' has no string", line));
        const std::string_view keyword = line.substr(0, space);
        const std::string value = quoted(trimmed(line.substr(space)));
        if (keyword == "msgctxt") {
            if (entryStarted() && field_ != Field::None) finishEntry();
            PoEntry& entry = startedEntry();
            entry.hasContext = true;
            entry.context = value;
            field_ = Field::Context;
        } else if (keyword == "msgid") {
            if (entryStarted() && field_ != Field::Context && field_ != Field::None) finishEntry();
            startedEntry().english = value;
            sawEnglish_ = true;
            field_ = Field::English;
        } else if (keyword == "msgid_plural") {
            if (field_ != Field::English) fail("msgid_plural must follow msgid");
            entry_->englishPlural = value;
            field_ = Field::EnglishPlural;
        } else if (keyword.starts_with("msgstr")) {
            readTranslation(keyword, value);
        } else {
            fail(fmt::format("unknown keyword '{}'", keyword));
        }
    }

    void readTranslation(std::string_view keyword, const std::string& value) {
        if (!sawEnglish_) fail("msgstr without msgid");
        const bool plural = !entry_->englishPlural.empty();
        if (keyword == "msgstr") {
            if (plural) fail("a plural entry needs msgstr[0], msgstr[1], ...");
            if (!entry_->translations.empty()) fail("a second msgstr");
        } else {
            const std::string_view index = keyword.substr(6);
            const std::string expected = fmt::format("[{}]", entry_->translations.size());
            if (!plural) fail("msgstr[n] without msgid_plural");
            if (index != expected) fail(fmt::format("expected msgstr{}", expected));
        }
        entry_->translations.push_back(value);
        field_ = Field::Translation;
    }

    void continueString(std::string_view line) {
        const std::string value = quoted(line);
        switch (field_) {
            case Field::None:
                fail("a string outside an entry");
            case Field::Context:
                entry_->context += value;
                break;
            case Field::English:
                entry_->english += value;
                break;
            case Field::EnglishPlural:
                entry_->englishPlural += value;
                break;
            case Field::Translation:
                entry_->translations.back() += value;
                break;
        }
    }

    // The text of one "..." string with its C escapes resolved; nothing may follow it.
    std::string quoted(std::string_view text) {
        if (text.empty() || text.front() != '"') fail("expected a string in double quotes");
        std::string out;
        std::size_t i = 1;
        for (;;) {
            if (i >= text.size()) fail("the string has no closing quote");
            const char c = text[i++];
            if (c == '"') break;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i >= text.size()) fail("the string has no closing quote");
            out += escaped(text, i);
        }
        if (!trimmed(text.substr(i)).empty()) fail("text after the closing quote");
        return out;
    }

    // The character of the escape starting at text[i] (just after the backslash); advances i.
    char escaped(std::string_view text, std::size_t& i) {
        const char c = text[i++];
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'a':
                return '\a';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'v':
                return '\v';
            case '\\':
                return '\\';
            case '"':
                return '"';
            case '\'':
                return '\'';
            case '?':
                return '?';
            default:
                break;
        }
        if (c >= '0' && c <= '7') {
            int value = c - '0';
            for (int digits = 1; digits < 3 && i < text.size() && text[i] >= '0' && text[i] <= '7';
                 ++digits)
                value = value * 8 + (text[i++] - '0');
            return static_cast<char>(value);
        }
        if (c == 'x') {
            int value = 0;
            int digits = 0;
            while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) {
                const char h = text[i++];
                value = value * 16 + (std::isdigit(static_cast<unsigned char>(h))
                                          ? h - '0'
                                          : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
                ++digits;
            }
            if (digits == 0 || digits > 2) fail("\\x needs one or two hex digits");
            return static_cast<char>(value);
        }
        fail(fmt::format("unknown escape '\\{}'", c));
    }

    std::string_view content_;
    std::string_view fileName_;
    std::size_t position_ = 0;
    int lineNumber_ = 0;
    std::string_view current_;
    std::optional<PoEntry> entry_;
    bool sawEnglish_ = false;
    bool pendingFuzzy_ = false;
    Field field_ = Field::None;
    std::vector<PoEntry> entries_;
};

}  // namespace

std::vector<PoEntry> parsePo(std::string_view content, std::string_view fileName) {
    return PoReader(content, fileName).read();
}

}  // namespace crm::text
