// Maturity radar: rings for the scale, one spoke per capability, one polygon per series.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/report_text.h"

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

// The type of the labels: the report's, or larger (RadarChart::textScale) with a third line
// and all the width beside the rings.
struct LabelType {
    double size = kLabelSize;
    double width = kLabelWidth;
    int lines = 2;
    double growAway = 0.3;  // labels further above or below the centre grow away from it
    // How much more room the labels take above and below the rings than the report's do.
    double extraRoom() const { return (lines * size - 2 * kLabelSize) * 1.2; }
};

LabelType labelTypeFor(double textScale) {
    if (textScale <= 1.0) return {};
    return {kLabelSize * textScale, kWidth / 2 - kRadius - 20, 3, 0.5};
}

void drawAxisLabel(SvgCanvas& canvas, double cx, double cy, double angle, const std::string& label,
                   const LabelType& type) {
    double c = std::cos(angle), s = std::sin(angle);
    double x = cx + (kRadius + 12) * c, y = cy + (kRadius + 12) * s;
    // Only labels straight above or below are centred; the rest grow away from the centre so
    // neighbours near the top and bottom never overlap.
    Anchor anchor = c > 0.1 ? Anchor::Start : (c < -0.1 ? Anchor::End : Anchor::Middle);
    auto lines = wrapText(label, type.size, type.width, type.lines);
    double lineHeight = type.size * 1.2;
    double block = lineHeight * static_cast<double>(lines.size());
    // Above the centre the block grows upwards, below downwards, at the sides it is centred.
    double top =
        s < -type.growAway ? y - block + 4 : (s > type.growAway ? y + 6 : y - block / 2 + 4);
    for (std::size_t i = 0; i < lines.size(); ++i)
        canvas.text(x, top + lineHeight * static_cast<double>(i) + type.size * 0.8, lines[i],
                    {.size = type.size, .fill = kInk, .anchor = anchor});
}

}  // namespace

ChartDrawing drawRadarChart(const RadarChart& chart) {
    const double scale = std::max(chart.textScale, 1.0);
    const LabelType labels = labelTypeFor(scale);
    const double scaleLabelSize = kSmallSize * scale;
    const double height = 40 * scale + 2 * (kRadius + 46 + labels.extraRoom()) + 58 * scale;
    SvgCanvas canvas(kWidth, height);
    double top = drawTitle(canvas, chart.title, scale);
    const double cx = kWidth / 2, cy = top + kRadius + 44 + labels.extraRoom();
    const std::size_t axes = chart.axes.size();
    if (axes < 3) {
        canvas.text(cx, cy, reportText("Rate at least three capabilities to draw the radar"),
                    {.size = labels.size, .fill = kMuted, .anchor = Anchor::Middle});
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
        drawAxisLabel(canvas, cx, cy, ang, chart.axes[a], labels);
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
    double legendY = cy + kRadius + 50 + labels.extraRoom();
    legendY += drawLegend(canvas, legendY, legend, scale);
    if (!chart.scaleLabel.empty())
        canvas.text(cx, legendY + 12 * scale,
                    elideText(chart.scaleLabel, scaleLabelSize, kWidth - 40),
                    {.size = scaleLabelSize, .fill = kMuted, .anchor = Anchor::Middle});
    return canvas.finish();
}

}  // namespace crm::report
