#include "engine/transactions/csv_scanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crm::transactions {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

char delimiterChar(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::Comma:
            return ',';
        case Delimiter::Semicolon:
            return ';';
        case Delimiter::Tab:
            return '\t';
        case Delimiter::Whitespace:
            return ' ';
    }
    return ',';
}
}  // namespace

std::string_view delimiterName(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::Comma:
            return "comma";
        case Delimiter::Semicolon:
            return "semicolon";
        case Delimiter::Tab:
            return "tab";
        case Delimiter::Whitespace:
            return "whitespace";
    }
    return "comma";
}

std::string_view withoutBom(std::string_view buffer) {
    if (buffer.starts_with(kBom)) buffer.remove_prefix(kBom.size());
    return buffer;
}

CsvScanner::CsvScanner(std::string_view buffer, Delimiter delimiter)
    : buffer_(buffer),
      pos_(buffer.starts_with(kBom) ? kBom.size() : 0),
      delimiter_(delimiterChar(delimiter)),
      whitespace_(delimiter == Delimiter::Whitespace) {
    stop_[static_cast<unsigned char>('\n')] = true;
    stop_[static_cast<unsigned char>('\r')] = true;
    stop_[static_cast<unsigned char>(delimiter_)] = true;
    if (whitespace_) stop_[static_cast<unsigned char>('\t')] = true;
}

bool CsvScanner::atLineEnd() const {
    return pos_ >= buffer_.size() || buffer_[pos_] == '\n' || buffer_[pos_] == '\r';
}

void CsvScanner::consumeLineBreak() {
    if (buffer_[pos_] == '\r' && pos_ + 1 < buffer_.size() && buffer_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
}

void CsvScanner::skipFieldSpaces() {
    while (pos_ < buffer_.size() && (buffer_[pos_] == ' ' || buffer_[pos_] == '\t')) ++pos_;
}

void CsvScanner::skipBlankLines() {
    for (;;) {
        if (whitespace_) skipFieldSpaces();
        if (pos_ >= buffer_.size()) return;
        const char c = buffer_[pos_];
        if (c != '\n' && c != '\r') return;
        consumeLineBreak();
    }
}

std::size_t CsvScanner::scanUnquoted(std::size_t pos) const {
    const char* data = buffer_.data();
    const std::size_t n = buffer_.size();
#if defined(__SSE2__)
    // Fields are short: one 16-byte compare usually finds the end.
    const __m128i delim = _mm_set1_epi8(delimiter_);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i tab = _mm_set1_epi8(whitespace_ ? '\t' : '\n');
    while (pos + 16 <= n) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, delim), _mm_cmpeq_epi8(chunk, lf)),
                         _mm_or_si128(_mm_cmpeq_epi8(chunk, cr), _mm_cmpeq_epi8(chunk, tab)));
        const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(mask));
        pos += 16;
    }
#endif
    while (pos < n && !stop_[static_cast<unsigned char>(data[pos])]) ++pos;
    return pos;
}

void CsvScanner::scanQuoted(CsvRecord& record) {
    const char* data = buffer_.data();
    const std::size_t n = buffer_.size();
    const std::size_t fieldIndex = record.fields.size();
    std::size_t segment = ++pos_;  // first byte after the opening quote
    bool copied = false;
    std::size_t scratchStart = 0;
    std::size_t contentEnd = n;
    for (;;) {
        std::size_t i = pos_;
        while (i < n && data[i] != '"') {
            // Line breaks inside quotes still count as physical lines.
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= n || data[i + 1] != '\n')))
                ++line_;
            ++i;
        }
        if (i >= n) {
            if (record.error == nullptr) {
                record.error = "quoted field is never closed";
                record.errorField = fieldIndex;
            }
            pos_ = n;
            contentEnd = n;
            endedInsideQuotes_ = true;
            break;
        }
        if (i + 1 < n && data[i + 1] == '"') {  // "" stands for one quote
            if (!copied) {
                copied = true;
                scratchStart = scratch_[current_].size();
            }
            scratch_[current_].append(data + segment, i + 1 - segment);
            pos_ = segment = i + 2;
            continue;
        }
        contentEnd = i;
        pos_ = i + 1;
        break;
    }
    if (copied) {
        scratch_[current_].append(data + segment, contentEnd - segment);
        scratchFields_.push_back(
            {fieldIndex, scratchStart, scratch_[current_].size() - scratchStart});
        record.fields.emplace_back();
    } else {
        record.fields.emplace_back(data + segment, contentEnd - segment);
    }
    if (pos_ < n && !stop_[static_cast<unsigned char>(data[pos_])]) {
        if (record.error == nullptr) {
            record.error = "unexpected text after the closing quote";
            record.errorField = fieldIndex;
        }
        pos_ = scanUnquoted(pos_);
    }
}

bool CsvScanner::next(CsvRecord& record) {
    record.fields.clear();
    record.error = nullptr;
    record.errorField = 0;
    current_ ^= 1;
    scratch_[current_].clear();
    scratchFields_.clear();
    skipBlankLines();
    const std::size_t n = buffer_.size();
    if (pos_ >= n) return false;
    record.line = line_;
    record.begin = pos_;
    const char* data = buffer_.data();
    for (;;) {
        if (data[pos_] == '"') {
            scanQuoted(record);
        } else {
            const std::size_t end = scanUnquoted(pos_);
            record.fields.emplace_back(data + pos_, end - pos_);
            pos_ = end;
        }
        if (atLineEnd()) break;
        ++pos_;  // the delimiter
        if (whitespace_) {
            skipFieldSpaces();  // a run of blanks is one delimiter
            if (atLineEnd()) break;
        } else if (pos_ >= n) {
            record.fields.emplace_back();  // "a,b," ends with an empty field
            break;
        }
    }
    record.end = pos_;
    if (pos_ < n) consumeLineBreak();
    for (const auto& f : scratchFields_)
        record.fields[f.field] = std::string_view(scratch_[current_].data() + f.offset, f.length);
    return true;
}

}  // namespace crm::transactions
