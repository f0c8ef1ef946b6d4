#include "report/odt/odt_xml.h"

namespace crm::report::odt {
namespace {

bool forbiddenInXml(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// Length of the well-formed UTF-8 sequence at text[i], or 0 when the bytes are not one.
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    if (lead >= 0xE0 && lead <= 0xEF) length = 3;
    if (lead >= 0xF0 && lead <= 0xF4) length = 4;
    if (length == 0 || i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // UTF-16 surrogate
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // beyond U+10FFFF
    return length;
}

}  // namespace

std::string escapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto c = static_cast<unsigned char>(ch);
        if (forbiddenInXml(c)) continue;
        if (c >= 0x80) {
            // Bytes that are not UTF-8 would make the whole file unreadable: U+FFFD instead.
            const std::size_t length = utf8Length(text, i);
            out += length ? text.substr(i, length) : std::string_view("\uFFFD");
            if (length) i += length - 1;
            continue;
        }
        switch (ch) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                out += ch;
        }
    }
    return out;
}

std::string paragraphText(std::string_view text) {
    std::string out;
    std::string run;  // plain text is escaped in runs, so UTF-8 sequences stay whole
    std::size_t spaces = 0;
    auto flush = [&] {
        out += escapeXml(run);
        run.clear();
        // One space is kept as is; the rest of a run must be written as <text:s/>.
        if (spaces == 0) return;
        out += ' ';
        if (spaces == 2) out += "<text:s/>";
        if (spaces > 2) out += "<text:s text:c=\"" + std::to_string(spaces - 1) + "\"/>";
        spaces = 0;
    };
    for (const char ch : text) {
        if (ch == ' ') {
            ++spaces;
            continue;
        }
        if (spaces) flush();
        if (ch == '\r') continue;
        if (ch == '\n' || ch == '\t') {
            flush();
            out += ch == '\n' ? "<text:line-break/>" : "<text:tab/>";
            continue;
        }
        run += ch;
    }
    flush();
    return out;
}

}  // namespace crm::report::odt
