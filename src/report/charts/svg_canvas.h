#pragma once
// A tiny SVG writer limited to what QSvgRenderer (SVG Tiny 1.2) draws faithfully:
// presentation attributes only (no CSS), no filters, no dominant-baseline.
// Every text passes through text::escapeXml, so user labels can never become markup.
#include <string>
#include <string_view>
#include <vector>

namespace crm::report {

// Width of text in DejaVu Sans at the given size, from the font's advance widths
// (ASCII exact; other characters estimated). Charts use it to fit and elide labels.
double textWidth(std::string_view utf8, double fontSize, bool bold = false);
// Cuts text to fit maxWidth, ending in an ellipsis; whole text when it fits.
std::string elideText(std::string_view utf8, double fontSize, double maxWidth, bool bold = false);
// Breaks text into at most maxLines lines of maxWidth (word wrap; the last line elided).
std::vector<std::string> wrapText(std::string_view utf8, double fontSize, double maxWidth,
                                  int maxLines, bool bold = false);

// Numbers in SVG attributes: fixed, at most two decimals, no locale.
std::string svgNumber(double value);

enum class Anchor { Start, Middle, End };

struct TextStyle {
    double size = 12.0;
    std::string_view fill = "#263238";
    bool bold = false;
    Anchor anchor = Anchor::Start;
    double rotate = 0.0;  // degrees, around the text position
};

// One text of a chart, for renderers that set chart text themselves (the PDF: QtSvg 6.4 turns
// SVG text into glyph outlines, which are heavy and cannot be searched or copied).
struct ChartText {
    double x = 0, y = 0;  // baseline position in chart units
    std::string content;
    double size = 12.0;
    std::string fill;
    bool bold = false;
    Anchor anchor = Anchor::Start;
    double rotate = 0.0;
};

// A finished chart: the full SVG, and the same drawing split into shapes and texts.
struct ChartDrawing {
    double width = 0, height = 0;
    std::string svg;        // complete, texts included (HTML, GUI)
    std::string shapesSvg;  // without the texts
    std::vector<ChartText> texts;
};

class SvgCanvas {
  public:
    SvgCanvas(double width, double height);

    void rect(double x, double y, double w, double h, std::string_view fill,
              std::string_view stroke = "none", double strokeWidth = 0.0);
    void line(double x1, double y1, double x2, double y2, std::string_view stroke,
              double width = 1.0, bool dashed = false);
    void circle(double cx, double cy, double r, std::string_view fill,
                std::string_view stroke = "none", double strokeWidth = 0.0);
    // Points as x,y pairs; closed draws a polygon, open a polyline.
    void poly(const std::vector<double>& xy, bool closed, std::string_view fill, double fillOpacity,
              std::string_view stroke, double strokeWidth, bool dashed = false);
    // `y` is the baseline.
    void text(double x, double y, std::string_view content, const TextStyle& style = {});

    ChartDrawing finish();  // closes the document; the canvas is spent afterwards

  private:
    void append(const std::string& element, bool isText = false);

    ChartDrawing drawing_;
};

}  // namespace crm::report
