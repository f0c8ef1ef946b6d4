// The executive summary (one page), the recommendations section and the methodology appendix.
#include <array>

#include "engine/assessment/completeness.h"
#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

constexpr std::size_t kTopCount = 3;
constexpr std::size_t kMaxOffTrackListed = 5;

std::string stepTitle(int step) {
    const std::string_view title = assessment::stepTitle(step);
    return title.empty() ? std::string{} : std::to_string(step) + " " + assessmentText(title);
}

// The five maturity levels, lowest first, in the report's language.
std::array<std::string, 5> levelNames() {
    return {reportText("Developing"), reportText("Practicing"), reportText("Optimizing"),
            reportText("Leading"), reportText("Maximum value")};
}

std::vector<double> bandEdges(const MethodologyProfile& profile) {
    return {profile.value("maturity.band.practicing"), profile.value("maturity.band.optimizing"),
            profile.value("maturity.band.leading"), profile.value("maturity.band.maximum_value")};
}

std::size_t levelOf(double index, const std::vector<double>& edges) {
    std::size_t level = 0;
    while (level < edges.size() && index >= edges[level]) ++level;
    return level;
}

}  // namespace

std::string maturityInWords(const BuildContext& ctx) {
    if (!ctx.scores || !ctx.scores->maturityIndex)
        return reportText("CRM maturity is not rated yet: no capability has a current rating.");
    const double index = *ctx.scores->maturityIndex;
    const std::size_t level = levelOf(index, bandEdges(ctx.assessment.profile));
    double sum = 0;
    int rated = 0;
    for (const auto& c : ctx.cycle.capabilities)
        if (c.current) {
            sum += static_cast<double>(*c.current);
            ++rated;
        }
    // One whole sentence per level, so each language can say "the third of five" its own way.
    const std::array<std::string, 5> sentences = {
        reportText("CRM maturity is at the Developing level, the first of five levels from "
                   "Developing to Maximum value, with an index of {0} out of 100."),
        reportText("CRM maturity is at the Practicing level, the second of five levels from "
                   "Developing to Maximum value, with an index of {0} out of 100."),
        reportText("CRM maturity is at the Optimizing level, the third of five levels from "
                   "Developing to Maximum value, with an index of {0} out of 100."),
        reportText("CRM maturity is at the Leading level, the fourth of five levels from "
                   "Developing to Maximum value, with an index of {0} out of 100."),
        reportText("CRM maturity is at the Maximum value level, the fifth of five levels from "
                   "Developing to Maximum value, with an index of {0} out of 100.")};
    std::string text = fmt::format(fmt::runtime(sentences[level]), formatFixed(index, 1));
    if (rated > 0)
        text += " " + reportFormat(
                          "The {0} rated capabilities score {1} on average on a scale "
                          "of 1 to 5.",
                          std::to_string(rated), formatFixed(sum / rated, 1));
    return text;
}

std::optional<Chart> maturityScale(const BuildContext& ctx) {
    if (!ctx.scores || !ctx.scores->maturityIndex) return std::nullopt;
    BandScale scale;
    const auto levels = levelNames();
    scale.bands.assign(levels.begin(), levels.end());
    scale.edges = bandEdges(ctx.assessment.profile);
    scale.value = *ctx.scores->maturityIndex;
    scale.valueText = formatFixed(*scale.value, 1);
    return Chart{
        reportText("The five maturity levels on the index from 0 to 100; the marker and the dark "
                   "band show where the company stands."),
        scale};
}

ExecutiveSummary executiveSummary(const BuildContext& ctx) {
    ExecutiveSummary s;
    s.chart = maturityRadar(ctx);
    if (!ctx.scores) {
        s.note = reportText(
            "This cycle has not been scored by the assessment engine, so maturity, gaps and "
            "recommendations are not shown. The sections report the data as entered.");
        return s;
    }
    const ReportScores& sc = *ctx.scores;
    s.scored = true;
    s.maturityLevel = reportText("Not rated");
    if (sc.maturityIndex) {
        const std::size_t level = levelOf(*sc.maturityIndex, bandEdges(ctx.assessment.profile));
        s.maturityLevel =
            reportFormat("{0}, level {1} of 5", levelNames()[level], std::to_string(level + 1));
    }
    s.maturityIndex = sc.maturityIndex ? formatFixed(*sc.maturityIndex, 1) : "";
    s.maturityIndexValue = sc.maturityIndex;
    s.maturityReason = maturityInWords(ctx);
    s.gapsEmptyText = ctx.gapsJudged()
                          ? reportText("No capability is below its target.")
                          : reportText(
                                "Gaps cannot be judged yet: no capability has both a current and a "
                                "target rating.");
    s.metricsEmptyText = ctx.metricsJudged()
                             ? reportText("No metric is off track.")
                             : reportText(
                                   "Progress cannot be judged yet: no metric or objective has a "
                                   "current value against its milestones.");
    if (ctx.isDraft()) s.note = ctx.missingInWords();
    if (sc.completenessPct)
        s.headlineFigures.push_back(
            {reportText("Completeness of the inputs"), formatPercent(*sc.completenessPct, 0)});
    for (const auto& f : sc.figures)
        if (f.step == 4 && f.value && s.headlineFigures.size() < 4)
            s.headlineFigures.push_back({f.label, formatFigure(*f.value, f.unit)});

    for (const auto& g : sc.gaps) {
        if (g.score <= 0.0 || s.topGaps.size() == kTopCount) continue;
        s.topGaps.push_back({g.name, formatValue(g.current), formatValue(g.target),
                             formatValue(g.score, 1), g.reason});
    }
    for (const auto& r : sc.recommendations) {
        if (s.topRecommendations.size() == kTopCount) break;
        s.topRecommendations.push_back({r.action, r.cause, r.impact});
    }
    std::size_t offTrack = 0;
    for (const auto& a : sc.attainment) {
        if (a.rag != Rag::Red) continue;
        std::string progress = a.progressPct
                                   ? reportFormat("{0} of the way from baseline to target",
                                                  formatPercentShort(*a.progressPct, 0))
                                   : "";
        if (++offTrack <= kMaxOffTrackListed)
            s.offTrackMetrics.push_back({a.name, a.rag, a.status, progress, a.reason});
    }
    if (offTrack > kMaxOffTrackListed)
        s.moreOffTrack =
            reportFormat("{0} more metrics are off track; section 8 lists every metric.",
                         std::to_string(offTrack - kMaxOffTrackListed));
    if (!s.chart) s.chart = capabilityGapBars(ctx);
    return s;
}

Section recommendationsSection(const BuildContext& ctx) {
    Section s{
        "recommendations",
        "",
        reportText("Recommendations"),
        reportText(
            "What to do next, most important first. Each recommendation names the finding that "
            "caused it, so it can be checked against the data."),
        {}};
    if (!ctx.scores) {
        s.blocks.push_back(Paragraph{
            "",
            reportText(
                "No recommendations: this cycle has not been scored by the assessment engine.")});
        return s;
    }
    Table t{reportText("Prioritised recommendations"),
            {{"#", Align::Right},
             {reportText("What to do")},
             {reportText("Because")},
             {reportText("Impact")},
             {reportText("Step")}},
            {},
            reportText("The assessment found nothing to recommend.")};
    int rank = 0;
    for (const auto& r : ctx.scores->recommendations)
        t.rows.push_back({std::to_string(++rank), r.action, r.cause, r.impact, stepTitle(r.step)});
    s.blocks.push_back(std::move(t));
    return s;
}

Section methodologySection(const BuildContext& ctx) {
    const MethodologyProfile& profile = ctx.assessment.profile;
    Section s{
        "methodology",
        "A",
        reportText("Methodology"),
        reportText(
            "How the scores in this report are computed, and with which weights and thresholds, so "
            "two reports can be compared honestly."),
        {}};
    s.blocks.push_back(KeyValueList{
        reportText("Methodology profile"),
        {{reportText("Profile"), profile.name},
         {reportText("Fingerprint"), profile.hash()},
         {reportText("Scored"), ctx.scores
                                    ? reportText("by the assessment engine with this profile")
                                    : reportText("not scored")}}});
    s.blocks.push_back(KeyValueList{
        reportText(
            "The formulas in short (docs/methodology.md has every detail and a worked example)"),
        {{reportText("Metric attainment"),
          reportText(
              "progress % = (current \u2212 baseline) / (target \u2212 baseline) \u00d7 100, "
              "which respects lower-is-better metrics. ratio = progress / progress expected by "
              "the assessment date (from the milestones). On track when the ratio reaches the "
              "on-track threshold, at risk when it reaches the at-risk threshold, off track "
              "below (both thresholds in the table below).")},
         {reportText("Segment priority"),
          reportText("attractiveness = 100 \u00d7 \u03a3 (weight \u00d7 n) / \u03a3 weight over "
                     "size, revenue, margin, growth, strategic fit and customer value, each n "
                     "scaled 0\u20131 across the segments; tier A from the tier A threshold, B "
                     "from the tier B threshold, else C.")},
         {reportText("Objective coverage"),
          reportText("% of 12 checks per segment: acquisition, development and retention "
                     "objectives each present, measurable, dated and with a milestone.")},
         {reportText("Capability gap"),
          reportText("weighted gap = (target \u2212 current) \u00d7 importance (the default "
                     "importance when none was given), ranked from the largest.")},
         {reportText("Maturity index"),
          reportText("(mean current rating \u2212 1) / 4 \u00d7 100 over the rated capabilities; "
                     "the level (developing, practicing, optimizing, leading, maximum value) "
                     "follows the maturity band edges in the table below.")},
         {reportText("Alignment"),
          reportText("% of corporate objectives tracked by a KPI, % of KPIs serving an "
                     "objective, and the shares of strategy-level, hard-data and outside-in "
                     "KPIs.")},
         {reportText("Pain priority"),
          reportText("severity \u00d7 frequency \u00d7 reach (1\u2013125); the top pain points "
                     "(how many: in the table below) should be addressed by a segment treatment "
                     "or objective.")},
         {reportText("Importance\u2013performance"),
          reportText("each attribute falls in a quadrant by whether its importance and "
                     "performance are above the midpoint of the scale.")},
         {reportText("Relationship"),
          reportText("NPS = (promoters \u2212 detractors) / all responses \u00d7 100; CSAT = "
                     "satisfied / responses \u00d7 100; perception gap = our rating \u2212 "
                     "customers' rating.")},
         {reportText("Completeness"),
          reportText("per step, % of its checks that pass; overall = mean of the ten steps.")},
         {reportText("Recommendations"),
          reportText("one per finding; impact = 100 \u00d7 the weight of the finding's category "
                     "\u00d7 severity; high and medium from the two impact thresholds in the "
                     "table below; highest impact first.")}}});

    // The settings by what they mean; their keys are for the profile file (docs/methodology.md).
    Table params{reportText("Settings of this profile"),
                 {{reportText("Setting")}, {reportText("Value"), Align::Right}},
                 {},
                 ""};
    const auto& defs = profileParameters();
    for (std::size_t i = 0; i < defs.size() && i < profile.values().size(); ++i)
        params.rows.push_back(
            {assessmentText(defs[i].meaning), formatValue(profile.values()[i], 3)});
    s.blocks.push_back(std::move(params));

    if (ctx.scores && !ctx.scores->completeness.empty()) {
        Table done{
            reportText("Completeness of the inputs"),
            {{reportText("Step")}, {reportText("Complete"), Align::Right}, {reportText("Missing")}},
            {},
            ""};
        for (const auto& c : ctx.scores->completeness) {
            std::string missing;
            for (const auto& m : c.missing)
                missing += (missing.empty() ? "" : "; ") + m;  // translated in addScores
            done.rows.push_back(
                {stepTitle(c.step), c.percent ? formatPercent(*c.percent, 0) : "", missing});
        }
        s.blocks.push_back(std::move(done));
    }
    return s;
}

}  // namespace crm::report
