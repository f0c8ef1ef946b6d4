// Maturity radar: rings for the scale, one spoke per capability, one polygon per series.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kRadius =
    125.0;  // leaves room for two-line labels; compact enough for the summary
constexpr double kLabelWidth = 150.0;

double angleOf(std::size_t axis, std::size_t axes) {
    return -std::numbers::pi / 2 +
           2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(axes);
}

void drawAxisLabel(SvgCanvas& canvas, double cx, double cy, double angle,
                   const std::string& label) {
    double c = std::cos(angle), s = std::sin(angle);
    double x = cx + (kRadius + 12) * c, y = cy + (kRadius + 12) * s;
    // Only labels straight above or below are centred; the rest grow away from the centre so
    // neighbours near the top and bottom never overlap.
    Anchor anchor = c > 0.1 ? Anchor::Start : (c < -0.1 ? Anchor::End : Anchor::Middle);
    auto lines = wrapText(label, kLabelSize, kLabelWidth, 2);
    double lineHeight = kLabelSize * 1.2;
    double block = lineHeight * static_cast<double>(lines.size());
    // Above the centre the block grows upwards, below downwards, at the sides it is centred.
    double top = s < -0.3 ? y - block + 4 : (s > 0.3 ? y + 6 : y - block / 2 + 4);
    for (std::size_t i = 0; i < lines.size(); ++i)
        canvas.text(x, top + lineHeight * static_cast<double>(i) + kLabelSize * 0.8, lines[i],
                    {.size = kLabelSize, .fill = kInk, .anchor = anchor});
}

}  // namespace

ChartDrawing drawRadarChart(const RadarChart& chart) {
    const double height = 40 + 2 * (kRadius + 46) + 58;
    SvgCanvas canvas(kWidth, height);
    double top = drawTitle(canvas, chart.title);
    const double cx = kWidth / 2, cy = top + kRadius + 44;
    const std::size_t axes = chart.axes.size();
    if (axes < 3) {
        canvas.text(cx, cy, "Rate at least three capabilities to draw the radar",
                    {.size = kLabelSize, .fill = kMuted, .anchor = Anchor::Middle});
        return canvas.finish();
    }
    const double span = chart.maxValue > chart.minValue ? chart.maxValue - chart.minValue : 1.0;
    auto radiusOf = [&](double v) {
        return kRadius * std::clamp((v - chart.minValue) / span, 0.0, 1.0);
    };

    // Rings at every whole step of the scale, labelled along the upward spoke.
    for (double v = std::ceil(chart.minValue); v <= chart.maxValue + 1e-9; v += 1.0) {
        if (v <= chart.minValue) continue;
        std::vector<double> ring;
        for (std::size_t a = 0; a < axes; ++a) {
            double ang = angleOf(a, axes);
            ring.push_back(cx + radiusOf(v) * std::cos(ang));
            ring.push_back(cy + radiusOf(v) * std::sin(ang));
        }
        canvas.poly(ring, true, "none", 1.0, kGrid, 1.0);
        canvas.text(cx + 4, cy - radiusOf(v) + 12, tickLabel(v, 1.0, false),
                    {.size = kSmallSize, .fill = kMuted});
    }
    for (std::size_t a = 0; a < axes; ++a) {
        double ang = angleOf(a, axes);
        canvas.line(cx, cy, cx + kRadius * std::cos(ang), cy + kRadius * std::sin(ang), kGrid);
        drawAxisLabel(canvas, cx, cy, ang, chart.axes[a]);
    }

    std::vector<Swatch> legend;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto& series = chart.series[s];
        std::string colour(seriesColour(s));
        std::vector<double> shape;
        for (std::size_t a = 0; a < axes; ++a) {
            double v =
                a < series.values.size() && series.values[a] ? *series.values[a] : chart.minValue;
            double ang = angleOf(a, axes);
            shape.push_back(cx + radiusOf(v) * std::cos(ang));
            shape.push_back(cy + radiusOf(v) * std::sin(ang));
        }
        canvas.poly(shape, true, colour, series.dashed ? 0.0 : 0.18, colour, 2.5, series.dashed);
        for (std::size_t i = 0; i + 1 < shape.size(); i += 2)
            canvas.circle(shape[i], shape[i + 1], 3.5, colour);
        legend.push_back({series.name, colour, true, series.dashed});
    }
    double legendY = cy + kRadius + 50;
    legendY += drawLegend(canvas, legendY, legend);
    if (!chart.scaleLabel.empty())
        canvas.text(cx, legendY + 12, elideText(chart.scaleLabel, kSmallSize, kWidth - 40),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    return canvas.finish();
}

}  // namespace crm::report
