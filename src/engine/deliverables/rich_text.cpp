#include "engine/deliverables/rich_text.h"

#include <cctype>

namespace crm::deliverables {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view trimLeft(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    return s;
}

std::string_view trimRight(std::string_view s) {
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

struct ListMarker {
    RichBlockKind kind = RichBlockKind::Paragraph;
    int number = 0;
    std::string_view rest;
};

// "- x", "* x", "+ x" or "12. x" / "12) x"; Paragraph when the line is not a list item.
ListMarker listMarker(std::string_view line) {
    line = trimLeft(line);
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
        isSpace(line[1]))
        return {RichBlockKind::Bullet, 0, trimLeft(line.substr(2))};
    std::size_t digits = 0;
    while (digits < line.size() && digits < 9 &&
           std::isdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
    if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
        isSpace(line[digits + 1]))
        return {RichBlockKind::Numbered, std::stoi(std::string(line.substr(0, digits))),
                trimLeft(line.substr(digits + 2))};
    return {RichBlockKind::Paragraph, 0, line};
}

// A heading line ("# Title") becomes a bold paragraph: the report owns the real headings.
std::string_view headingText(std::string_view line) {
    std::size_t hashes = 0;
    while (hashes < line.size() && hashes < 6 && line[hashes] == '#') ++hashes;
    if (hashes == 0 || hashes >= line.size() || !isSpace(line[hashes])) return {};
    return trimLeft(line.substr(hashes));
}

// Qt's Markdown writer wraps long lines at about 80 columns without escaping, so a wrapped line
// may start with "2026. " or "# ". It never wraps before a bullet marker, writes list items at
// the line start and their wrapped lines indented, and puts a blank line between a paragraph
// and a list. So a numbered line starts an item only at the start or as an unindented sibling
// of a list item, and a heading only after a blank line.
bool startsBlock(const ListMarker& marker, bool indented, const RichBlock* open) {
    if (marker.kind == RichBlockKind::Paragraph) return false;
    if (!open || marker.kind == RichBlockKind::Bullet) return true;
    return open->kind != RichBlockKind::Paragraph && !indented;
}

bool isPunctuation(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// A delimiter run of `width` `mark` characters at `at` can close if a later one exists that is
// preceded by a non-space.
bool hasCloser(std::string_view text, std::size_t from, char mark, std::size_t width) {
    for (std::size_t i = from; i + width <= text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        if (text.compare(i, width, std::string(width, mark)) == 0 && i > from &&
            !isSpace(text[i - 1]))
            return true;
    }
    return false;
}

// Adjacent runs of the same style (left by an unmatched delimiter) become one.
std::vector<TextRun> mergeRuns(std::vector<TextRun> runs) {
    std::vector<TextRun> merged;
    for (auto& run : runs) {
        if (!merged.empty() && merged.back().bold == run.bold && merged.back().italic == run.italic)
            merged.back().text += run.text;
        else
            merged.push_back(std::move(run));
    }
    return merged;
}

}  // namespace

std::vector<TextRun> parseInline(std::string_view text) {
    std::vector<TextRun> runs;
    TextRun current;
    auto flush = [&] {
        if (!current.text.empty()) runs.push_back(current);
        current.text.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && isPunctuation(text[i + 1])) {
            current.text += text[++i];
            continue;
        }
        if (c == '*' || c == '_') {
            const std::size_t width = i + 1 < text.size() && text[i + 1] == c ? 2 : 1;
            bool& state = width == 2 ? current.bold : current.italic;
            const bool wordBefore =
                i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0;
            const std::size_t after = i + width;
            if (state) {  // closing: must follow a non-space
                if (i > 0 && !isSpace(text[i - 1])) {
                    flush();
                    state = false;
                    i = after - 1;
                    continue;
                }
            } else if (after < text.size() && !isSpace(text[after]) && !(c == '_' && wordBefore) &&
                       hasCloser(text, after, c, width)) {
                flush();
                state = true;
                i = after - 1;
                continue;
            }
        }
        current.text += c;
    }
    flush();
    return mergeRuns(std::move(runs));
}

RichText parseRichText(std::string_view markdown) {
    RichText out;
    std::string pending;  // the text of the block being read
    RichBlock block;
    bool open = false;
    auto finish = [&] {
        if (open) {
            block.runs = parseInline(pending);
            if (!block.runs.empty()) out.push_back(block);
        }
        open = false;
        pending.clear();
    };
    while (!markdown.empty()) {
        const std::size_t end = markdown.find('\n');
        std::string_view line = trimRight(markdown.substr(0, end));
        markdown.remove_prefix(end == std::string_view::npos ? markdown.size() : end + 1);
        if (trimLeft(line).empty()) {
            finish();
            continue;
        }
        const ListMarker marker = listMarker(line);
        if (startsBlock(marker, isSpace(line.front()), open ? &block : nullptr)) {
            finish();
            block = RichBlock{marker.kind, marker.number, {}};
            open = true;
            pending = std::string(marker.rest);
            continue;
        }
        if (auto heading = open ? std::string_view{} : headingText(trimLeft(line));
            !heading.empty()) {
            finish();
            auto runs = parseInline(heading);
            for (auto& run : runs) run.bold = true;
            out.push_back(RichBlock{RichBlockKind::Paragraph, 0, mergeRuns(std::move(runs))});
            continue;
        }
        if (!open) {
            block = RichBlock{};
            open = true;
        } else {
            pending += ' ';  // a wrapped line continues the block
        }
        pending += trimLeft(line);
    }
    finish();
    return out;
}

std::string plainText(const RichText& text) {
    std::string out;
    for (const auto& block : text) {
        if (!out.empty()) out += '\n';
        if (block.kind == RichBlockKind::Bullet) out += "- ";
        if (block.kind == RichBlockKind::Numbered) out += std::to_string(block.number) + ". ";
        for (const auto& run : block.runs) out += run.text;
    }
    return out;
}

}  // namespace crm::deliverables
