#pragma once
// Each chart kind as a drawing: SVG text (HTML, GUI) plus the same drawing split into shapes
// and texts (PDF). Pure functions of the spec: same spec, same bytes.
#include <string>

#include "report/charts/chart_spec.h"
#include "report/charts/svg_canvas.h"

namespace crm::report {

ChartDrawing drawRadarChart(const RadarChart& chart);
ChartDrawing drawBarChart(const BarChart& chart);
ChartDrawing drawQuadrantChart(const QuadrantChart& chart);
ChartDrawing drawLorenzChart(const LorenzChart& chart);  // Pareto / Lorenz curve of customer value
ChartDrawing drawBandScale(const BandScale& chart);      // maturity levels with a marker
ChartDrawing drawLineChart(const LineChart& chart);      // predicted against actual
ChartDrawing drawChart(const ChartSpec& chart);

inline std::string radarChartSvg(const RadarChart& chart) { return drawRadarChart(chart).svg; }
inline std::string barChartSvg(const BarChart& chart) { return drawBarChart(chart).svg; }
inline std::string quadrantChartSvg(const QuadrantChart& chart) {
    return drawQuadrantChart(chart).svg;
}
inline std::string lorenzChartSvg(const LorenzChart& chart) { return drawLorenzChart(chart).svg; }
inline std::string chartSvg(const ChartSpec& chart) { return drawChart(chart).svg; }

}  // namespace crm::report
