#include "report/charts/chart_svg.h"

namespace crm::report {

ChartDrawing drawChart(const ChartSpec& chart) {
    struct Visitor {
        ChartDrawing operator()(const RadarChart& c) const { return drawRadarChart(c); }
        ChartDrawing operator()(const BarChart& c) const { return drawBarChart(c); }
        ChartDrawing operator()(const QuadrantChart& c) const { return drawQuadrantChart(c); }
        ChartDrawing operator()(const LorenzChart& c) const { return drawLorenzChart(c); }
        ChartDrawing operator()(const BandScale& c) const { return drawBandScale(c); }
        ChartDrawing operator()(const LineChart& c) const { return drawLineChart(c); }
    };
    return std::visit(Visitor{}, chart);
}

}  // namespace crm::report
