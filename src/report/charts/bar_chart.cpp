// Horizontal bars with labels on the left, values at the bar ends and a labelled value axis.
#include <algorithm>
#include <cmath>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/report_text.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kRowPitch = 28.0;
constexpr double kBarHeight = 18.0;
constexpr double kMaxLabelWidth = 230.0;
constexpr double kMinValueRoom = 72.0;  // widened to the longest value text
constexpr double kLineHeight = kLabelSize * 1.2;
constexpr int kMaxLabelLines = 8;  // labels wrap rather than lose words

// A bar's label over as many lines as it needs, and the height of its row.
std::vector<std::string> labelLines(const Bar& bar, double width) {
    return wrapText(bar.label, kLabelSize, width, kMaxLabelLines);
}
double rowHeight(std::size_t lines) {
    return std::max(kRowPitch, static_cast<double>(lines) * kLineHeight + 8);
}

std::vector<Swatch> legendOf(const BarChart& chart) {
    std::vector<Swatch> swatches;
    if (chart.ragColours && chart.legend.empty()) {  // an explicit legend names the colours
        for (Rag rag : {Rag::Green, Rag::Amber, Rag::Red, Rag::None})
            if (std::any_of(chart.bars.begin(), chart.bars.end(),
                            [&](const Bar& b) { return b.rag == rag; }))
                swatches.push_back({ragLabel(rag), std::string(ragColour(rag))});
    }
    for (const auto& entry : chart.legend)
        swatches.push_back(
            {entry.label, std::string(chart.ragColours ? ragColour(entry.rag) : seriesColour(0))});
    if (chart.referenceValue && !chart.referenceLabel.empty())
        swatches.push_back({chart.referenceLabel, std::string(kInk), true, true});
    return swatches;
}

}  // namespace

ChartDrawing drawBarChart(const BarChart& chart) {
    const auto legend = legendOf(chart);
    double labelWidth = 0.0;
    for (const auto& bar : chart.bars)
        labelWidth = std::max(labelWidth, textWidth(bar.label, kLabelSize));
    labelWidth = std::min(labelWidth, kMaxLabelWidth);
    std::vector<std::vector<std::string>> labels;
    std::vector<double> rowTops;  // from the plot's top
    double plotHeight = chart.bars.empty() ? kRowPitch : 0.0;
    for (const auto& bar : chart.bars) {
        labels.push_back(labelLines(bar, labelWidth));
        rowTops.push_back(plotHeight);
        plotHeight += rowHeight(labels.back().size());
    }
    const double height = 40 + 8 + plotHeight + 50 + legendHeight(legend) + 6;
    SvgCanvas canvas(kWidth, height);
    const double top = drawTitle(canvas, chart.title) + 8;
    if (chart.bars.empty()) {
        canvas.text(kWidth / 2, top + 20, reportText("No data to show"),
                    {.size = kLabelSize, .fill = kMuted, .anchor = Anchor::Middle});
        return canvas.finish();
    }

    double valueRoom = kMinValueRoom;
    for (const auto& bar : chart.bars)
        valueRoom = std::max(valueRoom, textWidth(bar.valueText, kSmallSize) + 12);
    const double x0 = 12 + labelWidth + 10, x1 = kWidth - valueRoom;

    double low = 0.0, high = chart.axisMax.value_or(0.0);
    for (const auto& bar : chart.bars) {
        low = std::min(low, bar.value);
        high = std::max(high, bar.value);
    }
    if (chart.referenceValue) high = std::max(high, *chart.referenceValue);
    auto ticks = niceTicks(low, high);
    low = std::min(low, ticks.front());
    high = std::max(high, ticks.back());
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    auto xOf = [&](double v) { return x0 + (x1 - x0) * (v - low) / (high - low); };

    const double plotBottom = top + plotHeight;
    for (double t : ticks) {
        canvas.line(xOf(t), top, xOf(t), plotBottom, kGrid);
        canvas.text(xOf(t), plotBottom + 16, tickLabel(t, step, chart.percentTicks),
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    }
    canvas.text((x0 + x1) / 2, plotBottom + 36,
                elideText(chart.valueAxisLabel, kLabelSize, x1 - x0 + 60),
                {.size = kLabelSize, .fill = kInk, .anchor = Anchor::Middle});

    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& bar = chart.bars[i];
        const auto& lines = labels[i];
        const double row = rowHeight(lines.size());
        double y = top + rowTops[i] + (row - kBarHeight) / 2;
        double from = xOf(std::min(0.0, bar.value)), to = xOf(std::max(0.0, bar.value));
        std::string_view colour = chart.ragColours ? ragColour(bar.rag) : seriesColour(0);
        canvas.rect(from, y, std::max(to - from, 1.5), kBarHeight, colour);
        // The label's lines centred on the bar.
        const double firstBaseline = y + kBarHeight / 2 -
                                     static_cast<double>(lines.size()) * kLineHeight / 2 +
                                     kLabelSize * 0.85;
        for (std::size_t l = 0; l < lines.size(); ++l)
            canvas.text(x0 - 8, firstBaseline + static_cast<double>(l) * kLineHeight, lines[l],
                        {.size = kLabelSize, .fill = kInk, .anchor = Anchor::End});
        canvas.text(to + 5, y + kBarHeight - 5, bar.valueText, {.size = kSmallSize, .fill = kInk});
    }
    canvas.line(xOf(0.0), top, xOf(0.0), plotBottom, kAxis, 1.2);
    if (chart.referenceValue)
        canvas.line(xOf(*chart.referenceValue), top - 4, xOf(*chart.referenceValue), plotBottom,
                    kInk, 1.5, true);
    drawLegend(canvas, plotBottom + 50, legend);
    return canvas.finish();
}

}  // namespace crm::report
