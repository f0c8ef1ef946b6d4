// The report's charts, built from entered data (radar, scatter, segment value, levels) or
// from the engine's scores (gaps, attainment). A chart with nothing to draw is left out.
#include <algorithm>

#include "engine/model/currency.h"
#include "report/builder/build_context.h"
#include "report/builder/maturity_radars.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {

std::optional<Chart> maturityRadar(const BuildContext& ctx) {
    RadarChart radar = maturityTodayAndTargeted(ctx.cycle);
    if (radar.axes.size() < 3) return std::nullopt;
    return Chart{reportText("Each spoke is one capability on the 1\u20135 maturity scale; the "
                            "space between the two "
                            "shapes is the work ahead."),
                 radar};
}

std::optional<Chart> capabilityGapBars(const BuildContext& ctx) {
    if (!ctx.scores) return std::nullopt;
    BarChart bars{
        .title = reportText("Largest capability gaps"),
        .valueAxisLabel = reportText("Gap score = (target \u2212 current) \u00d7 importance")};
    constexpr std::size_t kMaxBars = 12;
    for (const auto& g : ctx.scores->gaps) {
        if (g.score <= 0.0 || bars.bars.size() == kMaxBars) continue;
        bars.bars.push_back({g.name, g.score, formatValue(g.score, 1), Rag::None});
    }
    if (bars.bars.empty()) return std::nullopt;
    return Chart{reportText("The longer the bar, the further the capability is from its target, "
                            "weighted by how much "
                            "it matters."),
                 bars};
}

std::optional<Chart> attainmentBars(const BuildContext& ctx) {
    if (!ctx.scores) return std::nullopt;
    BarChart bars{.title = reportText("Progress from baseline to target"),
                  .valueAxisLabel = reportText("% of the way from baseline to target")};
    bars.ragColours = true;
    bars.referenceValue = 100.0;
    bars.referenceLabel = reportText("Target reached");
    bars.axisMax = 100.0;
    bars.percentTicks = true;
    for (const auto& a : ctx.scores->attainment) {
        if (!a.progressPct) continue;
        // Far outliers would squash every other bar; the printed value stays exact.
        double shown = std::clamp(*a.progressPct, -100.0, 200.0);
        bars.bars.push_back({a.name, shown, formatPercentShort(*a.progressPct, 0), a.rag});
    }
    if (bars.bars.empty()) return std::nullopt;
    return Chart{
        reportText(
            "Bars show how far each KPI and objective has moved towards its target; the colour "
            "compares that with the milestone due at the assessment date."),
        bars};
}

std::optional<Chart> importancePerformanceScatter(const BuildContext& ctx) {
    QuadrantChart chart;
    chart.title = reportText("Importance vs performance");
    chart.midpoint = ctx.assessment.profile.value("ipa.midpoint");
    for (const auto& a : ctx.cycle.attributes) {
        if (!a.importance || !a.performance) continue;
        std::string group =
            a.segmentId.empty() ? reportText("All customers") : ctx.nameOf(a.segmentId);
        auto it = std::find(chart.groups.begin(), chart.groups.end(), group);
        if (it == chart.groups.end()) it = chart.groups.insert(chart.groups.end(), group);
        chart.points.push_back({a.attribute, static_cast<double>(*a.importance),
                                static_cast<double>(*a.performance),
                                static_cast<int>(it - chart.groups.begin())});
    }
    if (chart.points.empty()) return std::nullopt;
    if (chart.groups.size() > 1)
        for (auto& p : chart.points)
            p.label += " (" + chart.groups[static_cast<std::size_t>(p.group)] + ")";
    return Chart{reportText("Attributes in the lower right matter most to customers and are where "
                            "we perform worst: "
                            "concentrate there first."),
                 chart};
}

std::optional<Chart> segmentValueBars(const BuildContext& ctx) {
    BarChart bars{
        .title = reportText("Revenue by segment"),
        .valueAxisLabel = moneyHeading(reportText("Revenue"), ctx.assessment.currency.empty()
                                                                  ? reportText("currency units")
                                                                  : ctx.assessment.currency)};
    for (const auto& seg : ctx.cycle.segments)
        if (seg.revenue)
            bars.bars.push_back({seg.name, seg.revenue->toDouble(),
                                 formatAmountIn(*seg.revenue, ctx.assessment.currency), Rag::None});
    if (bars.bars.empty()) return std::nullopt;
    return Chart{reportText("Revenue of each segment as entered in step 6."), bars};
}

std::optional<Chart> relationshipLevelBars(const BuildContext& ctx) {
    const auto& r = ctx.cycle.relationship;
    BarChart bars{.title = reportText("Customers by relationship level"),
                  .valueAxisLabel = reportText("Share of customers")};
    bars.axisMax = 100.0;
    bars.percentTicks = true;
    auto add = [&](const std::string& label, const std::optional<double>& pct) {
        if (pct) bars.bars.push_back({label, *pct, formatPercentShort(*pct, 1), Rag::None});
    };
    add(reportText("One-time buyers"), r.oneTimeSharePct);
    add(reportText("Repeat customers"), r.repeatSharePct);
    add(reportText("Advanced customers"), r.advancedSharePct);
    if (bars.bars.empty()) return std::nullopt;
    return Chart{
        reportText(
            "The deeper the relationship, the more a customer is worth; the strategy should move "
            "customers down this list."),
        bars};
}

}  // namespace crm::report
