#pragma once
// RFC 4180 record scanner over an in-memory buffer (a mapped file or a string).
// Fields are views into the buffer; only quoted fields with doubled quotes are copied.
//
// Rules (documented for users in the import dialog and the CLI help):
// - records end at LF, CRLF or a lone CR; line numbers count each of them once;
// - a UTF-8 byte order mark at the start is skipped;
// - blank lines (and whitespace-only lines with Delimiter::Whitespace) are skipped
//   but counted, so line numbers stay physical;
// - a field is quoted only when '"' is its first character; inside, "" is one quote
//   and delimiters and line breaks are data; a '"' inside an unquoted field is data;
// - malformed quoting is reported on the record (CsvRecord::error), not guessed at:
//   text between a closing quote and the next delimiter ("a"x), or a quote never closed
//   (the record then runs to the end of the buffer);
// - Whitespace: runs of spaces/tabs separate fields, leading and trailing ones are
//   ignored (the CDNOW layout); the other delimiters keep spaces as data.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crm::transactions {

enum class Delimiter : std::uint8_t { Comma, Semicolon, Tab, Whitespace };

// "comma", "semicolon", "tab", "whitespace" (for messages and the CLI).
std::string_view delimiterName(Delimiter delimiter);

struct CsvRecord {
    std::size_t line = 0;   // 1-based physical line where the record starts
    std::size_t begin = 0;  // byte offset of the record's first character
    std::size_t end = 0;    // byte offset just past its last character (before the line break)
    std::vector<std::string_view> fields;
    // Malformed quoting: a static message and the 0-based field it concerns.
    const char* error = nullptr;
    std::size_t errorField = 0;
};

class CsvScanner {
  public:
    CsvScanner(std::string_view buffer, Delimiter delimiter);

    // Reads the next non-blank record into `record` (reusing its storage).
    // Returns false at the end of the buffer. Views stay valid as long as the buffer
    // lives, except those of fields with doubled quotes (copied, unescaped): these stay
    // valid until the second next call, so a caller may hold two records at a time.
    bool next(CsvRecord& record);

    std::size_t offset() const { return pos_; }  // bytes consumed so far
    std::size_t size() const { return buffer_.size(); }
    // Line breaks consumed so far (blank lines and breaks inside quotes included).
    std::size_t lineBreaks() const { return line_ - 1; }
    // A quoted field ran to the end of the buffer without its closing quote.
    bool endedInsideQuotes() const { return endedInsideQuotes_; }

  private:
    void skipBlankLines();
    bool atLineEnd() const;
    void consumeLineBreak();
    std::size_t scanUnquoted(std::size_t pos) const;
    void scanQuoted(CsvRecord& record);
    void skipFieldSpaces();

    std::string_view buffer_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    char delimiter_;
    bool whitespace_;
    bool endedInsideQuotes_ = false;
    bool stop_[256] = {};     // bytes that end an unquoted field
    std::string scratch_[2];  // unescaped quoted fields of the current and the previous record
    std::size_t current_ = 0;
    struct ScratchField {
        std::size_t field, offset, length;
    };
    std::vector<ScratchField> scratchFields_;
};

// Skips a UTF-8 byte order mark, if any.
std::string_view withoutBom(std::string_view buffer);

}  // namespace crm::transactions
