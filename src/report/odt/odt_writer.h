#pragma once
// The report as an editable OpenDocument text (.odt): headings with outline levels (so a word
// processor can regenerate the contents), tables as tables, charts as pictures. Qt-free.
//
// Charts are stored as SVG (ODF 1.3 allows SVG pictures; LibreOffice reads them). When a
// rasterizer is given, a PNG copy at print resolution is stored too, as the second picture of
// the same frame: readers that do not take SVG (older Word versions) show the PNG instead.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "report/report_data.h"

namespace crm::report {

struct OdtOptions {
    // PNG bytes of an SVG drawn at widthPx x heightPx, or "" when it cannot be drawn.
    // Empty function: SVG pictures only. report/odt/chart_png.h has one made with QtSvg.
    std::function<std::string(const std::string& svg, int widthPx, int heightPx)> chartPng{};
};

// One file of the package besides content.xml, styles.xml, meta.xml and the manifest.
struct OdtPicture {
    std::string path{};       // "Pictures/chart-1.svg"
    std::string mediaType{};  // "image/svg+xml", "image/png"
    std::string bytes{};
};

namespace odt {
// The package's XML parts, exposed for tests.
std::string contentXml(const ReportData& report, const OdtOptions& options,
                       std::vector<OdtPicture>* pictures);
std::string stylesXml(const ReportData& report);
std::string metaXml(const ReportData& report);
std::string manifestXml(const std::vector<OdtPicture>& pictures);
}  // namespace odt

// The .odt bytes (a zip whose first entry is the uncompressed `mimetype`), or nullopt with
// *error set.
std::optional<std::string> renderOdt(const ReportData& report, const OdtOptions& options,
                                     std::string* error);
// Written to OUT.tmp, then renamed, as the other formats are.
bool writeOdt(const ReportData& report, const std::string& outPath, const OdtOptions& options,
              std::string* error);

}  // namespace crm::report
