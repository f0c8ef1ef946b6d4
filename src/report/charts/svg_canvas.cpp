#include "report/charts/svg_canvas.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "engine/text/escaping.h"

namespace crm::report {
namespace {

// DejaVu Sans advance widths of ASCII 32..126 in thousandths of an em (read from the font).
constexpr std::array<short, 95> kRegular = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
constexpr std::array<short, 95> kBold = {
    348,  456, 521, 838, 696, 1002, 872, 306,  457, 457, 523, 838, 380, 415,  380, 365,
    696,  696, 696, 696, 696, 696,  696, 696,  696, 696, 400, 400, 838, 838,  838, 580,
    1000, 774, 762, 734, 830, 683,  683, 821,  837, 372, 372, 775, 637, 995,  837, 850,
    733,  850, 770, 720, 682, 812,  774, 1103, 771, 724, 725, 457, 365, 457,  838, 500,
    500,  675, 716, 593, 716, 678,  435, 716,  712, 343, 343, 665, 343, 1042, 712, 687,
    716,  716, 493, 595, 478, 712,  652, 924,  645, 652, 582, 712, 365, 712,  838};
constexpr double kOtherGlyph = 700.0;  // a generous guess for letters outside ASCII

// Length in bytes of the UTF-8 sequence starting with `lead`.
std::size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;  // stray continuation byte: count it alone
}

double glyphWidth(std::string_view utf8, std::size_t pos, bool bold) {
    auto c = static_cast<unsigned char>(utf8[pos]);
    if (c >= 32 && c < 127) return (bold ? kBold : kRegular)[c - 32];
    return kOtherGlyph;
}

std::string_view anchorName(Anchor a) {
    switch (a) {
        case Anchor::Start:
            return "start";
        case Anchor::Middle:
            return "middle";
        case Anchor::End:
            return "end";
    }
    return "start";
}

}  // namespace

double textWidth(std::string_view utf8, double fontSize, bool bold) {
    double thousandths = 0.0;
    for (std::size_t pos = 0; pos < utf8.size();
         pos += sequenceLength(static_cast<unsigned char>(utf8[pos])))
        thousandths += glyphWidth(utf8, pos, bold);
    return thousandths * fontSize / 1000.0;
}

std::string elideText(std::string_view utf8, double fontSize, double maxWidth, bool bold) {
    if (textWidth(utf8, fontSize, bold) <= maxWidth) return std::string(utf8);
    constexpr std::string_view ellipsis = "\u2026";
    double budget = maxWidth - textWidth(ellipsis, fontSize, bold);
    double used = 0.0;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        std::size_t len = sequenceLength(static_cast<unsigned char>(utf8[pos]));
        double w = glyphWidth(utf8, pos, bold) * fontSize / 1000.0;
        if (used + w > budget) break;
        used += w;
        pos += len;
    }
    std::string out(utf8.substr(0, std::min(pos, utf8.size())));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + std::string(ellipsis);
}

std::vector<std::string> wrapText(std::string_view utf8, double fontSize, double maxWidth,
                                  int maxLines, bool bold) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        std::size_t space = utf8.find(' ', pos);
        std::string_view word = utf8.substr(
            pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
        pos = space == std::string_view::npos ? utf8.size() : space + 1;
        if (word.empty()) continue;
        std::string candidate =
            current.empty() ? std::string(word) : current + " " + std::string(word);
        if (current.empty() || textWidth(candidate, fontSize, bold) <= maxWidth) {
            current = std::move(candidate);
            continue;
        }
        lines.push_back(std::move(current));
        current = std::string(word);
        if (static_cast<int>(lines.size()) == maxLines - 1) {  // the rest goes on the last line
            current += pos < utf8.size() ? " " + std::string(utf8.substr(pos)) : "";
            break;
        }
    }
    if (!current.empty()) lines.push_back(std::move(current));
    for (auto& l : lines) l = elideText(l, fontSize, maxWidth, bold);
    return lines;
}

std::string svgNumber(double value) {
    if (!std::isfinite(value)) return "0";
    std::string s = fmt::format("{:.2f}", value);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

SvgCanvas::SvgCanvas(double width, double height) {
    drawing_.width = width;
    drawing_.height = height;
    append(fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
        "width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"DejaVu Sans, Verdana, sans-serif\" font-weight=\"normal\">\n",
        svgNumber(width), svgNumber(height)));
    rect(0, 0, width, height, "#ffffff");
}

void SvgCanvas::append(const std::string& element, bool isText) {
    drawing_.svg += element;
    if (!isText) drawing_.shapesSvg += element;
}

void SvgCanvas::rect(double x, double y, double w, double h, std::string_view fill,
                     std::string_view stroke, double strokeWidth) {
    std::string element =
        fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"", svgNumber(x),
                    svgNumber(y), svgNumber(std::max(0.0, w)), svgNumber(std::max(0.0, h)), fill);
    if (stroke != "none")
        element +=
            fmt::format(" stroke=\"{}\" stroke-width=\"{}\"", stroke, svgNumber(strokeWidth));
    append(element + "/>\n");
}

void SvgCanvas::line(double x1, double y1, double x2, double y2, std::string_view stroke,
                     double width, bool dashed) {
    std::string element = fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"",
        svgNumber(x1), svgNumber(y1), svgNumber(x2), svgNumber(y2), stroke, svgNumber(width));
    if (dashed) element += " stroke-dasharray=\"5,4\"";
    append(element + "/>\n");
}

void SvgCanvas::circle(double cx, double cy, double r, std::string_view fill,
                       std::string_view stroke, double strokeWidth) {
    std::string element = fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"",
                                      svgNumber(cx), svgNumber(cy), svgNumber(r), fill);
    if (stroke != "none")
        element +=
            fmt::format(" stroke=\"{}\" stroke-width=\"{}\"", stroke, svgNumber(strokeWidth));
    append(element + "/>\n");
}

void SvgCanvas::poly(const std::vector<double>& xy, bool closed, std::string_view fill,
                     double fillOpacity, std::string_view stroke, double strokeWidth, bool dashed) {
    std::string points;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        points += fmt::format("{}{},{}", i == 0 ? "" : " ", svgNumber(xy[i]), svgNumber(xy[i + 1]));
    std::string element =
        fmt::format("<{} points=\"{}\" fill=\"{}\"", closed ? "polygon" : "polyline", points, fill);
    if (fill != "none" && fillOpacity < 1.0)
        element += fmt::format(" fill-opacity=\"{}\"", svgNumber(fillOpacity));
    element += fmt::format(" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"", stroke,
                           svgNumber(strokeWidth));
    if (dashed) element += " stroke-dasharray=\"6,4\"";
    append(element + "/>\n");
}

void SvgCanvas::text(double x, double y, std::string_view content, const TextStyle& style) {
    std::string element =
        fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"", svgNumber(x),
                    svgNumber(y), svgNumber(style.size), style.fill);
    if (style.bold) element += " font-weight=\"bold\"";
    if (style.anchor != Anchor::Start)
        element += fmt::format(" text-anchor=\"{}\"", anchorName(style.anchor));
    if (style.rotate != 0.0)
        element += fmt::format(" transform=\"rotate({} {} {})\"", svgNumber(style.rotate),
                               svgNumber(x), svgNumber(y));
    append(element + ">" + text::escapeXml(content) + "</text>\n", true);
    drawing_.texts.push_back({x, y, std::string(content), style.size, std::string(style.fill),
                              style.bold, style.anchor, style.rotate});
}

ChartDrawing SvgCanvas::finish() {
    append("</svg>\n");
    return std::move(drawing_);
}

}  // namespace crm::report
