#pragma once
// The data of each chart kind. Qt-free: chart_svg.h turns a spec into SVG text, which the
// HTML inlines, the PDF draws as vectors and the GUI shows with QSvgWidget.
// Every label is plain user text; the SVG writer escapes it.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "report/report_text.h"

namespace crm::report {

// Red / amber / green status of a measured item; None when it cannot be judged.
enum class Rag { Green, Amber, Red, None };

// Maturity radar: one axis per capability, one polygon per series (e.g. current, target).
struct RadarSeries {
    std::string name{};
    std::vector<std::optional<double>> values{};  // one per axis; missing = drawn at the centre
    bool dashed = false;
};
struct RadarChart {
    std::string title{};
    std::vector<std::string> axes{};
    std::vector<RadarSeries> series{};
    double minValue = 0.0, maxValue = 5.0;  // the centre and the rim
    std::string scaleLabel{};               // "Maturity (1-5)"
    // Type this many times the report's size, for a screen where the drawing is shown small or
    // seen from across a room; the rings keep their size and the labels wrap onto three lines.
    // The report draws at 1.
    double textScale = 1.0;
};

// Horizontal bars: capability gaps, metric attainment (RAG coloured), segment value.
struct Bar {
    std::string label{};
    double value = 0.0;
    std::string valueText{};  // printed at the bar end, already formatted
    Rag rag = Rag::None;      // colours the bar when the chart uses RAG colours
};
struct LegendEntry {
    std::string label{};
    Rag rag = Rag::None;
};
struct BarChart {
    std::string title{};
    std::vector<Bar> bars{};
    std::string valueAxisLabel{};
    bool ragColours = false;                 // colour by Bar::rag and show the RAG legend
    std::vector<LegendEntry> legend{};       // shown under the plot when not empty
    std::optional<double> referenceValue{};  // a dashed vertical line, e.g. 100% of target
    std::string referenceLabel{};
    std::optional<double> axisMax{};  // fixes the scale (e.g. 100 for percentages)
    bool percentTicks = false;        // tick labels get a % sign
};

// Importance-performance scatter with the quadrant names in the corners.
struct QuadrantPoint {
    std::string label{};
    double x = 0.0;  // importance
    double y = 0.0;  // performance
    int group = 0;   // index into QuadrantChart::groups (colour and legend)
};
struct QuadrantChart {
    std::string title{};
    std::vector<QuadrantPoint> points{};
    std::vector<std::string> groups{};  // e.g. the segments
    double minValue = 1.0, maxValue = 5.0, midpoint = 3.0;
    // The English defaults are msgids: the chart translates them when it is drawn.
    std::string xLabel = reportMsgid("Importance to customers");
    std::string yLabel = reportMsgid("Our performance");
    // Quadrant names: high importance & low performance first, then clockwise.
    std::string concentrateHere = reportMsgid("Concentrate here"),
                keepUp = reportMsgid("Keep up the good work"),
                possibleOverkill = reportMsgid("Possible overkill"),
                lowPriority = reportMsgid("Low priority");
};

// Lorenz curve of customer value: x = share of customers (lowest value first),
// y = cumulative share of value, both 0..1; the caller supplies the points and the notes.
struct CurvePoint {
    double x = 0.0;
    double y = 0.0;
};
struct LorenzChart {
    std::string title{};
    std::vector<CurvePoint> points{};  // ascending x from (0,0) to (1,1)
    std::vector<std::string> notes{};  // e.g. "Top 20% of customers: 71% of value"
    // The figures the report's notes are written from (describeCurve, in the report's language).
    std::optional<double> topShare{}, customerShareFor80{}, gini{};
    std::string xLabel = reportMsgid("Share of customers (lowest value first)");
    std::string yLabel = reportMsgid("Cumulative share of value");
};

// Lines over a numeric x axis: one polyline per series (a model's prediction against what
// happened). With xTickLabels, ticks sit at x = 0, 1, 2... with those labels (categories such
// as "0", "1", ... "6+"); otherwise the x axis gets nice numeric ticks.
struct LineSeries {
    std::string name{};
    std::vector<CurvePoint> points{};  // ascending x
    bool dashed = false;
    bool markers = false;  // a dot at every point
};
struct LineChart {
    std::string title{};
    std::vector<LineSeries> series{};
    std::string xLabel{};
    std::string yLabel{};
    std::vector<std::string> xTickLabels{};
    std::optional<double> markerX{};  // a dashed vertical line, e.g. where the holdout starts
    std::string markerLabel{};
};

// A 0-100 scale cut into named bands (the maturity levels), with a marker where the value
// stands, so a reader sees which band is the middle one and how far the value is from the next.
struct BandScale {
    std::string title{};
    std::vector<std::string> bands{};  // lowest first
    std::vector<double> edges{};       // where each band after the first starts (bands - 1)
    double minValue = 0.0, maxValue = 100.0;
    std::optional<double> value{};
    std::string valueText{};  // "47.7", printed at the marker
    std::string caption{};    // under the scale: "The marker shows ..."
};

using ChartSpec =
    std::variant<RadarChart, BarChart, QuadrantChart, LorenzChart, BandScale, LineChart>;

}  // namespace crm::report
