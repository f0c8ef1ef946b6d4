#include "report/html/html_deliverables.h"

#include <algorithm>
#include <span>

#include "engine/deliverables/logo_image.h"
#include "engine/text/escaping.h"
#include "report/report_text.h"

namespace crm::report {

using text::escapeHtml;

namespace {

std::string runsHtml(const std::vector<deliverables::TextRun>& runs) {
    std::string out;
    for (const auto& run : runs) {
        std::string text = escapeHtml(run.text);
        if (run.italic) text = "<em>" + text + "</em>";
        if (run.bold) text = "<strong>" + text + "</strong>";
        out += text;
    }
    return out;
}

bool isDeliverable(const Block& block) {
    return std::holds_alternative<SignOffBlock>(block) ||
           std::holds_alternative<RichTextBlock>(block);
}

// Width and height that fit the logo into 60 mm x 25 mm (CSS pixels, 96 per inch), keeping
// its shape, for readers that ignore the stylesheet (mail clients, word processors).
std::string logoSize(const Logo& logo) {
    if (logo.width <= 0 || logo.height <= 0) return {};
    constexpr double kBoxWidth = 60 / 25.4 * 96, kBoxHeight = 25 / 25.4 * 96;
    const double scale = std::min(kBoxWidth / logo.width, kBoxHeight / logo.height);
    return " width=\"" + std::to_string(static_cast<int>(logo.width * scale + 0.5)) +
           "\" height=\"" + std::to_string(static_cast<int>(logo.height * scale + 0.5)) + "\"";
}

}  // namespace

void appendRichText(std::string& out, const RichTextBlock& block) {
    out += "<div class=\"narrative\">\n";
    if (!block.heading.empty()) out += "<h3>" + escapeHtml(block.heading) + "</h3>\n";
    using Kind = deliverables::RichBlockKind;
    const auto& items = block.text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& b = items[i];
        if (b.kind == Kind::Paragraph) {
            out += "<p>" + runsHtml(b.runs) + "</p>\n";
            continue;
        }
        // Consecutive items of one kind form one list; a numbered list starts at its first
        // number as typed.
        const bool numbered = b.kind == Kind::Numbered;
        out += numbered ? (b.number != 1 ? "<ol start=\"" + std::to_string(b.number) + "\">\n"
                                         : std::string("<ol>\n"))
                        : std::string("<ul>\n");
        for (; i < items.size() && items[i].kind == b.kind; ++i)
            out += "<li>" + runsHtml(items[i].runs) + "</li>\n";
        --i;
        out += numbered ? "</ol>\n" : "</ul>\n";
    }
    out += "</div>\n";
}

void appendSignOff(std::string& out, const SignOffBlock& block) {
    if (!block.heading.empty()) out += "<h3>" + escapeHtml(block.heading) + "</h3>\n";
    out += "<table class=\"sign-off\">\n<thead><tr><th>" + escapeHtml(reportText("Name")) +
           "</th><th>" + escapeHtml(reportText("Role")) + "</th><th>" +
           escapeHtml(reportText("Date")) + "</th><th>" + escapeHtml(reportText("Signature")) +
           "</th></tr></thead>\n<tbody>\n";
    for (const auto& p : block.people)
        out += "<tr><td>" + escapeHtml(p.name) + "</td><td>" + escapeHtml(p.role) +
               "</td><td class=\"date\">" + escapeHtml(p.date) +
               "</td><td class=\"signature\"></td></tr>\n";
    out += "</tbody>\n</table>\n";
}

void appendCoverLogo(std::string& out, const TitlePage& t) {
    if (!t.logo || t.logo->bytes.empty()) return;
    const auto* data = reinterpret_cast<const unsigned char*>(t.logo->bytes.data());
    out += "<img class=\"logo\" alt=\"Logo\" src=\"data:" + escapeHtml(t.logo->mimeType) +
           ";base64," +
           deliverables::base64Encode(std::span<const unsigned char>(data, t.logo->bytes.size())) +
           "\"" + logoSize(*t.logo) + ">\n";
}

void appendConfidentiality(std::string& out, const TitlePage& t) {
    if (!t.confidentiality.empty())
        out += "<p class=\"confidentiality\">" + escapeHtml(t.confidentiality) + "</p>\n";
}

bool hasDeliverables(const ReportData& report) {
    const TitlePage& t = report.title;
    if (t.logo || !t.confidentiality.empty() || !report.summary.narratives.empty()) return true;
    for (const auto& section : report.sections)
        for (const auto& block : section.blocks)
            if (isDeliverable(block)) return true;
    return false;
}

std::string_view deliverablesStylesheet() {
    return R"css(
.title-page img.logo { display: block; max-width: 60mm; max-height: 25mm; margin-bottom: 1.5em; }
p.confidentiality { font-weight: bold; color: var(--accent); }
div.narrative { border-left: 4px solid var(--accent); background: #f5f8fc; padding: .2em 1em .4em;
                margin: .5em 0 1.2em; }
div.narrative h3 { margin-top: .6em; color: var(--accent); }
div.narrative p { white-space: normal; }
table.sign-off td { height: 3.2em; vertical-align: bottom; }
table.sign-off td.signature { width: 40%; border-bottom: 1px solid var(--ink); }
@media print { div.narrative, table.sign-off tr { break-inside: avoid; } }
)css";
}

}  // namespace crm::report
