// Chart labels are whole (wrapped, never cut with an ellipsis) and every dot colour of a list of
// findings has a key.
#include <catch2/catch.hpp>

#include "report/builder/build_context.h"
#include "report/charts/chart_svg.h"
#include "report/html/html_renderer.h"

using namespace crm::report;

namespace {

// The chart's texts in drawing order, joined by spaces: a wrapped label reads whole again.
std::string allText(const ChartDrawing& drawing) {
    std::string out;
    for (const auto& t : drawing.texts) out += (out.empty() ? "" : " ") + t.content;
    return out;
}

const std::string kLongLabel =
    "Co-working operators need one order split and invoiced across several member companies "
    "(severity)";  // 98 characters, far wider than the 230 units a bar label may take

}  // namespace

TEST_CASE("a long bar label wraps over several lines and keeps every word",
          "[report][charts][labels]") {
    BarChart chart{.title = "Spread", .bars = {{kLongLabel, 0.63, "0.63"}, {"Short", 1.2, "1.2"}}};
    const ChartDrawing drawing = drawBarChart(chart);
    CHECK(drawing.svg.find("\u2026") == std::string::npos);
    CHECK_THAT(allText(drawing), Catch::Contains(kLongLabel));
    // The long label takes more than one line, so the chart is taller than with two short ones.
    BarChart shortOnly{.title = "Spread", .bars = {{"Long", 0.63, "0.63"}, {"Short", 1.2, "1.2"}}};
    CHECK(drawing.height > drawBarChart(shortOnly).height);
}

TEST_CASE("a long point name in the quadrant's key wraps and keeps every word",
          "[report][charts][labels]") {
    QuadrantChart chart{.title = "Importance vs performance",
                        .points = {{kLongLabel, 4, 2, 0}, {"Price", 3, 3, 0}},
                        .groups = {"All customers"}};
    const ChartDrawing drawing = drawQuadrantChart(chart);
    CHECK(drawing.svg.find("\u2026") == std::string::npos);
    CHECK_THAT(allText(drawing), Catch::Contains(kLongLabel));
}

TEST_CASE("a list of findings names what each of its dot colours means", "[report][labels]") {
    const std::vector<Finding> items = {{Rag::Amber, "Objective without a KPI", ""},
                                        {Rag::Red, "Top pain point not addressed", ""}};
    const auto key = findingKey(items, "Serious: act on it first", "Worth attention");
    REQUIRE(key.size() == 2);  // red first, then amber; no green item, so no green entry
    CHECK(key[0].rag == Rag::Red);
    CHECK(key[0].label == "Serious: act on it first");
    CHECK(key[1].rag == Rag::Amber);
    CHECK(key[1].label == "Worth attention");

    ReportData report;
    Section s{"step-3", "3", "Customer pain", "", {}};
    s.blocks.push_back(FindingList{"What the assessment found", items, "", key});
    report.sections.push_back(std::move(s));
    const std::string html = renderHtml(report);
    CHECK_THAT(html,
               Catch::Contains("<p class=\"finding-key\"><span class=\"finding-red\">Serious: "
                               "act on it first</span> <span class=\"finding-amber\">Worth "
                               "attention</span> </p>"));
}
