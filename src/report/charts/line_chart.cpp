// Lines over a numeric axis: what a model predicted against what happened (the holdout check's
// purchases by calibration frequency, cumulative repeat purchases week by week).
#include <algorithm>
#include <cmath>
#include <limits>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/report_text.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kPlotLeft = 78.0, kPlotWidth = 530.0, kPlotHeight = 260.0;

struct Extent {
    double low = 0.0, high = 1.0;
};

Extent extentOf(const LineChart& chart, bool ofX) {
    Extent e{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (const auto& s : chart.series)
        for (const auto& p : s.points) {
            const double v = ofX ? p.x : p.y;
            if (!std::isfinite(v)) continue;
            e.low = std::min(e.low, v);
            e.high = std::max(e.high, v);
        }
    if (ofX && chart.markerX) {
        e.low = std::min(e.low, *chart.markerX);
        e.high = std::max(e.high, *chart.markerX);
    }
    if (!std::isfinite(e.low)) return {0.0, 1.0};
    if (!ofX) e.low = std::min(e.low, 0.0);  // counts are read from zero
    if (e.high <= e.low) e.high = e.low + 1.0;
    return e;
}

}  // namespace

ChartDrawing drawLineChart(const LineChart& chart) {
    std::vector<Swatch> legend;
    for (std::size_t i = 0; i < chart.series.size(); ++i)
        legend.push_back(
            {chart.series[i].name, std::string(seriesColour(i)), true, chart.series[i].dashed});
    const double height = 40 + kPlotHeight + 52 + legendHeight(legend) + 8;
    SvgCanvas canvas(kWidth, height);
    const double top = drawTitle(canvas, chart.title);
    const double bottom = top + kPlotHeight;

    const bool categories = !chart.xTickLabels.empty();
    Extent x = categories ? Extent{-0.5, static_cast<double>(chart.xTickLabels.size()) - 0.5}
                          : extentOf(chart, true);
    const std::vector<double> xTicks =
        categories ? std::vector<double>{} : niceTicks(x.low, x.high);
    if (!categories) {
        x.low = std::min(x.low, xTicks.front());
        x.high = std::max(x.high, xTicks.back());
    }
    Extent y = extentOf(chart, false);
    const std::vector<double> yTicks = niceTicks(y.low, y.high);
    y.low = std::min(y.low, yTicks.front());
    y.high = std::max(y.high, yTicks.back());
    auto xOf = [&](double v) { return kPlotLeft + kPlotWidth * (v - x.low) / (x.high - x.low); };
    auto yOf = [&](double v) { return bottom - kPlotHeight * (v - y.low) / (y.high - y.low); };

    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : 1.0;
    for (double t : yTicks) {
        canvas.line(kPlotLeft, yOf(t), kPlotLeft + kPlotWidth, yOf(t), kGrid);
        canvas.text(kPlotLeft - 8, yOf(t) + 4, tickLabel(t, yStep, false),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::End});
    }
    if (categories) {
        for (std::size_t i = 0; i < chart.xTickLabels.size(); ++i)
            canvas.text(xOf(static_cast<double>(i)), bottom + 17,
                        elideText(chart.xTickLabels[i], kSmallSize,
                                  kPlotWidth / static_cast<double>(chart.xTickLabels.size())),
                        {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    } else {
        const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : 1.0;
        for (double t : xTicks) {
            canvas.line(xOf(t), top, xOf(t), bottom, kGrid);
            canvas.text(xOf(t), bottom + 17, tickLabel(t, xStep, false),
                        {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
        }
    }
    canvas.rect(kPlotLeft, top, kPlotWidth, kPlotHeight, "none", kAxis, 1.0);
    if (chart.markerX) {
        canvas.line(xOf(*chart.markerX), top, xOf(*chart.markerX), bottom, kAxis, 1.0, true);
        canvas.text(xOf(*chart.markerX) + 4, top + 14,
                    elideText(chart.markerLabel, kSmallSize, kPlotWidth / 2),
                    {.size = kSmallSize, .fill = kMuted});
    }

    bool drawn = false;
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        std::vector<double> xy;
        for (const auto& p : chart.series[i].points) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            xy.push_back(xOf(p.x));
            xy.push_back(yOf(p.y));
            if (chart.series[i].markers) canvas.circle(xOf(p.x), yOf(p.y), 3.0, seriesColour(i));
        }
        if (xy.size() >= 4) {
            canvas.poly(xy, false, "none", 1.0, seriesColour(i), 2.0, chart.series[i].dashed);
            drawn = true;
        }
    }
    if (!drawn)
        canvas.text(kPlotLeft + kPlotWidth / 2, top + kPlotHeight / 2,
                    reportText("No figures to draw"),
                    {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
    canvas.text(kPlotLeft + kPlotWidth / 2, bottom + 36,
                elideText(chart.xLabel, kLabelSize, kPlotWidth + 40),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});
    canvas.text(kPlotLeft - 50, top + kPlotHeight / 2,
                elideText(chart.yLabel, kLabelSize, kPlotHeight),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle, .rotate = -90});
    drawLegend(canvas, bottom + 48, legend);
    return canvas.finish();
}

}  // namespace crm::report
