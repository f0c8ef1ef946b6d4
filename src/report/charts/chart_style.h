#pragma once
// Colours, sizes and axis scales shared by the charts, so all of them look like one family.
#include <string>
#include <string_view>
#include <vector>

#include "report/charts/chart_spec.h"
#include "report/charts/svg_canvas.h"

namespace crm::report::chart_style {

inline constexpr double kWidth = 640.0;  // every chart is this wide; heights vary
inline constexpr double kTitleSize = 15.0;
inline constexpr double kLabelSize = 12.0;
inline constexpr double kSmallSize = 11.0;
inline constexpr std::string_view kInk = "#263238";
inline constexpr std::string_view kMuted = "#607d8b";
inline constexpr std::string_view kGrid = "#cfd8dc";
inline constexpr std::string_view kAxis = "#78909c";

// Distinct, colour-blind friendly series colours (Okabe-Ito order).
std::string_view seriesColour(std::size_t index);
std::string_view ragColour(Rag rag);
std::string ragLabel(Rag rag);  // in the report's language
// "green", "amber", "red", "none": the value in the report JSON and the HTML's CSS classes.
std::string_view ragKey(Rag rag);

// "Nice" tick values covering [low, high] (1, 2, 2.5, 5 x 10^n steps).
std::vector<double> niceTicks(double low, double high, int targetCount = 5);
// Tick text: integers without decimals, otherwise as few decimals as the step needs.
std::string tickLabel(double value, double step, bool percent);

// Writes the chart title at the top; returns the y where the plot may start. A textScale above
// 1 sets it (and the legend below) in larger type, for a chart shown small on a screen.
double drawTitle(SvgCanvas& canvas, std::string_view title, double textScale = 1.0);

// A row of legend swatches centred at y; returns the height used (0 when empty).
struct Swatch {
    std::string label;
    std::string colour;
    bool line = false;  // a line sample instead of a filled box
    bool dashed = false;
};
double drawLegend(SvgCanvas& canvas, double y, const std::vector<Swatch>& swatches,
                  double textScale = 1.0);
double legendHeight(const std::vector<Swatch>& swatches, double textScale = 1.0);

}  // namespace crm::report::chart_style
