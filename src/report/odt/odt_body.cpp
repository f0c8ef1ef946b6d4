#include "report/odt/odt_body.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/text/escaping.h"
#include "report/charts/chart_svg.h"
#include "report/number_format.h"
#include "report/odt/odt_xml.h"
#include "report/report_text.h"

namespace crm::report::odt {
namespace {

// Charts fill at most the 17 cm text width less a margin; PNG copies are drawn at 300 dpi.
constexpr double kMaxChartWidthCm = 16.0;
constexpr double kCmPerSvgUnit = 2.54 / 96.0;
constexpr double kPngDotsPerCm = 300.0 / 2.54;

std::string cm(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2fcm", value);
    return text;
}

std::string_view ragStyle(Rag rag) {
    switch (rag) {
        case Rag::Green:
            return "T_Green";
        case Rag::Amber:
            return "T_Amber";
        case Rag::Red:
            return "T_Red";
        case Rag::None:
            return "T_Grey";
    }
    return "T_Grey";
}

std::string_view cellParagraphStyle(Align align) {
    switch (align) {
        case Align::Right:
            return "Table_20_Contents_20_Right";
        case Align::Center:
            return "Table_20_Contents_20_Center";
        case Align::Left:
            return "Table_20_Contents";
    }
    return "Table_20_Contents";
}

std::string span(std::string_view style, std::string_view text) {
    return "<text:span text:style-name=\"" + std::string(style) + "\">" + paragraphText(text) +
           "</text:span>";
}

}  // namespace

void BodyWriter::heading(int level, const std::string& text, const std::string& style) {
    const std::string name = style.empty() ? "Heading_20_" + std::to_string(level) : style;
    out_ += "<text:h text:style-name=\"" + name + "\" text:outline-level=\"" +
            std::to_string(level) + "\">" + paragraphText(text) + "</text:h>\n";
}

void BodyWriter::paragraph(const std::string& style, const std::string& text) {
    out_ += "<text:p text:style-name=\"" + style + "\">" + paragraphText(text) + "</text:p>\n";
}

void BodyWriter::paragraphs(const std::string& style, const std::string& text) {
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t end = text.find("\n\n", pos);
        paragraph(style,
                  text.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
        if (end == std::string::npos) break;
        pos = end + 2;
    }
}

namespace {

// Relative column widths, so a word processor does not give every column the same room. Each
// column gets at least its longest word (a word is never broken when it fits) and shares what is
// left of the line by how much text it holds on average. Units: characters of body text, of
// which about 85 fit across the table.
std::vector<int> columnWidths(const std::vector<TableColumn>& columns,
                              const std::vector<std::vector<std::string>>& rows) {
    constexpr double kLineChars = 78;
    std::vector<double> floor(columns.size()), want(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::size_t longest = 0, total = 0;
        auto scan = [&longest](const std::string& text) {
            std::size_t word = 0;
            for (char c : text + " ") {
                word = c == ' ' ? 0 : word + 1;
                longest = std::max(longest, std::min<std::size_t>(word, 18));
            }
        };
        scan(columns[i].header);
        for (const auto& row : rows)
            if (i < row.size()) {
                scan(row[i]);
                total += row[i].size();
            }
        floor[i] = static_cast<double>(longest) + 2;  // cell padding, bold headers
        const double average = rows.empty() ? 0 : static_cast<double>(total) / rows.size();
        want[i] = std::max(floor[i], average);
    }
    double floors = 0, extra = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        floors += floor[i];
        extra += want[i] - floor[i];
    }
    const double share = extra > 0 ? std::max(0.0, kLineChars - floors) / extra : 0;
    std::vector<int> widths;
    for (std::size_t i = 0; i < columns.size(); ++i)
        widths.push_back(static_cast<int>(
            std::lround(10 * (floor[i] + std::min(1.0, share) * (want[i] - floor[i])))));
    return widths;
}

}  // namespace

void BodyWriter::table(const std::vector<TableColumn>& columns,
                       const std::vector<std::vector<std::string>>& rows, bool headerRow) {
    ++tableCount_;
    out_ += "<table:table table:name=\"Table" + std::to_string(tableCount_) +
            "\" table:style-name=\"Tbl\">\n";
    if (columns.empty()) out_ += "<table:table-column table:style-name=\"TblColumn\"/>\n";
    for (int width : columnWidths(columns, rows)) {
        columnWidths_.insert(width);
        out_ += "<table:table-column table:style-name=\"TblColW" + std::to_string(width) + "\"/>\n";
    }
    auto cell = [&](std::string_view paragraphStyle, const std::string& text) {
        out_ += "<table:table-cell table:style-name=\"TblCell\" office:value-type=\"string\">";
        out_ += "<text:p text:style-name=\"" + std::string(paragraphStyle) + "\">" +
                paragraphText(text) + "</text:p></table:table-cell>";
    };
    if (headerRow) {
        // Header rows repeat on every page a long table runs over.
        out_ += "<table:table-header-rows><table:table-row>";
        for (const auto& c : columns) cell("Table_20_Heading", c.header);
        out_ += "</table:table-row></table:table-header-rows>\n";
    }
    for (const auto& row : rows) {
        out_ += "<table:table-row>";
        for (std::size_t i = 0; i < columns.size(); ++i)
            cell(i == 0 && !headerRow ? "Table_20_Key" : cellParagraphStyle(columns[i].align),
                 i < row.size() ? row[i] : std::string{});
        out_ += "</table:table-row>\n";
    }
    out_ += "</table:table>\n";
}

void BodyWriter::facts(const std::vector<KeyValue>& items) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& kv : items) rows.push_back({kv.key, kv.value.empty() ? "\u2014" : kv.value});
    table({{"", Align::Left}, {"", Align::Left}}, rows, false);
}

void BodyWriter::titlePage(const TitlePage& t) {
    coverLogo(t);
    paragraph("Title", t.reportTitle);
    paragraph("Subtitle", t.company);
    std::vector<KeyValue> rows;
    if (!t.preparedFor.empty()) rows.push_back({reportText("Prepared for"), t.preparedFor});
    if (!t.preparedBy.empty()) rows.push_back({reportText("Prepared by"), t.preparedBy});
    rows.insert(rows.end(),
                {{reportText("Cycle"), t.cycleName},
                 {reportText("Industry"), t.industry},
                 {reportText("Facilitator"), t.facilitator},
                 {reportText("Currency"), currencyCaption(t.currency)},
                 {reportText("Assessment date"), t.assessmentDate},
                 {reportText("Report date"), t.reportDate},
                 {reportText("Methodology profile"), t.profileName + " (" + t.profileHash + ")"}});
    facts(rows);
    if (!t.confidentiality.empty()) {
        out_ += "<text:p text:style-name=\"Text_20_body\">" + span("T_Strong", t.confidentiality) +
                "</text:p>\n";
    }
}

void BodyWriter::contents(const ReportData& report) {
    // A real index: Tools > Update in a word processor refreshes it with page numbers.
    const std::string title = text::escapeXml(reportText("Contents"));
    out_ +=
        "<text:table-of-content text:style-name=\"Contents\" text:name=\"Contents\">\n"
        "<text:table-of-content-source text:outline-level=\"1\">\n"
        "<text:index-title-template text:style-name=\"Contents_20_Heading\">" +
        title +
        "</text:index-title-template>\n"
        "<text:table-of-content-entry-template text:outline-level=\"1\" "
        "text:style-name=\"Contents_20_1\"><text:index-entry-text/>"
        "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
        "<text:index-entry-page-number/></text:table-of-content-entry-template>\n"
        "</text:table-of-content-source>\n<text:index-body>\n"
        "<text:index-title text:name=\"Contents_Head\">"
        "<text:p text:style-name=\"Contents_20_Heading\">" +
        title + "</text:p></text:index-title>\n";
    paragraph("Contents_20_1", reportText("Executive summary"));
    for (const auto& s : report.sections)
        paragraph("Contents_20_1", s.number.empty() ? s.title : s.number + " " + s.title);
    out_ += "</text:index-body>\n</text:table-of-content>\n";
}

void BodyWriter::summary(const ExecutiveSummary& s) {
    heading(1, reportText("Executive summary"));
    for (const auto& narrative : s.narratives) (*this)(narrative);
    if (s.scored) {
        const std::string maturity = s.maturityIndex.empty()
                                         ? reportFormat("CRM maturity: {0}", s.maturityLevel)
                                         : reportFormat("CRM maturity: {0} (index {1} / 100)",
                                                        s.maturityLevel, s.maturityIndex);
        paragraph("Maturity", maturity);
        if (!s.maturityReason.empty()) paragraph("Text_20_body", s.maturityReason);
        if (!s.headlineFigures.empty()) facts(s.headlineFigures);
    }
    if (!s.note.empty()) paragraph("Note", s.note);
    if (s.scored) {
        heading(2, reportText("Top capability gaps"));
        if (s.topGaps.empty()) paragraph("Note", reportText("No capability is below its target."));
        out_ += s.topGaps.empty() ? "" : "<text:list text:style-name=\"L_Numbers\">\n";
        for (const auto& g : s.topGaps)
            out_ += "<text:list-item><text:p text:style-name=\"List_20_Item\">" +
                    span("T_Strong", g.capability) +
                    paragraphText(": " + reportFormat("{0} \u2192 {1}, gap score {2}", g.current,
                                                      g.target, g.score)) +
                    "<text:line-break/>" + span("T_Why", g.reason) + "</text:p></text:list-item>\n";
        out_ += s.topGaps.empty() ? "" : "</text:list>\n";

        heading(2, reportText("Top recommendations"));
        if (s.topRecommendations.empty()) paragraph("Note", reportText("No recommendation."));
        out_ += s.topRecommendations.empty() ? "" : "<text:list text:style-name=\"L_Numbers\">\n";
        for (const auto& r : s.topRecommendations)
            out_ +=
                "<text:list-item><text:p text:style-name=\"List_20_Item\">" +
                span("T_Strong", r.action) +
                (r.impact.empty() ? ""
                                  : paragraphText(" " + reportFormat("({0} impact)", r.impact))) +
                "<text:line-break/>" + span("T_Why", reportFormat("Because: {0}", r.cause)) +
                "</text:p></text:list-item>\n";
        out_ += s.topRecommendations.empty() ? "" : "</text:list>\n";

        heading(2, reportText("Metrics off track"));
        if (s.offTrackMetrics.empty()) paragraph("Note", reportText("No metric is off track."));
        out_ += s.offTrackMetrics.empty() ? "" : "<text:list text:style-name=\"L_Bullets\">\n";
        for (const auto& m : s.offTrackMetrics)
            out_ += "<text:list-item><text:p text:style-name=\"List_20_Item\">" +
                    span(ragStyle(m.rag), m.status) + " " + span("T_Strong", m.name) +
                    (m.progress.empty() ? "" : paragraphText(": " + m.progress)) +
                    "<text:line-break/>" + span("T_Why", m.reason) + "</text:p></text:list-item>\n";
        out_ += s.offTrackMetrics.empty() ? "" : "</text:list>\n";
    }
    if (s.chart) (*this)(*s.chart);
}

void BodyWriter::section(const Section& section) {
    heading(1, section.number.empty() ? section.title : section.number + " " + section.title);
    if (!section.lead.empty()) paragraph("Lead", section.lead);
    for (const auto& block : section.blocks) std::visit(*this, block);
}

void BodyWriter::operator()(const Paragraph& p) {
    if (!p.heading.empty()) heading(2, p.heading);
    paragraphs("Text_20_body", p.text);
}

void BodyWriter::operator()(const KeyValueList& list) {
    if (!list.heading.empty()) heading(2, list.heading);
    facts(list.items);
}

void BodyWriter::operator()(const Table& t) {
    if (!t.heading.empty()) heading(2, t.heading);
    if (t.rows.empty())
        paragraph("Note", t.emptyText);
    else
        table(t.columns, t.rows, true);
}

void BodyWriter::operator()(const FindingList& list) {
    if (!list.heading.empty()) heading(2, list.heading);
    if (list.items.empty()) {
        if (!list.emptyText.empty()) paragraph("Note", list.emptyText);
        return;
    }
    out_ += "<text:list text:style-name=\"L_Bullets\">\n";
    for (const auto& f : list.items)
        out_ += "<text:list-item><text:p text:style-name=\"List_20_Item\">" +
                span(ragStyle(f.rag), "\u25A0 ") + span("T_Strong", f.title) +
                (f.detail.empty() ? "" : paragraphText(" \u2014 " + f.detail)) +
                "</text:p></text:list-item>\n";
    out_ += "</text:list>\n";
}

void BodyWriter::operator()(const Chart& chart) {
    const ChartDrawing drawing = drawChart(chart.spec);
    if (drawing.width <= 0 || drawing.height <= 0) return;
    const double widthCm = std::min(kMaxChartWidthCm, drawing.width * kCmPerSvgUnit);
    const double heightCm = widthCm * drawing.height / drawing.width;
    const std::string name = "chart-" + std::to_string(pictures_->size() + 1);
    pictures_->push_back({"Pictures/" + name + ".svg", "image/svg+xml", drawing.svg});

    out_ +=
        "<text:p text:style-name=\"Figure\"><draw:frame draw:style-name=\"FigFrame\" "
        "draw:name=\"" +
        name + "\" text:anchor-type=\"as-char\" svg:width=\"" + cm(widthCm) + "\" svg:height=\"" +
        cm(heightCm) + "\" draw:z-index=\"0\">";
    out_ += "<draw:image xlink:href=\"Pictures/" + name +
            ".svg\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" "
            "draw:mime-type=\"image/svg+xml\"/>";
    if (options_.chartPng) {
        std::string png = options_.chartPng(drawing.svg, static_cast<int>(widthCm * kPngDotsPerCm),
                                            static_cast<int>(heightCm * kPngDotsPerCm));
        if (!png.empty()) {
            pictures_->push_back({"Pictures/" + name + ".png", "image/png", std::move(png)});
            out_ += "<draw:image xlink:href=\"Pictures/" + name +
                    ".png\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" "
                    "draw:mime-type=\"image/png\"/>";
        }
    }
    const std::string alt = chart.caption.empty() ? name : chart.caption;
    out_ += "<svg:title>" + text::escapeXml(alt) + "</svg:title></draw:frame></text:p>\n";
    if (!chart.caption.empty()) paragraph("Caption", chart.caption);
}

std::string BodyWriter::columnStyles() const {
    std::string out;
    for (int width : columnWidths_)
        out += "<style:style style:name=\"TblColW" + std::to_string(width) +
               "\" style:family=\"table-column\"><style:table-column-properties "
               "style:rel-column-width=\"" +
               std::to_string(width) + "*\"/></style:style>\n";
    return out;
}

}  // namespace crm::report::odt
