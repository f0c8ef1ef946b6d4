#include "report/html/html_renderer.h"

#include "engine/text/escaping.h"
#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/html/html_deliverables.h"
#include "report/html/html_stylesheet.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {

using text::escapeHtml;

namespace {

std::string_view alignClass(Align align) {
    switch (align) {
        case Align::Right:
            return " class=\"right\"";
        case Align::Center:
            return " class=\"center\"";
        case Align::Left:
            return "";
    }
    return "";
}

bool isIsoDay(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

// A table cell; a date alone in its cell is kept on one line.
std::string cellHtml(const std::string& text) {
    return isIsoDay(text) ? "<span class=\"day\">" + text + "</span>" : escapeHtml(text);
}

// User text: blank lines start a new paragraph; single line breaks are kept by CSS.
void appendParagraphs(std::string& out, std::string_view text, std::string_view cls = {}) {
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find("\n\n", pos);
        std::string_view part =
            text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        out += cls.empty() ? "<p>" : "<p class=\"" + std::string(cls) + "\">";
        out += escapeHtml(part) + "</p>\n";
        if (end == std::string_view::npos) break;
        pos = end + 2;
    }
}

void appendFacts(std::string& out, const std::vector<KeyValue>& items) {
    out += "<dl class=\"facts\">\n";
    for (const auto& kv : items)
        out += "<dt>" + escapeHtml(kv.key) + "</dt><dd>" +
               (kv.value.empty() ? "\u2014" : escapeHtml(kv.value)) + "</dd>\n";
    out += "</dl>\n";
}

void appendChart(std::string& out, const Chart& chart) {
    out += "<figure class=\"chart\">\n" + chartSvg(chart.spec);
    if (!chart.caption.empty())
        out += "<figcaption>" + escapeHtml(chart.caption) + "</figcaption>\n";
    out += "</figure>\n";
}

void appendHeading3(std::string& out, const std::string& heading) {
    if (!heading.empty()) out += "<h3>" + escapeHtml(heading) + "</h3>\n";
}

struct BlockWriter {
    std::string& out;
    void operator()(const Paragraph& p) const {
        appendHeading3(out, p.heading);
        appendParagraphs(out, p.text);
    }
    void operator()(const KeyValueList& list) const {
        appendHeading3(out, list.heading);
        appendFacts(out, list.items);
    }
    void operator()(const Table& table) const {
        appendHeading3(out, table.heading);
        if (table.rows.empty()) {
            out += "<p class=\"note\">" + escapeHtml(table.emptyText) + "</p>\n";
            return;
        }
        // A table wider than a phone scrolls on its own; the page never scrolls sideways.
        out += "<div class=\"table-scroll\"><table>\n<thead><tr>";
        for (const auto& c : table.columns)
            out += "<th" + std::string(alignClass(c.align)) + ">" + escapeHtml(c.header) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            out += "<tr>";
            for (std::size_t i = 0; i < table.columns.size(); ++i)
                out += "<td" + std::string(alignClass(table.columns[i].align)) + ">" +
                       (i < row.size() ? cellHtml(row[i]) : std::string{}) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody>\n</table></div>\n";
    }
    void operator()(const FindingList& list) const {
        appendHeading3(out, list.heading);
        if (list.items.empty()) {
            if (!list.emptyText.empty())
                out += "<p class=\"note\">" + escapeHtml(list.emptyText) + "</p>\n";
            return;
        }
        if (!list.key.empty()) {
            out += "<p class=\"finding-key\">";
            for (const auto& k : list.key)
                out += "<span class=\"finding-" + std::string(chart_style::ragKey(k.rag)) + "\">" +
                       escapeHtml(k.label) + "</span> ";
            out += "</p>\n";
        }
        out += "<ul class=\"findings\">\n";
        for (const auto& f : list.items)
            out += "<li class=\"finding-" + std::string(chart_style::ragKey(f.rag)) +
                   "\"><strong>" + escapeHtml(f.title) + "</strong>" +
                   (f.detail.empty() ? "" : " \u2014 " + escapeHtml(f.detail)) + "</li>\n";
        out += "</ul>\n";
    }
    void operator()(const Chart& chart) const { appendChart(out, chart); }
    void operator()(const RichTextBlock& block) const { appendRichText(out, block); }
    void operator()(const SignOffBlock& block) const { appendSignOff(out, block); }
};

void appendTitlePage(std::string& out, const TitlePage& t) {
    out += "<header class=\"title-page\">\n";
    appendCoverLogo(out, t);
    out += "<h1>" + escapeHtml(t.reportTitle) + "</h1>\n";
    out += "<p class=\"company\">" + escapeHtml(t.company) + "</p>\n";
    std::vector<KeyValue> facts;
    if (!t.preparedFor.empty()) facts.push_back({reportText("Prepared for"), t.preparedFor});
    if (!t.preparedBy.empty()) facts.push_back({reportText("Prepared by"), t.preparedBy});
    facts.insert(facts.end(),
                 {{reportText("Cycle"), t.cycleName},
                  {reportText("Industry"), t.industry},
                  {reportText("Facilitator"), t.facilitator},
                  {reportText("Currency"), currencyCaption(t.currency)},
                  {reportText("Assessment date"), t.assessmentDate},
                  {reportText("Report date"), t.reportDate},
                  {reportText("Methodology profile"), t.profileName + " (" + t.profileHash + ")"}});
    appendFacts(out, facts);
    appendConfidentiality(out, t);
    if (t.draft) out += "<p class=\"draft-note\">" + escapeHtml(t.draftNote) + "</p>\n";
    out += "</header>\n";
}

// The brief's first lines instead of the title page and contents.
void appendBriefHeader(std::string& out, const TitlePage& t) {
    const std::string facts =
        t.assessmentDate.empty()
            ? reportFormat("Cycle {0}. Report date {1}. Amounts in {2}.", t.cycleName, t.reportDate,
                           currencyCaption(t.currency))
            : reportFormat("Cycle {0}, assessed on {1}. Report date {2}. Amounts in {3}.",
                           t.cycleName, t.assessmentDate, t.reportDate,
                           currencyCaption(t.currency));
    out += "<header class=\"brief-header\">\n<h1>" + escapeHtml(t.reportTitle + ": " + t.company) +
           "</h1>\n<p class=\"lead\">" + escapeHtml(facts) + "</p>\n";
    if (t.draft) out += "<p class=\"draft-note\">" + escapeHtml(t.draftNote) + "</p>\n";
    out += "</header>\n";
}

void appendContents(std::string& out, const ReportData& report) {
    out += "<nav class=\"toc\">\n<h2>" + escapeHtml(reportText("Contents")) + "</h2>\n<ol>\n";
    out += "<li><a href=\"#summary\"><span class=\"num\"></span>" +
           escapeHtml(reportText("Executive summary")) + "</a></li>\n";
    for (const auto& s : report.sections)
        out += "<li><a href=\"#" + escapeHtml(s.id) + "\"><span class=\"num\">" +
               escapeHtml(s.number) + "</span>" + escapeHtml(s.title) + "</a></li>\n";
    out += "</ol>\n</nav>\n";
}

void appendSummary(std::string& out, const ExecutiveSummary& s) {
    out += "<section id=\"summary\" class=\"summary\">\n<h2>" +
           escapeHtml(reportText("Executive summary")) + "</h2>\n";
    for (const auto& narrative : s.narratives) appendRichText(out, narrative);
    if (s.scored) {
        out += "<div class=\"maturity\"><div><div>" + escapeHtml(reportText("CRM maturity")) +
               "</div><div class=\"level\">" + escapeHtml(s.maturityLevel) + "</div></div>";
        if (!s.maturityIndex.empty())
            out += "<div class=\"index\">" +
                   escapeHtml(reportFormat("Index {0} / 100", s.maturityIndex)) + "</div>";
        out += "</div>\n";
        if (!s.maturityReason.empty()) out += "<p>" + escapeHtml(s.maturityReason) + "</p>\n";
        if (!s.headlineFigures.empty()) appendFacts(out, s.headlineFigures);
    }
    if (!s.note.empty()) out += "<p class=\"note\">" + escapeHtml(s.note) + "</p>\n";
    if (s.scored) {
        out += "<h3>" + escapeHtml(reportText("Top capability gaps")) + "</h3>\n";
        if (s.topGaps.empty())
            out += "<p class=\"note\">" + escapeHtml(s.gapsEmptyText) + "</p>\n";
        else {
            out += "<ol>\n";
            for (const auto& g : s.topGaps)
                out += "<li><strong>" + escapeHtml(g.capability) + "</strong>: " +
                       escapeHtml(reportFormat("{0} \u2192 {1}, gap score {2}", g.current, g.target,
                                               g.score)) +
                       "<span class=\"why\">" + escapeHtml(g.reason) + "</span></li>\n";
            out += "</ol>\n";
        }
        out += "<h3>" + escapeHtml(reportText("Top recommendations")) + "</h3>\n";
        if (s.topRecommendations.empty())
            out += "<p class=\"note\">" +
                   escapeHtml(reportText("The assessment found nothing to recommend.")) + "</p>\n";
        else {
            out += "<ol>\n";
            for (const auto& r : s.topRecommendations)
                out += "<li><strong>" + escapeHtml(r.action) + "</strong>" +
                       (r.impact.empty()
                            ? ""
                            : " <span class=\"impact\">" +
                                  escapeHtml(reportFormat("({0} impact)", r.impact)) + "</span>") +
                       "<span class=\"why\">" + escapeHtml(reportFormat("Because: {0}", r.cause)) +
                       "</span></li>\n";
            out += "</ol>\n";
        }
        out += "<h3>" + escapeHtml(reportText("Metrics off track")) + "</h3>\n";
        if (s.offTrackMetrics.empty())
            out += "<p class=\"note\">" + escapeHtml(s.metricsEmptyText) + "</p>\n";
        else {
            out += "<ul>\n";
            for (const auto& m : s.offTrackMetrics)
                out += "<li><span class=\"rag rag-" + std::string(chart_style::ragKey(m.rag)) +
                       "\">" + escapeHtml(m.status) + "</span> <strong>" + escapeHtml(m.name) +
                       "</strong>" + (m.progress.empty() ? "" : ": " + escapeHtml(m.progress)) +
                       "<span class=\"why\">" + escapeHtml(m.reason) + "</span></li>\n";
            out += "</ul>\n";
            if (!s.moreOffTrack.empty())
                out += "<p class=\"note\">" + escapeHtml(s.moreOffTrack) + "</p>\n";
        }
    }
    if (s.chart) appendChart(out, *s.chart);
    out += "</section>\n";
}

}  // namespace

std::string renderHtml(const ReportData& report) {
    const ReportLanguage language(report.language);
    const TitlePage& t = report.title;
    std::string out;
    out.reserve(256 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(reportLanguage()) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"CRM Strategy Workbench\">\n";
    out += "<title>" +
           escapeHtml(t.reportTitle + " \u2014 " + t.company + " \u2014 " + t.cycleName) +
           "</title>\n";
    out += "<style>" + std::string(htmlStylesheet());
    if (hasDeliverables(report)) out += deliverablesStylesheet();
    // The draft mark is set in the stylesheet; another language overrides its word.
    if (const std::string draft = reportText("DRAFT"); draft != "DRAFT")
        out += "body.draft::before { content: \"" + draft + "\"; }\n";
    out += "</style>\n</head>\n";
    out += t.draft ? "<body class=\"draft\">\n" : "<body>\n";
    if (report.kind == ReportKind::Brief) {
        appendBriefHeader(out, t);
    } else {
        appendTitlePage(out, t);
        appendContents(out, report);
        appendSummary(out, report.summary);
    }
    for (const auto& section : report.sections) {
        out += "<section id=\"" + escapeHtml(section.id) + "\">\n<h2>";
        if (!section.number.empty())
            out += "<span class=\"num\">" + escapeHtml(section.number) + "</span>";
        out += escapeHtml(section.title) + "</h2>\n";
        if (!section.lead.empty())
            out += "<p class=\"lead\">" + escapeHtml(section.lead) + "</p>\n";
        for (const auto& block : section.blocks) std::visit(BlockWriter{out}, block);
        out += "</section>\n";
    }
    out += "<footer>" +
           escapeHtml(t.company + " \u00b7 " + t.reportTitle + " \u00b7 " +
                      reportFormat("cycle {0}", t.cycleName) + " \u00b7 " + t.reportDate +
                      " \u00b7 " + reportFormat("profile {0} ({1})", t.profileName, t.profileHash) +
                      (t.confidentiality.empty() ? "" : " \u00b7 " + t.confidentiality)) +
           "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace crm::report
