// The PNG copies of the charts drawn with QtSvg at the size asked for, inside a real .odt.
#include <catch2/catch.hpp>

#include <QImage>

#include <cstdlib>
#include <fstream>

#include "report/builder/report_builder.h"
#include "report/charts/chart_svg.h"
#include "report/odt/chart_png.h"
#include "report/odt/odt_writer.h"
#include "report/pdf/write_pdf_report.h"
#include "test_assessment.h"

using namespace crm::report;

TEST_CASE("a chart PNG has the asked size and is not blank", "[odt][png]") {
    std::string error;
    REQUIRE(ensureGuiApplication(&error));
    const std::string svg = chartSvg(testing::makeTestCurve());
    const std::string png = chartPngFromSvg(svg, 1200, 900);
    REQUIRE(png.rfind("\x89PNG", 0) == 0);
    QImage image;
    REQUIRE(image.loadFromData(QByteArray::fromStdString(png), "PNG"));
    CHECK(image.width() == 1200);
    CHECK(image.height() == 900);
    CHECK(image.dotsPerMeterX() == 11811);  // 300 dpi = 11811 dots per metre
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 10)
        for (int x = 0; x < image.width(); x += 10)
            if (image.pixel(x, y) != qRgb(255, 255, 255)) ++nonWhite;
    CHECK(nonWhite > 100);  // the curve, axes and labels were drawn
    if (const char* dir = std::getenv("CRMW_LOOK_DIR")) {
        std::ofstream(std::string(dir) + "/lorenz.png", std::ios::binary) << png;
        auto a = testing::makeTestAssessment();
        auto report = buildReportData(
            a, a.cycles[0],
            {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()});
        CHECK(writeOdt(report, std::string(dir) + "/with-png.odt", {chartPngFromSvg}, &error));
    }
}

TEST_CASE("nonsense SVG gives no PNG instead of a broken picture", "[odt][png]") {
    std::string error;
    REQUIRE(ensureGuiApplication(&error));
    CHECK(chartPngFromSvg("not svg", 100, 100).empty());
    CHECK(chartPngFromSvg(chartSvg(testing::makeTestCurve()), 0, 100).empty());
}
