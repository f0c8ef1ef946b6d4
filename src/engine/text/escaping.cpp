#include "engine/text/escaping.h"

namespace crm::text {
namespace {

constexpr std::string_view kReplacement = "\uFFFD";

// Length of the well-formed UTF-8 sequence at text[i] (Unicode 15, table 3-7), or 0 when the
// bytes there are not one.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
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

bool droppedControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// A well-formed sequence the policy does not pass on: a C1 control or U+FFFE / U+FFFF.
enum class Verdict { Keep, Drop, Replace };
Verdict judge(std::string_view sequence) {
    const auto first = static_cast<unsigned char>(sequence[0]);
    const auto second = static_cast<unsigned char>(sequence[1]);
    if (first == 0xC2 && second <= 0x9F) return Verdict::Drop;  // U+0080..U+009F
    if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") return Verdict::Replace;
    return Verdict::Keep;
}

// Applies the policy and hands every ASCII character kept to escapeAscii(out, c); the rest of
// the text is copied as it is.
template <typename EscapeAscii>
std::string escaped(std::string_view text, EscapeAscii escapeAscii) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (!droppedControl(c)) escapeAscii(out, static_cast<char>(c));
            ++i;
            continue;
        }
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        const std::string_view sequence = text.substr(i, length);
        switch (judge(sequence)) {
            case Verdict::Keep:
                out += sequence;
                break;
            case Verdict::Replace:
                out += kReplacement;
                break;
            case Verdict::Drop:
                break;
        }
        i += length;
    }
    return out;
}

// The markup characters of XML and HTML; `apostrophe` is the one place they differ.
void appendMarkupEscaped(std::string& out, char c, std::string_view apostrophe) {
    switch (c) {
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
            out += apostrophe;
            break;
        default:
            out += c;
    }
}

}  // namespace

std::string sanitizedText(std::string_view text) {
    return escaped(text, [](std::string& out, char c) { out += c; });
}

std::string escapeXml(std::string_view text) {
    return escaped(text, [](std::string& out, char c) { appendMarkupEscaped(out, c, "&apos;"); });
}

std::string escapeXmlAttribute(std::string_view text) {
    return escaped(text, [](std::string& out, char c) {
        if (c == '\t')
            out += "&#9;";
        else if (c == '\n')
            out += "&#10;";
        else if (c == '\r')
            out += "&#13;";
        else
            appendMarkupEscaped(out, c, "&apos;");
    });
}

std::string escapeHtml(std::string_view text) {
    return escaped(text, [](std::string& out, char c) { appendMarkupEscaped(out, c, "&#39;"); });
}

std::string escapeICalendarText(std::string_view text) {
    return escaped(text, [](std::string& out, char c) {
        if (c == '\\' || c == ';' || c == ',')
            out += {'\\', c};
        else if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    });
}

}  // namespace crm::text
