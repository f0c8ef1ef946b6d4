#include "report/charts/chart_style.h"

#include "report/number_format.h"
#include "report/report_text.h"

#include <array>
#include <cmath>

namespace crm::report::chart_style {

std::string_view seriesColour(std::size_t index) {
    static constexpr std::array<std::string_view, 7> colours = {
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#6d6d6d"};
    return colours[index % colours.size()];
}

namespace {

struct RagNames {
    std::string_view key;
    std::string_view colour;
    std::string_view label;
};

RagNames namesOf(Rag rag) {
    switch (rag) {
        case Rag::Green:
            return {"green", "#2e7d32", "On track"};
        case Rag::Amber:
            return {"amber", "#f2a900", "At risk"};
        case Rag::Red:
            return {"red", "#c62828", "Off track"};
        case Rag::None:
            break;
    }
    return {"none", "#90a4ae", "Not judged"};
}

}  // namespace

std::string_view ragColour(Rag rag) { return namesOf(rag).colour; }
std::string ragLabel(Rag rag) {
    // The English labels above are the msgids; listed here so xgettext finds them.
    switch (rag) {
        case Rag::Green:
            return reportText("On track");
        case Rag::Amber:
            return reportText("At risk");
        case Rag::Red:
            return reportText("Off track");
        case Rag::None:
            break;
    }
    return reportText("Not judged");
}
std::string_view ragKey(Rag rag) { return namesOf(rag).key; }

std::vector<double> niceTicks(double low, double high, int targetCount) {
    if (!(high > low)) high = low + 1.0;
    double rough = (high - low) / std::max(1, targetCount);
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    std::vector<double> ticks;
    double start = std::floor(low / step + 1e-9) * step;
    for (double t = start; t <= high + step * 0.999; t += step) {
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
        if (ticks.size() > 50) break;  // guards against NaN and huge ranges
    }
    return ticks;
}

std::string tickLabel(double value, double step, bool percent) {
    int decimals = 0;
    while (decimals < 3 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    std::string text = formatFixed(value, decimals);
    return percent ? withPercentSign(text) : text;
}

double drawTitle(SvgCanvas& canvas, std::string_view title, double textScale) {
    if (title.empty()) return 12.0 * textScale;
    const double size = kTitleSize * textScale;
    canvas.text(kWidth / 2, 24 * textScale, elideText(title, size, kWidth - 24, true),
                {.size = size, .fill = kInk, .bold = true, .anchor = Anchor::Middle});
    return 40.0 * textScale;
}

namespace {

constexpr double kBox = 12.0, kGap = 6.0, kBetween = 22.0, kLegendRow = 20.0;

struct LegendRow {
    std::vector<std::size_t> entries;
    double width = 0.0;
};

std::vector<LegendRow> legendRows(const std::vector<Swatch>& swatches, double textScale) {
    const double size = kLabelSize * textScale;
    std::vector<LegendRow> rows(1);
    for (std::size_t i = 0; i < swatches.size(); ++i) {
        double w = (kBox + kGap) * textScale +
                   textWidth(elideText(swatches[i].label, size, kWidth / 2), size);
        double add = rows.back().entries.empty() ? w : w + kBetween * textScale;
        if (rows.back().width + add > kWidth - 40 && !rows.back().entries.empty()) {
            rows.emplace_back();
            add = w;
        }
        rows.back().entries.push_back(i);
        rows.back().width += add;
    }
    return rows;
}

}  // namespace

double legendHeight(const std::vector<Swatch>& swatches, double textScale) {
    if (swatches.empty()) return 0.0;
    return static_cast<double>(legendRows(swatches, textScale).size()) * kLegendRow * textScale +
           4.0 * textScale;
}

double drawLegend(SvgCanvas& canvas, double y, const std::vector<Swatch>& swatches,
                  double textScale) {
    if (swatches.empty()) return 0.0;
    const double size = kLabelSize * textScale, box = kBox * textScale, gap = kGap * textScale;
    auto rows = legendRows(swatches, textScale);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = (kWidth - rows[r].width) / 2;
        double rowY = y + static_cast<double>(r) * kLegendRow * textScale;
        for (std::size_t i : rows[r].entries) {
            const auto& s = swatches[i];
            if (s.line)
                canvas.line(x, rowY + box / 2, x + box, rowY + box / 2, s.colour, 2.5, s.dashed);
            else
                canvas.rect(x, rowY, box, box, s.colour);
            std::string label = elideText(s.label, size, kWidth / 2);
            canvas.text(x + box + gap, rowY + box - 1, label, {.size = size, .fill = kInk});
            x += box + gap + textWidth(label, size) + kBetween * textScale;
        }
    }
    return legendHeight(swatches, textScale);
}

}  // namespace crm::report::chart_style
