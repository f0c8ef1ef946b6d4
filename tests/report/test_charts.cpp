#include <catch2/catch.hpp>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "test_assessment.h"

using namespace crm::report;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

BarChart scriptBars() {
    BarChart chart;
    chart.title = "Revenue <by> segment";
    chart.valueAxisLabel = "Revenue";
    chart.bars = {{testing::kScriptName, 10.0, "10", Rag::None}, {"A & B", 5.0, "5", Rag::None}};
    return chart;
}

}  // namespace

TEST_CASE("every chart kind writes a complete SVG document", "[report][charts]") {
    RadarChart radar{"Maturity",
                     {"Vision", "Strategy", "Processes"},
                     {{"Current", {2.0, 3.0, 1.0}, false}},
                     0,
                     5,
                     "Scale"};
    QuadrantChart quadrant;
    quadrant.points = {{"Price", 4, 2, 0}};
    quadrant.groups = {"All customers"};
    for (const auto& svg : {chartSvg(radar), chartSvg(scriptBars()), chartSvg(quadrant),
                            chartSvg(testing::makeTestCurve())}) {
        CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
        CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
        CHECK(contains(svg, "font-family=\"DejaVu Sans"));
    }
}

TEST_CASE("chart labels are escaped, never markup", "[report][charts][escaping]") {
    const std::string svg = barChartSvg(scriptBars());
    CHECK_FALSE(contains(svg, "<script"));
    CHECK(contains(svg, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(svg, "A &amp; B"));
    CHECK(contains(svg, "Revenue &lt;by&gt; segment"));
}

TEST_CASE("charts label their axes and legends", "[report][charts]") {
    BarChart attainment;
    attainment.valueAxisLabel = "% of the way from baseline to target";
    attainment.ragColours = true;
    attainment.referenceValue = 100;
    attainment.referenceLabel = "Target reached";
    attainment.bars = {{"NPS", 17, "17%", Rag::Red}, {"FCR", 36, "36%", Rag::Green}};
    const std::string svg = barChartSvg(attainment);
    CHECK(contains(svg, "% of the way from baseline to target"));
    CHECK(contains(svg, ">Off track<"));
    CHECK(contains(svg, ">On track<"));
    CHECK_FALSE(contains(svg, ">At risk<"));  // only the statuses that occur
    CHECK(contains(svg, ">Target reached<"));
    CHECK(contains(svg, "fill=\"#c62828\""));  // red bar

    const std::string lorenz = lorenzChartSvg(testing::makeTestCurve());
    CHECK(contains(lorenz, "Share of customers (lowest value first)"));
    CHECK(contains(lorenz, ">Gini coefficient: 0.6<"));  // notes are wrapped beside the plot
    CHECK(contains(lorenz, "<polyline points=\""));
}

TEST_CASE("charts with nothing to draw say so instead of staying blank", "[report][charts]") {
    CHECK(contains(barChartSvg(BarChart{}), "No data to show"));
    RadarChart two{"", {"A", "B"}, {}, 0, 5, ""};
    CHECK(contains(radarChartSvg(two), "at least three capabilities"));
    CHECK(contains(lorenzChartSvg(LorenzChart{}), "No customer data imported"));
}

TEST_CASE("coinciding quadrant points are numbered and keyed, not stacked", "[report][charts]") {
    QuadrantChart chart;
    chart.groups = {"Key accounts"};
    chart.points = {{"Speed", 5, 2, 0}, {"Price", 5, 2, 0}, {"Brand", 2, 4, 0}};
    const std::string svg = quadrantChartSvg(chart);
    // Three markers, each with its number, and a key naming every point.
    CHECK(contains(svg, ">1</text>"));
    CHECK(contains(svg, ">2</text>"));
    CHECK(contains(svg, ">3</text>"));
    CHECK(contains(svg, ">Speed<"));
    CHECK(contains(svg, ">Price<"));
    // The two points at (5, 2) sit on a ring around the spot: different centres.
    auto first = svg.find("<circle cx=\"");
    auto second = svg.find("<circle cx=\"", first + 1);
    CHECK(svg.substr(first, 40) != svg.substr(second, 40));
}

TEST_CASE("the same spec gives the same bytes", "[report][charts]") {
    CHECK(chartSvg(testing::makeTestCurve()) == chartSvg(testing::makeTestCurve()));
}

TEST_CASE("text width and eliding follow DejaVu Sans metrics", "[report][charts]") {
    // "Hi" = H 752 + i 278 thousandths of an em; at 10 units: 10.3 units.
    CHECK(textWidth("Hi", 10.0) == Approx(10.3));
    const std::string longLabel(200, 'm');
    const std::string cut = elideText(longLabel, 12.0, 100.0);
    CHECK(textWidth(cut, 12.0) <= 100.0);
    CHECK(cut.substr(cut.size() - 3) == "\u2026");
    auto lines = wrapText("one two three four five six seven", 12.0, 60.0, 2);
    CHECK(lines.size() == 2);
    for (const auto& l : lines) CHECK(textWidth(l, 12.0) <= 60.0);
}

TEST_CASE("axis ticks are round numbers covering the range", "[report][charts]") {
    auto ticks = chart_style::niceTicks(0, 4200000);
    CHECK(ticks.front() == 0.0);
    CHECK(ticks.back() >= 4200000.0);
    CHECK(ticks[1] - ticks[0] == 1000000.0);
    CHECK(chart_style::tickLabel(1000000, 1000000, false) == "1,000,000");
    CHECK(chart_style::tickLabel(2.5, 0.5, true) == "2.5%");
}

TEST_CASE("the drawing splits into shapes and texts for the PDF", "[report][charts]") {
    const ChartDrawing d = drawChart(testing::makeTestCurve());
    CHECK(d.width == 640);
    CHECK(d.shapesSvg.find("<text") == std::string::npos);
    std::size_t texts = 0;
    for (auto pos = d.svg.find("<text"); pos != std::string::npos;
         pos = d.svg.find("<text", pos + 1))
        ++texts;
    CHECK(texts == d.texts.size());
    CHECK(d.texts.front().content == "Concentration of customer value");
    CHECK(d.texts.front().anchor == Anchor::Middle);
}
