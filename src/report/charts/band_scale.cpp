// The maturity levels as five bands side by side, the reached band filled darker and a marker
// at the value: the reader sees where the middle is without knowing the edges.
#include <algorithm>

#include "report/charts/chart_style.h"
#include "report/charts/chart_svg.h"
#include "report/number_format.h"

namespace crm::report {

using namespace chart_style;

namespace {

constexpr double kBandHeight = 34.0;
constexpr std::string_view kBandFill = "#e3eef7";
constexpr std::string_view kReachedFill = "#0072b2";

}  // namespace

ChartDrawing drawBandScale(const BandScale& chart) {
    const double titleRoom = chart.title.empty() ? 12.0 : 40.0;
    const double height = titleRoom + 26 + kBandHeight + 22 + (chart.caption.empty() ? 0 : 22);
    SvgCanvas canvas(kWidth, height);
    const double top = drawTitle(canvas, chart.title) + 26;
    const double x0 = 16, x1 = kWidth - 16;
    const double span = chart.maxValue > chart.minValue ? chart.maxValue - chart.minValue : 1.0;
    auto xOf = [&](double v) {
        return x0 +
               (x1 - x0) * (std::clamp(v, chart.minValue, chart.maxValue) - chart.minValue) / span;
    };
    std::vector<double> starts{chart.minValue};
    for (std::size_t i = 0; i + 1 < chart.bands.size(); ++i)
        starts.push_back(i < chart.edges.size() ? chart.edges[i] : chart.maxValue);
    starts.push_back(chart.maxValue);
    for (std::size_t i = 0; i < chart.bands.size(); ++i) {
        const double from = xOf(starts[i]), to = xOf(starts[i + 1]);
        const bool reached = chart.value && *chart.value >= starts[i] &&
                             (*chart.value < starts[i + 1] || i + 1 == chart.bands.size());
        canvas.rect(from, top, std::max(to - from - 2, 1.0), kBandHeight,
                    reached ? kReachedFill : kBandFill);
        const std::vector<std::string> lines =
            wrapText(chart.bands[i], kSmallSize, std::max(to - from - 8, 20.0), 2, reached);
        const double firstBaseline =
            top + kBandHeight / 2 + 4 - (static_cast<double>(lines.size()) - 1) * 6.5;
        for (std::size_t l = 0; l < lines.size(); ++l)
            canvas.text((from + to) / 2, firstBaseline + static_cast<double>(l) * 13, lines[l],
                        {.size = kSmallSize,
                         .fill = reached ? std::string_view("#ffffff") : kInk,
                         .bold = reached,
                         .anchor = Anchor::Middle});
        if (i > 0)
            canvas.text(from, top + kBandHeight + 14, formatValue(starts[i], 1),
                        {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    }
    canvas.text(x0, top + kBandHeight + 14, formatValue(chart.minValue, 1),
                {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Start});
    canvas.text(x1, top + kBandHeight + 14, formatValue(chart.maxValue, 1),
                {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::End});
    if (chart.value) {
        const double x = xOf(*chart.value);
        canvas.poly({x - 7, top - 12, x + 7, top - 12, x, top - 2}, true, kInk, 1.0, kInk, 1.0);
        canvas.text(x, top - 16, chart.valueText,
                    {.size = kLabelSize, .fill = kInk, .bold = true, .anchor = Anchor::Middle});
    }
    if (!chart.caption.empty())
        canvas.text(kWidth / 2, top + kBandHeight + 38, chart.caption,
                    {.size = kSmallSize, .fill = kMuted, .anchor = Anchor::Middle});
    return canvas.finish();
}

}  // namespace crm::report
