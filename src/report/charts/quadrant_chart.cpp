// Importance-performance scatter. Ratings are whole numbers, so many points share a spot:
// points are numbered, a shared spot shows its points on a small ring, and a key below the
// plot names every number. Nothing overlaps however many points coincide.
#include <cmath>
#include <map>
#include <numbers>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/report_text.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kPlotLeft = 78.0, kPlotWidth = 520.0, kPlotHeight = 330.0;
constexpr double kMarker = 9.0;
constexpr double kKeyRow = 17.0;
constexpr double kKeyLine = kSmallSize * 1.2;

void drawQuadrants(SvgCanvas& canvas, const QuadrantChart& chart, double top, double xMid,
                   double yMid) {
    const double left = kPlotLeft, right = kPlotLeft + kPlotWidth, bottom = top + kPlotHeight;
    canvas.rect(xMid, yMid, right - xMid, bottom - yMid, "#fdecea");  // important, weak
    canvas.rect(xMid, top, right - xMid, yMid - top, "#e8f5e9");      // important, strong
    canvas.rect(left, top, xMid - left, yMid - top, "#fff8e1");       // unimportant, strong
    canvas.rect(left, yMid, xMid - left, bottom - yMid, "#f5f5f5");   // unimportant, weak
    TextStyle style{.size = kSmallSize, .fill = kMuted, .bold = true};
    double half = kPlotWidth / 2 - 12;
    style.anchor = Anchor::End;
    canvas.text(right - 6, bottom - 7,
                elideText(reportText(chart.concentrateHere), kSmallSize, half, true), style);
    canvas.text(right - 6, top + 15, elideText(reportText(chart.keepUp), kSmallSize, half, true),
                style);
    style.anchor = Anchor::Start;
    canvas.text(left + 6, top + 15,
                elideText(reportText(chart.possibleOverkill), kSmallSize, half, true), style);
    canvas.text(left + 6, bottom - 7,
                elideText(reportText(chart.lowPriority), kSmallSize, half, true), style);
}

}  // namespace

ChartDrawing drawQuadrantChart(const QuadrantChart& chart) {
    std::vector<Swatch> groups;
    for (std::size_t g = 0; g < chart.groups.size(); ++g)
        groups.push_back({chart.groups[g], std::string(seriesColour(g))});
    // The key under the plot: two columns, each name wrapped whole over as many lines as it
    // needs; a row is as tall as the longer of its two names.
    const double column = (kWidth - 40) / 2;
    std::vector<std::vector<std::string>> names;
    for (const auto& p : chart.points)
        names.push_back(wrapText(p.label, kSmallSize, column - 34, 6));
    std::vector<double> keyRowTops;
    double keyHeight = 0.0;
    for (std::size_t i = 0; i < names.size(); i += 2) {
        keyRowTops.push_back(keyHeight);
        const std::size_t lines =
            std::max(names[i].size(), i + 1 < names.size() ? names[i + 1].size() : 1);
        keyHeight += kKeyRow + static_cast<double>(lines > 1 ? lines - 1 : 0) * kKeyLine;
    }
    const double height = 40 + kPlotHeight + 58 + legendHeight(groups) + keyHeight + 10;
    SvgCanvas canvas(kWidth, height);
    const double top = drawTitle(canvas, chart.title);

    // Half a step of padding keeps markers on the scale ends inside the plot.
    const double low = chart.minValue - 0.5, high = chart.maxValue + 0.5;
    auto xOf = [&](double v) { return kPlotLeft + kPlotWidth * (v - low) / (high - low); };
    auto yOf = [&](double v) { return top + kPlotHeight * (1.0 - (v - low) / (high - low)); };
    drawQuadrants(canvas, chart, top, xOf(chart.midpoint), yOf(chart.midpoint));
    canvas.rect(kPlotLeft, top, kPlotWidth, kPlotHeight, "none", kAxis, 1.0);

    const double bottom = top + kPlotHeight;
    for (double v = chart.minValue; v <= chart.maxValue + 1e-9; v += 1.0) {
        canvas.line(xOf(v), bottom, xOf(v), bottom + 4, kAxis);
        canvas.text(xOf(v), bottom + 17, tickLabel(v, 1.0, false),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
        canvas.line(kPlotLeft - 4, yOf(v), kPlotLeft, yOf(v), kAxis);
        canvas.text(kPlotLeft - 8, yOf(v) + 4, tickLabel(v, 1.0, false),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::End});
    }
    canvas.text(kPlotLeft + kPlotWidth / 2, bottom + 36,
                elideText(reportText(chart.xLabel), kLabelSize, kPlotWidth),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
    canvas.text(kPlotLeft - 34, top + kPlotHeight / 2,
                elideText(reportText(chart.yLabel), kLabelSize, kPlotHeight),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle, .rotate = -90});

    if (chart.points.empty()) {
        canvas.text(kPlotLeft + kPlotWidth / 2, top + kPlotHeight / 2,
                    reportText("No attribute rated for both importance and performance"),
                    {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
        return canvas.finish();
    }

    std::map<std::pair<double, double>, std::vector<std::size_t>> spots;
    for (std::size_t i = 0; i < chart.points.size(); ++i)
        spots[{chart.points[i].x, chart.points[i].y}].push_back(i);
    for (const auto& [where, members] : spots) {
        const double k = static_cast<double>(members.size());
        const double ring = members.size() == 1
                                ? 0.0
                                : std::max(11.0, k * (2 * kMarker + 1) / (2 * std::numbers::pi));
        for (std::size_t m = 0; m < members.size(); ++m) {
            const auto& p = chart.points[members[m]];
            double angle =
                -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(m) / k;
            double cx = xOf(where.first) + ring * std::cos(angle),
                   cy = yOf(where.second) + ring * std::sin(angle);
            canvas.circle(cx, cy, kMarker,
                          seriesColour(static_cast<std::size_t>(std::max(0, p.group))), "#ffffff",
                          1.0);
            canvas.text(cx, cy + 3.5, std::to_string(members[m] + 1),
                        {.size = 10, .fill = "#ffffff", .bold = true, .anchor = Anchor::Middle});
        }
    }

    double y = bottom + 50;
    y += drawLegend(canvas, y, groups);
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const auto& p = chart.points[i];
        double x = 20 + column * static_cast<double>(i % 2);
        double rowY = y + keyRowTops[i / 2];
        canvas.text(x + 22, rowY + 12, std::to_string(i + 1),
                    {.size = kSmallSize,
                     .fill = seriesColour(static_cast<std::size_t>(std::max(0, p.group))),
                     .bold = true,
                     .anchor = Anchor::End});
        for (std::size_t l = 0; l < names[i].size(); ++l)
            canvas.text(x + 28, rowY + 12 + static_cast<double>(l) * kKeyLine, names[i][l],
                        {.size = kSmallSize, .fill = kInk});
    }
    return canvas.finish();
}

}  // namespace crm::report
