// Lorenz / Pareto curve of customer value: cumulative value share over customers sorted from
// the lowest value up, against the line of equal shares. The further the curve bows below
// the diagonal, the more the value sits with the few customers on the right.
#include <algorithm>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/report_text.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kPlotLeft = 78.0, kPlotWidth = 310.0, kPlotHeight = 300.0;
constexpr double kNotesLeft = kPlotLeft + kPlotWidth + 24.0;

}  // namespace

ChartDrawing drawLorenzChart(const LorenzChart& chart) {
    const std::vector<Swatch> legend = {
        {reportText("Customer value (Lorenz curve)"), std::string(seriesColour(0)), true},
        {reportText("Equal shares"), std::string(kMuted), true, true}};
    const double height = 40 + kPlotHeight + 52 + legendHeight(legend) + 8;
    SvgCanvas canvas(kWidth, height);
    const double top = drawTitle(canvas, chart.title);

    double low = 0.0;
    for (const auto& p : chart.points) low = std::min(low, p.y);  // losses make the curve dip
    auto ticks = niceTicks(low * 100.0, 100.0, 5);
    low = std::min(low, ticks.front() / 100.0);
    auto xOf = [&](double v) { return kPlotLeft + kPlotWidth * std::clamp(v, 0.0, 1.0); };
    auto yOf = [&](double v) { return top + kPlotHeight * (1.0 - (v - low) / (1.0 - low)); };
    const double bottom = top + kPlotHeight;
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 20.0;

    // The top fifth of customers sits right of 80%: the Pareto view of the same curve.
    canvas.rect(xOf(0.8), top, xOf(1.0) - xOf(0.8), kPlotHeight, "#eef5fb");
    for (double t : ticks) {
        canvas.line(kPlotLeft, yOf(t / 100.0), kPlotLeft + kPlotWidth, yOf(t / 100.0), kGrid);
        canvas.text(kPlotLeft - 8, yOf(t / 100.0) + 4, tickLabel(t, step, true),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::End});
    }
    for (double t = 0.0; t <= 100.0; t += 20.0) {
        canvas.line(xOf(t / 100.0), top, xOf(t / 100.0), bottom, kGrid);
        canvas.text(xOf(t / 100.0), bottom + 17, tickLabel(t, 20.0, true),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    }
    canvas.rect(kPlotLeft, top, kPlotWidth, kPlotHeight, "none", kAxis, 1.0);
    canvas.text(xOf(0.9), bottom - 8, reportText("top 20%"),
                {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    canvas.line(xOf(0.8), top, xOf(0.8), bottom, kAxis, 1.0, true);
    canvas.line(xOf(0.0), yOf(0.0), xOf(1.0), yOf(1.0), kMuted, 1.5, true);

    if (chart.points.size() >= 2) {
        std::vector<double> curve;
        for (const auto& p : chart.points) {
            curve.push_back(xOf(p.x));
            curve.push_back(yOf(p.y));
        }
        canvas.poly(curve, false, "none", 1.0, seriesColour(0), 2.5);
    } else {
        canvas.text(kPlotLeft + kPlotWidth / 2, top + kPlotHeight / 2,
                    reportText("No customer data imported"),
                    {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
    }
    canvas.text(kPlotLeft + kPlotWidth / 2, bottom + 36,
                elideText(reportText(chart.xLabel), kLabelSize, kPlotWidth + 40),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
    canvas.text(kPlotLeft - 44, top + kPlotHeight / 2,
                elideText(reportText(chart.yLabel), kLabelSize, kPlotHeight),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle, .rotate = -90});

    double y = top + 16;
    for (const auto& note : chart.notes)
        for (const auto& line : wrapText(note, kLabelSize, kWidth - kNotesLeft - 10, 3)) {
            canvas.text(kNotesLeft, y, line, {.size = kLabelSize, .fill = kInk});
            y += 17;
        }
    drawLegend(canvas, bottom + 48, legend);
    return canvas.finish();
}

}  // namespace crm::report
