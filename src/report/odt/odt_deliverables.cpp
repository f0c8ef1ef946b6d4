// The facilitator's deliverables in content.xml: narratives as paragraphs and lists with
// bold/italic spans, the sign-off table with a line to sign on, the cover's logo.
#include <cstdio>

#include "report/odt/odt_body.h"
#include "report/odt/odt_xml.h"
#include "report/report_text.h"

namespace crm::report::odt {
namespace {

// The logo fits a 6 cm x 2.5 cm box, keeping its shape.
constexpr double kLogoWidthCm = 6.0;
constexpr double kLogoHeightCm = 2.5;

std::string cm(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2fcm", value);
    return text;
}

std::string runsXml(const std::vector<deliverables::TextRun>& runs) {
    std::string out;
    for (const auto& run : runs) {
        const char* style = run.bold && run.italic ? "T_BoldItalic"
                            : run.bold             ? "T_Bold"
                            : run.italic           ? "T_Italic"
                                                   : nullptr;
        if (style)
            out += "<text:span text:style-name=\"" + std::string(style) + "\">" +
                   paragraphText(run.text) + "</text:span>";
        else
            out += paragraphText(run.text);
    }
    return out;
}

}  // namespace

std::string deliverableAutomaticStyles() {
    return "<style:style style:name=\"T_Bold\" style:family=\"text\"><style:text-properties "
           "fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"T_Italic\" style:family=\"text\"><style:text-properties "
           "fo:font-style=\"italic\"/></style:style>\n"
           "<style:style style:name=\"T_BoldItalic\" style:family=\"text\"><style:text-properties "
           "fo:font-weight=\"bold\" fo:font-style=\"italic\"/></style:style>\n"
           "<style:style style:name=\"SignRow\" style:family=\"table-row\">"
           "<style:table-row-properties style:min-row-height=\"1.4cm\"/></style:style>\n"
           "<style:style style:name=\"SignCell\" style:family=\"table-cell\">"
           "<style:table-cell-properties fo:padding=\"0.08cm\" style:vertical-align=\"bottom\" "
           "fo:border-left=\"0.5pt solid #b0b0b0\" fo:border-right=\"0.5pt solid #b0b0b0\" "
           "fo:border-top=\"0.5pt solid #b0b0b0\" fo:border-bottom=\"1.5pt solid #000000\"/>"
           "</style:style>\n";
}

void BodyWriter::operator()(const RichTextBlock& block) {
    wroteDeliverables_ = true;
    if (!block.heading.empty()) heading(2, block.heading);
    using Kind = deliverables::RichBlockKind;
    const auto& items = block.text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& b = items[i];
        if (b.kind == Kind::Paragraph) {
            out_ += "<text:p text:style-name=\"Text_20_body\">" + runsXml(b.runs) + "</text:p>\n";
            continue;
        }
        // Consecutive items of one kind form one list; numbers start as typed.
        const bool numbered = b.kind == Kind::Numbered;
        out_ += std::string("<text:list text:style-name=\"") +
                (numbered ? "L_Numbers" : "L_Bullets") + "\">\n";
        for (std::size_t first = i; i < items.size() && items[i].kind == b.kind; ++i) {
            out_ += "<text:list-item";
            if (numbered && i == first && b.number != 1)
                out_ += " text:start-value=\"" + std::to_string(b.number) + "\"";
            out_ += "><text:p text:style-name=\"List_20_Item\">" + runsXml(items[i].runs) +
                    "</text:p></text:list-item>\n";
        }
        --i;
        out_ += "</text:list>\n";
    }
}

void BodyWriter::operator()(const SignOffBlock& block) {
    wroteDeliverables_ = true;
    if (!block.heading.empty()) heading(2, block.heading);
    ++tableCount_;
    out_ += "<table:table table:name=\"Table" + std::to_string(tableCount_) +
            "\" table:style-name=\"Tbl\">\n<table:table-column table:style-name=\"TblColumn\" "
            "table:number-columns-repeated=\"4\"/>\n";
    auto cell = [&](const char* cellStyle, const char* paragraphStyle, const std::string& text) {
        out_ += std::string("<table:table-cell table:style-name=\"") + cellStyle +
                "\" office:value-type=\"string\"><text:p text:style-name=\"" + paragraphStyle +
                "\">" + paragraphText(text) + "</text:p></table:table-cell>";
    };
    out_ += "<table:table-header-rows><table:table-row>";
    for (const std::string& header :
         {reportText("Name"), reportText("Role"), reportText("Date"), reportText("Signature")})
        cell("TblCell", "Table_20_Heading", header);
    out_ += "</table:table-row></table:table-header-rows>\n";
    for (const auto& p : block.people) {
        out_ += "<table:table-row table:style-name=\"SignRow\">";
        cell("TblCell", "Table_20_Contents", p.name);
        cell("TblCell", "Table_20_Contents", p.role);
        cell("TblCell", "Table_20_Contents", p.date);
        cell("SignCell", "Table_20_Contents", "");
        out_ += "</table:table-row>\n";
    }
    out_ += "</table:table>\n";
}

void BodyWriter::coverLogo(const TitlePage& t) {
    if (!t.logo || t.logo->bytes.empty() || t.logo->width <= 0 || t.logo->height <= 0) return;
    const bool jpeg = t.logo->mimeType == "image/jpeg";
    const std::string path = jpeg ? "Pictures/logo.jpg" : "Pictures/logo.png";
    pictures_->push_back({path, jpeg ? "image/jpeg" : "image/png", t.logo->bytes});
    double w = kLogoWidthCm, h = kLogoWidthCm * t.logo->height / t.logo->width;
    if (h > kLogoHeightCm) {
        h = kLogoHeightCm;
        w = kLogoHeightCm * t.logo->width / t.logo->height;
    }
    out_ +=
        "<text:p text:style-name=\"Standard\"><draw:frame draw:style-name=\"FigFrame\" "
        "draw:name=\"logo\" text:anchor-type=\"as-char\" svg:width=\"" +
        cm(w) + "\" svg:height=\"" + cm(h) + "\" draw:z-index=\"0\"><draw:image xlink:href=\"" +
        path +
        "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" "
        "draw:mime-type=\"" +
        t.logo->mimeType + "\"/><svg:title>Logo</svg:title></draw:frame></text:p>\n";
}

}  // namespace crm::report::odt
