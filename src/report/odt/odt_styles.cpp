// styles.xml: the named styles a facilitator sees in the word processor's style list, the
// A4 page and the running footer. Headings carry outline levels so contents can be rebuilt.
#include "report/odt/odt_writer.h"
#include "report/odt/odt_xml.h"
#include "report/report_text.h"

namespace crm::report::odt {
namespace {

std::string paragraphStyle(const std::string& name, const std::string& display,
                           const std::string& parent, const std::string& paragraphProps,
                           const std::string& textProps, const std::string& extra = {}) {
    std::string out = "<style:style style:name=\"" + name + "\" style:display-name=\"" + display +
                      "\" style:family=\"paragraph\"";
    if (!parent.empty()) out += " style:parent-style-name=\"" + parent + "\"";
    out += extra + ">";
    if (!paragraphProps.empty()) out += "<style:paragraph-properties " + paragraphProps + "/>";
    if (!textProps.empty()) out += "<style:text-properties " + textProps + "/>";
    return out + "</style:style>\n";
}

std::string textStyle(const std::string& name, const std::string& textProps) {
    return "<style:style style:name=\"" + name + "\" style:family=\"text\">" +
           "<style:text-properties " + textProps + "/></style:style>\n";
}

std::string heading(int level, const std::string& size, const std::string& paragraphProps) {
    const std::string n = std::to_string(level);
    return paragraphStyle("Heading_20_" + n, "Heading " + n, "Heading", paragraphProps,
                          "fo:font-size=\"" + size + "\" fo:font-weight=\"bold\"",
                          " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"" +
                              n + "\" style:class=\"text\"");
}

constexpr const char* kListIndents[] = {"0.7cm", "1.3cm", "1.9cm"};

std::string listStyle(const std::string& name, bool numbered) {
    std::string out = "<text:list-style style:name=\"" + name + "\">";
    for (int level = 1; level <= 3; ++level) {
        const std::string l = std::to_string(level);
        out += numbered ? "<text:list-level-style-number text:level=\"" + l +
                              "\" style:num-suffix=\".\" style:num-format=\"1\">"
                        : "<text:list-level-style-bullet text:level=\"" + l +
                              "\" text:bullet-char=\"\u2022\">";
        out +=
            "<style:list-level-properties text:list-level-position-and-space-mode="
            "\"label-alignment\"><style:list-level-label-alignment text:label-followed-by="
            "\"listtab\" fo:text-indent=\"-0.5cm\" fo:margin-left=\"" +
            std::string(kListIndents[level - 1]) + "\"/></style:list-level-properties>";
        out += numbered ? "</text:list-level-style-number>" : "</text:list-level-style-bullet>";
    }
    return out + "</text:list-style>\n";
}

}  // namespace

std::string stylesXml(const ReportData& report) {
    const ReportLanguage language(report.language);
    const TitlePage& t = report.title;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles";
    out += kOdfNamespaces;
    out +=
        " office:version=\"1.3\">\n<office:font-face-decls>"
        "<style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"'DejaVu Sans'\" "
        "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
        "</office:font-face-decls>\n<office:styles>\n";
    out +=
        "<style:default-style style:family=\"paragraph\"><style:text-properties "
        "style:font-name=\"DejaVu Sans\" fo:font-size=\"10pt\" " +
        std::string(reportLanguage() == "de" ? "fo:language=\"de\" fo:country=\"DE\""
                                             : "fo:language=\"en\" fo:country=\"GB\"") +
        "/></style:default-style>\n"
        "<style:default-style style:family=\"table\"/>\n";
    out += paragraphStyle("Standard", "Standard", "", "", "", " style:class=\"text\"");
    out +=
        paragraphStyle("Text_20_body", "Text body", "Standard",
                       "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\" fo:line-height=\"120%\"",
                       "", " style:class=\"text\"");
    out += paragraphStyle("Heading", "Heading", "Standard",
                          "fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\" "
                          "fo:keep-with-next=\"always\"",
                          "fo:color=\"#1f3b57\"", " style:next-style-name=\"Text_20_body\"");
    out += heading(1, "18pt", "fo:break-before=\"page\" fo:margin-bottom=\"0.3cm\"");
    out += heading(2, "13pt", "");
    out += heading(3, "11pt", "");
    out += paragraphStyle("Title", "Title", "Standard",
                          "fo:margin-top=\"6cm\" fo:margin-bottom=\"0.4cm\"",
                          "fo:font-size=\"28pt\" fo:font-weight=\"bold\" fo:color=\"#1f3b57\"",
                          " style:class=\"chapter\"");
    out += paragraphStyle("Subtitle", "Subtitle", "Standard", "fo:margin-bottom=\"1cm\"",
                          "fo:font-size=\"16pt\"", " style:class=\"chapter\"");
    out += paragraphStyle("Lead", "Lead", "Text_20_body", "fo:margin-bottom=\"0.3cm\"",
                          "fo:font-style=\"italic\" fo:color=\"#404040\"");
    out += paragraphStyle("Note", "Note", "Text_20_body", "", "fo:color=\"#606060\"");
    out += paragraphStyle("Maturity", "Maturity", "Text_20_body", "",
                          "fo:font-size=\"14pt\" fo:font-weight=\"bold\"");
    out += paragraphStyle("List_20_Item", "List Item", "Text_20_body", "fo:margin-bottom=\"0.1cm\"",
                          "");
    out += paragraphStyle("Table_20_Contents", "Table Contents", "Standard", "", "",
                          " style:class=\"extra\"");
    out += paragraphStyle("Table_20_Contents_20_Right", "Table Contents Right", "Table_20_Contents",
                          "fo:text-align=\"end\"", "");
    out += paragraphStyle("Table_20_Contents_20_Center", "Table Contents Center",
                          "Table_20_Contents", "fo:text-align=\"center\"", "");
    out += paragraphStyle("Table_20_Key", "Table Key", "Table_20_Contents", "",
                          "fo:font-weight=\"bold\"");
    out += paragraphStyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "",
                          "fo:font-weight=\"bold\"");
    out += paragraphStyle("Figure", "Figure", "Standard",
                          "fo:text-align=\"center\" fo:margin-top=\"0.3cm\" "
                          "fo:keep-with-next=\"always\"",
                          "");
    out += paragraphStyle("Caption", "Caption", "Standard",
                          "fo:text-align=\"center\" fo:margin-bottom=\"0.4cm\"",
                          "fo:font-style=\"italic\" fo:font-size=\"9pt\"");
    out += paragraphStyle(
        "Contents_20_Heading", "Contents Heading", "Heading", "fo:break-before=\"page\"",
        "fo:font-size=\"18pt\" fo:font-weight=\"bold\"", " style:class=\"index\"");
    out +=
        "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" "
        "style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
        "<style:paragraph-properties fo:margin-bottom=\"0.1cm\"><style:tab-stops>"
        "<style:tab-stop style:position=\"17cm\" style:type=\"right\" "
        "style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
        "</style:paragraph-properties></style:style>\n";
    out += paragraphStyle("Footer", "Footer", "Standard", "fo:text-align=\"center\"",
                          "fo:font-size=\"8pt\" fo:color=\"#606060\"", " style:class=\"extra\"");
    out += textStyle("T_Strong", "fo:font-weight=\"bold\"");
    out += textStyle("T_Why", "fo:font-style=\"italic\" fo:color=\"#505050\"");
    out += textStyle("T_Green", "fo:color=\"#2e7d32\" fo:font-weight=\"bold\"");
    out += textStyle("T_Amber", "fo:color=\"#c77700\" fo:font-weight=\"bold\"");
    out += textStyle("T_Red", "fo:color=\"#c62828\" fo:font-weight=\"bold\"");
    out += textStyle("T_Grey", "fo:color=\"#757575\" fo:font-weight=\"bold\"");
    out += listStyle("L_Bullets", false);
    out += listStyle("L_Numbers", true);
    // Headings are not numbered by the word processor: the section numbers are in the text.
    out += "<text:outline-style style:name=\"Outline\">";
    for (int level = 1; level <= 10; ++level)
        out += "<text:outline-level-style text:level=\"" + std::to_string(level) +
               "\" style:num-format=\"\"/>";
    out += "</text:outline-style>\n</office:styles>\n";

    out +=
        "<office:automatic-styles><style:page-layout style:name=\"PageA4\">"
        "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
        "style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\" "
        "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/><style:footer-style>"
        "<style:header-footer-properties fo:min-height=\"0.8cm\" fo:margin-top=\"0.3cm\"/>"
        "</style:footer-style></style:page-layout></office:automatic-styles>\n";
    out +=
        "<office:master-styles><style:master-page style:name=\"Standard\" "
        "style:page-layout-name=\"PageA4\"><style:footer><text:p text:style-name=\"Footer\">";
    out += paragraphText(t.company + " \u00b7 " + t.reportTitle + " \u00b7 " +
                         reportFormat("cycle {0}", t.cycleName) + " \u00b7 " + t.reportDate +
                         " \u00b7 " +
                         (t.confidentiality.empty() ? "" : t.confidentiality + " \u00b7 ") +
                         reportText("page") + " ");
    out += "<text:page-number text:select-page=\"current\">1</text:page-number>";
    out += "</text:p></style:footer></style:master-page></office:master-styles>\n";
    return out + "</office:document-styles>\n";
}

}  // namespace crm::report::odt
