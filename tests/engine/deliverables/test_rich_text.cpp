// The narrative's Markdown subset: what the parser makes of typed text, and that what the
// GUI's editor (QTextDocument::toMarkdown) writes comes back as it was typed.
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextListFormat>
#include <catch2/catch.hpp>

#include "engine/deliverables/rich_text.h"

using namespace crm::deliverables;

namespace {

TextRun plain(std::string text) { return {std::move(text), false, false}; }
TextRun bold(std::string text) { return {std::move(text), true, false}; }
TextRun italic(std::string text) { return {std::move(text), false, true}; }
TextRun both(std::string text) { return {std::move(text), true, true}; }

RichBlock paragraph(std::vector<TextRun> runs) {
    return {RichBlockKind::Paragraph, 0, std::move(runs)};
}
RichBlock bullet(std::vector<TextRun> runs) { return {RichBlockKind::Bullet, 0, std::move(runs)}; }
RichBlock numbered(int n, std::vector<TextRun> runs) {
    return {RichBlockKind::Numbered, n, std::move(runs)};
}

}  // namespace

TEST_CASE("paragraphs are separated by blank lines and wrapped lines are joined",
          "[deliverables][rich_text]") {
    const RichText text = parseRichText("First line\n  wrapped here.\n\n\n  Second one.\n");
    CHECK(text == RichText{paragraph({plain("First line wrapped here.")}),
                           paragraph({plain("Second one.")})});
    CHECK(plainText(text) == "First line wrapped here.\nSecond one.");
}

TEST_CASE("bullets and numbered items become list blocks; the typed number is kept",
          "[deliverables][rich_text]") {
    const RichText text = parseRichText(
        "Intro\n- dash item\n* star item\n  continued\n\n1. one\n3) three\n12. twelve");
    CHECK(text == RichText{paragraph({plain("Intro")}), bullet({plain("dash item")}),
                           bullet({plain("star item continued")}), numbered(1, {plain("one")}),
                           numbered(3, {plain("three")}), numbered(12, {plain("twelve")})});
    CHECK(plainText(text) ==
          "Intro\n- dash item\n- star item continued\n1. one\n3. three\n12. twelve");
}

TEST_CASE("a number or dash without a following space is ordinary text",
          "[deliverables][rich_text]") {
    CHECK(parseRichText("2025 was good") == RichText{paragraph({plain("2025 was good")})});
    CHECK(parseRichText("-5 degrees") == RichText{paragraph({plain("-5 degrees")})});
}

TEST_CASE("without a blank line a number or heading continues the paragraph, as Qt wraps it",
          "[deliverables][rich_text]") {
    CHECK(parseRichText("We spent it in\n2026. The rest\n# waits") ==
          RichText{paragraph({plain("We spent it in 2026. The rest # waits")})});
    CHECK(
        parseRichText("- a long item\n  2026. wrapped\n  # too\n2. next") ==
        RichText{bullet({plain("a long item 2026. wrapped # too")}), numbered(2, {plain("next")})});
    CHECK(parseRichText("1. item\n    3) wrapped\n- bullet") ==
          RichText{numbered(1, {plain("item 3) wrapped")}), bullet({plain("bullet")})});
    CHECK(parseRichText("Steps:\n\n1. one\n\n# Next") == RichText{paragraph({plain("Steps:")}),
                                                                  numbered(1, {plain("one")}),
                                                                  paragraph({bold("Next")})});
}

TEST_CASE("bold, italic and both", "[deliverables][rich_text]") {
    CHECK(parseInline("a **b** c") == std::vector{plain("a "), bold("b"), plain(" c")});
    CHECK(parseInline("a *b* c") == std::vector{plain("a "), italic("b"), plain(" c")});
    CHECK(parseInline("a _b_ c") == std::vector{plain("a "), italic("b"), plain(" c")});
    CHECK(parseInline("a __b__ c") == std::vector{plain("a "), bold("b"), plain(" c")});
    CHECK(parseInline("***all***") == std::vector{both("all")});
    CHECK(parseInline("**bold *and italic* inside**") ==
          std::vector{bold("bold "), both("and italic"), bold(" inside")});
    CHECK(parseInline("*it **and bold***") == std::vector{italic("it "), both("and bold")});
}

TEST_CASE("unmatched or spaced markers stay literal", "[deliverables][rich_text]") {
    CHECK(parseInline("5 * 3 = 15") == std::vector{plain("5 * 3 = 15")});
    CHECK(parseInline("a *b c") == std::vector{plain("a *b c")});
    CHECK(parseInline("**open only") == std::vector{plain("**open only")});
    CHECK(parseInline("snake_case_words and more_words") ==
          std::vector{plain("snake_case_words and more_words")});
    CHECK(parseInline("trailing*") == std::vector{plain("trailing*")});
}

TEST_CASE("backslash escapes make a marker literal", "[deliverables][rich_text]") {
    CHECK(parseInline(R"(\*not italic\*)") == std::vector{plain("*not italic*")});
    CHECK(parseInline(R"(\\ and \a)") == std::vector{plain(R"(\ and \a)")});
    CHECK(parseRichText(R"(1\. not a list)") == RichText{paragraph({plain("1. not a list")})});
    CHECK(parseRichText(R"(\- not a bullet)") == RichText{paragraph({plain("- not a bullet")})});
}

TEST_CASE("a heading becomes a bold paragraph", "[deliverables][rich_text]") {
    CHECK(parseRichText("# Where we stand\nText") ==
          RichText{paragraph({bold("Where we stand")}), paragraph({plain("Text")})});
    CHECK(parseRichText("### Three *marks*") ==
          RichText{paragraph({bold("Three "), both("marks")})});
    CHECK(parseRichText("#hashtag") == RichText{paragraph({plain("#hashtag")})});
}

TEST_CASE("CRLF line ends and empty input", "[deliverables][rich_text]") {
    CHECK(parseRichText("One\r\ntwo\r\n\r\n- three\r\n") ==
          RichText{paragraph({plain("One two")}), bullet({plain("three")})});
    CHECK(parseRichText("").empty());
    CHECK(parseRichText("\n \r\n\t\n").empty());
    CHECK(plainText({}).empty());
}

namespace {

QGuiApplication& guiApp() {
    static int argc = 1;
    static char name[] = "test_rich_text";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
    return app;
}

void insertRuns(QTextCursor& cursor, const std::vector<TextRun>& runs) {
    for (const auto& run : runs) {
        QTextCharFormat f;
        f.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(run.italic);
        cursor.insertText(QString::fromStdString(run.text), f);
    }
}

// Types `blocks` into a QTextDocument the way the narrative editor would (Qt 6.4 numbers
// every list from 1).
QString typeIntoEditor(const RichText& blocks) {
    QTextDocument doc;
    QTextCursor cursor(&doc);
    QTextList* list = nullptr;
    RichBlockKind listKind = RichBlockKind::Paragraph;
    bool first = true;
    for (const auto& block : blocks) {
        if (!first) cursor.insertBlock(QTextBlockFormat{}, QTextCharFormat{});
        first = false;
        if (block.kind == RichBlockKind::Paragraph) {
            list = nullptr;
        } else if (!list || listKind != block.kind) {
            QTextListFormat f;
            f.setStyle(block.kind == RichBlockKind::Bullet ? QTextListFormat::ListDisc
                                                           : QTextListFormat::ListDecimal);
            list = cursor.createList(f);
            listKind = block.kind;
        } else {
            list->add(cursor.block());
        }
        insertRuns(cursor, block.runs);
    }
    return doc.toMarkdown();
}

}  // namespace

TEST_CASE("what Qt's editor writes as Markdown comes back as typed",
          "[deliverables][rich_text][qt]") {
    guiApp();
    const std::string longText =
        "The board agreed that the renewal desk keeps its two people for another year, that "
        "the schools segment gets a named account manager before the autumn term starts, and "
        "that the quarterly review uses the new churn figures instead of the old estimate.";
    const RichText typed = {
        paragraph({plain("We met on "), bold("12 March"), plain(" and agreed on "), italic("three"),
                   plain(" things, "), both("all urgent"), plain(".")}),
        bullet({plain("Keep the "), bold("renewal desk")}),
        bullet({plain("Call lapsed customers")}),
        paragraph({plain(longText)}),
        numbered(1, {plain("First "), italic("quarter")}),
        numbered(2, {plain("Second quarter")}),
        paragraph({plain("Costs 5 * 3 = 15 and snake_case_words stay as typed.")}),
    };
    const QString markdown = typeIntoEditor(typed);
    INFO(markdown.toStdString());
    // Qt wraps the long paragraph, so the parser must join its lines again.
    CHECK(markdown.count(QLatin1Char('\n')) > 9);
    CHECK(parseRichText(markdown.toStdString()) == typed);
}

TEST_CASE("what the parser reads, Qt's editor reads the same way",
          "[deliverables][rich_text][qt]") {
    guiApp();
    const std::string markdown = "Plain **bold** *italic*\n\n- one\n- two\n\n1. first\n2. second\n";
    QTextDocument doc;
    doc.setMarkdown(QString::fromStdString(markdown));
    CHECK(doc.blockCount() == 5);  // one paragraph, two bullets, two numbered items
    CHECK(parseRichText(doc.toMarkdown().toStdString()) == parseRichText(markdown));
}

TEST_CASE("a wrapped line that starts with a marker-like word stays in its paragraph or item",
          "[deliverables][rich_text][qt]") {
    guiApp();
    // Qt wraps at about 80 columns; one of these lengths puts the marker at a line start.
    for (std::size_t width = 66; width <= 80; ++width) {
        const std::string filler(width, 'x');
        for (const std::string marker : {"2026.", "1.", "3)", "-", "*", "+", "#"}) {
            for (const auto kind : {RichBlockKind::Paragraph, RichBlockKind::Bullet}) {
                const RichText typed = {{kind, 0, {plain(filler + " " + marker + " rest.")}}};
                const QString markdown = typeIntoEditor(typed);
                INFO(markdown.toStdString());
                CHECK(parseRichText(markdown.toStdString()) == typed);
            }
        }
    }
}
