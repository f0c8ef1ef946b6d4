#pragma once
// The facilitator's narrative is stored as a small Markdown subset, so the file stays readable
// text and every report format can lay it out: paragraphs, "- " bullet lists, "1. " numbered
// lists, **bold** and *italic*. Anything else is kept as literal text. As in what Qt's editor
// writes, a numbered list or a heading after a paragraph needs a blank line before it; without
// one the line continues the paragraph.
#include <string>
#include <string_view>
#include <vector>

namespace crm::deliverables {

struct TextRun {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool operator==(const TextRun&) const = default;
};

enum class RichBlockKind { Paragraph, Bullet, Numbered };

// One paragraph or one list item. Consecutive items of the same kind form one list.
struct RichBlock {
    RichBlockKind kind = RichBlockKind::Paragraph;
    int number = 0;  // the item's number in a numbered list, as typed
    std::vector<TextRun> runs;
    bool operator==(const RichBlock&) const = default;
};

using RichText = std::vector<RichBlock>;

RichText parseRichText(std::string_view markdown);

// The inline runs of one line of text (used for each block).
std::vector<TextRun> parseInline(std::string_view text);

// The text without any formatting, blocks separated by newlines.
std::string plainText(const RichText& text);

}  // namespace crm::deliverables
