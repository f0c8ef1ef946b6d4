// Every chart the builder makes must load in QSvgRenderer: it is what the PDF and the GUI use.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QSvgRenderer>

#include "report/builder/report_builder.h"
#include "report/charts/chart_svg.h"
#include "test_assessment.h"

using namespace crm::report;

TEST_CASE("every chart of the report is valid SVG for QSvgRenderer", "[report][pdf][charts]") {
    auto a = testing::makeTestAssessment();
    const ReportData r = buildReportData(
        a, a.cycles[0],
        {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()});
    std::vector<const Chart*> charts{&*r.summary.chart};
    for (const auto& s : r.sections)
        for (const auto& b : s.blocks)
            if (const auto* c = std::get_if<Chart>(&b)) charts.push_back(c);
    REQUIRE(charts.size() == 8);
    for (const auto* chart : charts) {
        QSvgRenderer renderer(QByteArray::fromStdString(chartSvg(chart->spec)));
        CHECK(renderer.isValid());
        CHECK(renderer.defaultSize().width() == 640);
    }
}
