#include "report/odt/odt_writer.h"

#include "engine/text/escaping.h"
#include "report/odt/odt_body.h"
#include "report/odt/odt_xml.h"
#include "report/odt/zip_package.h"
#include "report/report_text.h"
#include "report/write_report.h"

namespace crm::report {
namespace odt {
namespace {

constexpr const char* kMimeType = "application/vnd.oasis.opendocument.text";

// Styles that belong to this document's content only (ODF "automatic" styles).
constexpr const char* kAutomaticStyles =
    "<office:automatic-styles>\n"
    "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties "
    "style:width=\"17cm\" table:align=\"margins\" fo:margin-top=\"0.1cm\" "
    "fo:margin-bottom=\"0.3cm\"/></style:style>\n"
    "<style:style style:name=\"TblColumn\" style:family=\"table-column\"/>\n"
    "<style:style style:name=\"TblCell\" style:family=\"table-cell\"><style:table-cell-properties "
    "fo:padding=\"0.08cm\" fo:border=\"0.5pt solid #b0b0b0\"/></style:style>\n"
    "<style:style style:name=\"FigFrame\" style:family=\"graphic\"><style:graphic-properties "
    "style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" fo:border=\"none\"/>"
    "</style:style>\n"
    "<style:style style:name=\"Contents\" style:family=\"section\"/>\n"
    "</office:automatic-styles>\n";

}  // namespace

std::string contentXml(const ReportData& report, const OdtOptions& options,
                       std::vector<OdtPicture>* pictures) {
    const ReportLanguage language(report.language);
    BodyWriter body(options, pictures);
    body.titlePage(report.title);
    body.contents(report);
    body.summary(report.summary);
    for (const auto& section : report.sections) body.section(section);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    out += kOdfNamespaces;
    out += " office:version=\"1.3\">\n";
    std::string automatic = kAutomaticStyles;
    automatic.insert(automatic.rfind("</office:automatic-styles>"), body.columnStyles());
    // Only reports with narratives or sign-offs get their styles: others stay as they were.
    if (body.wroteDeliverables())
        automatic.insert(automatic.rfind("</office:automatic-styles>"),
                         deliverableAutomaticStyles());
    out += automatic;
    out += "<office:body>\n<office:text>\n" + body.xml() + "</office:text>\n</office:body>\n";
    return out + "</office:document-content>\n";
}

std::string metaXml(const ReportData& report) {
    const ReportLanguage language(report.language);
    const TitlePage& t = report.title;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">\n"
           "<office:meta><meta:generator>CRM Strategy Workbench</meta:generator><dc:title>" +
           text::escapeXml(t.reportTitle + " \u2014 " + t.company + " \u2014 " + t.cycleName) +
           "</dc:title><dc:subject>" + text::escapeXml(t.company) + "</dc:subject>" +
           (t.facilitator.empty() ? ""
                                  : "<meta:initial-creator>" + text::escapeXml(t.facilitator) +
                                        "</meta:initial-creator>") +
           "</office:meta>\n</office:document-meta>\n";
}

std::string manifestXml(const std::vector<OdtPicture>& pictures) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"" +
        std::string(kMimeType) + "\"/>\n";
    auto entry = [&](const std::string& path, const std::string& type) {
        out += " <manifest:file-entry manifest:full-path=\"" + text::escapeXmlAttribute(path) +
               "\" manifest:media-type=\"" + type + "\"/>\n";
    };
    entry("content.xml", "text/xml");
    entry("styles.xml", "text/xml");
    entry("meta.xml", "text/xml");
    for (const auto& p : pictures) entry(p.path, p.mediaType);
    return out + "</manifest:manifest>\n";
}

}  // namespace odt

std::optional<std::string> renderOdt(const ReportData& report, const OdtOptions& options,
                                     std::string* error) {
    std::vector<OdtPicture> pictures;
    std::vector<ZipEntry> entries;
    // ODF: `mimetype` first and stored, so tools can identify the file from its first bytes.
    entries.push_back({"mimetype", odt::kMimeType, false});
    entries.push_back({"content.xml", odt::contentXml(report, options, &pictures), true});
    entries.push_back({"styles.xml", odt::stylesXml(report), true});
    entries.push_back({"meta.xml", odt::metaXml(report), true});
    for (auto& p : pictures) entries.push_back({p.path, p.bytes, p.mediaType != "image/png"});
    entries.push_back({"META-INF/manifest.xml", odt::manifestXml(pictures), true});
    return zipArchive(entries, error);
}

bool writeOdt(const ReportData& report, const std::string& outPath, const OdtOptions& options,
              std::string* error) {
    auto bytes = renderOdt(report, options, error);
    return bytes && writeTextFile(outPath, *bytes, error);
}

}  // namespace crm::report
