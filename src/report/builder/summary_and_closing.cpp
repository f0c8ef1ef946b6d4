// The executive summary (one page), the recommendations section and the methodology appendix.
#include <array>

#include "engine/assessment/completeness.h"
#include "report/builder/build_context.h"
#include "report/number_format.h"

namespace crm::report {
namespace {

constexpr std::size_t kTopCount = 3;
constexpr std::size_t kMaxOffTrackListed = 5;

std::string stepTitle(int step) {
    const std::string_view title = assessment::stepTitle(step);
    return title.empty() ? std::string{} : std::to_string(step) + " " + std::string(title);
}

const std::array<const char*, 5> kLevels = {"Developing", "Practicing", "Optimizing", "Leading",
                                            "Maximum value"};
const std::array<const char*, 5> kOrdinals = {"first", "second", "third", "fourth", "fifth"};

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
        return "CRM maturity is not rated yet: no capability has a current rating.";
    const double index = *ctx.scores->maturityIndex;
    const std::size_t level = levelOf(index, bandEdges(ctx.assessment.profile));
    double sum = 0;
    int rated = 0;
    for (const auto& c : ctx.cycle.capabilities)
        if (c.current) {
            sum += static_cast<double>(*c.current);
            ++rated;
        }
    std::string text = "CRM maturity is at the " + std::string(kLevels[level]) + " level, the " +
                       kOrdinals[level] +
                       " of five levels from Developing to Maximum value, with an index of " +
                       formatFixed(index, 1) + " out of 100.";
    if (rated > 0)
        text += " The " + std::to_string(rated) + " rated capabilities score " +
                formatFixed(sum / rated, 1) + " on average on a scale of 1 to 5.";
    return text;
}

std::optional<Chart> maturityScale(const BuildContext& ctx) {
    if (!ctx.scores || !ctx.scores->maturityIndex) return std::nullopt;
    BandScale scale;
    scale.bands.assign(kLevels.begin(), kLevels.end());
    scale.edges = bandEdges(ctx.assessment.profile);
    scale.value = *ctx.scores->maturityIndex;
    scale.valueText = formatFixed(*scale.value, 1);
    return Chart{
        "The five maturity levels on the index from 0 to 100; the marker and the dark "
        "band show where the company stands.",
        scale};
}

ExecutiveSummary executiveSummary(const BuildContext& ctx) {
    ExecutiveSummary s;
    s.chart = maturityRadar(ctx);
    if (!ctx.scores) {
        s.note =
            "This cycle has not been scored by the assessment engine, so maturity, gaps and "
            "recommendations are not shown. The sections report the data as entered.";
        return s;
    }
    const ReportScores& sc = *ctx.scores;
    s.scored = true;
    s.maturityLevel = "Not rated";
    if (sc.maturityIndex) {
        const std::size_t level = levelOf(*sc.maturityIndex, bandEdges(ctx.assessment.profile));
        s.maturityLevel =
            std::string(kLevels[level]) + ", level " + std::to_string(level + 1) + " of 5";
    }
    s.maturityIndex = sc.maturityIndex ? formatFixed(*sc.maturityIndex, 1) : "";
    s.maturityIndexValue = sc.maturityIndex;
    s.maturityReason = maturityInWords(ctx);
    s.gapsEmptyText = ctx.gapsJudged()
                          ? "No capability is below its target."
                          : "Gaps cannot be judged yet: no capability has both a current and a "
                            "target rating.";
    s.metricsEmptyText = ctx.metricsJudged()
                             ? "No metric is off track."
                             : "Progress cannot be judged yet: no metric or objective has a "
                               "current value against its milestones.";
    if (ctx.isDraft()) s.note = ctx.missingInWords();
    if (sc.completenessPct)
        s.headlineFigures.push_back(
            {"Completeness of the inputs", formatFixed(*sc.completenessPct, 0) + "%"});
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
        std::string progress =
            a.progressPct ? formatValue(*a.progressPct, 0) + "% of the way from baseline to target"
                          : "";
        if (++offTrack <= kMaxOffTrackListed)
            s.offTrackMetrics.push_back({a.name, a.rag, a.status, progress, a.reason});
    }
    if (offTrack > kMaxOffTrackListed)
        s.moreOffTrack = std::to_string(offTrack - kMaxOffTrackListed) +
                         " more metrics are off track; section 8 lists every metric.";
    if (!s.chart) s.chart = capabilityGapBars(ctx);
    return s;
}

Section recommendationsSection(const BuildContext& ctx) {
    Section s{"recommendations",
              "",
              "Recommendations",
              "What to do next, most important first. Each recommendation names the finding that "
              "caused it, so it can be checked against the data.",
              {}};
    if (!ctx.scores) {
        s.blocks.push_back(Paragraph{
            "", "No recommendations: this cycle has not been scored by the assessment engine."});
        return s;
    }
    Table t{"Prioritised recommendations",
            {{"#", Align::Right}, {"What to do"}, {"Because"}, {"Impact"}, {"Step"}},
            {},
            "The assessment found nothing to recommend."};
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
        "Methodology",
        "How the scores in this report are computed, and with which weights and thresholds, so "
        "two reports can be compared honestly.",
        {}};
    s.blocks.push_back(KeyValueList{
        "Methodology profile",
        {{"Profile", profile.name},
         {"Fingerprint", profile.hash()},
         {"Scored", ctx.scores ? "by the assessment engine with this profile" : "not scored"}}});
    s.blocks.push_back(KeyValueList{
        "The formulas in short (docs/methodology.md has every detail and a worked example)",
        {{"Metric attainment",
          "progress % = (current \u2212 baseline) / (target \u2212 baseline) \u00d7 100, which "
          "respects "
          "lower-is-better metrics. ratio = progress / progress expected by the assessment date "
          "(from the "
          "milestones). On track when the ratio reaches the on-track threshold, at risk when it "
          "reaches the at-risk threshold, off track below (both thresholds in the table below)."},
         {"Segment priority",
          "attractiveness = 100 \u00d7 \u03a3 (weight \u00d7 n) / \u03a3 weight over size, "
          "revenue, margin, growth, "
          "strategic fit and customer value, each n scaled 0\u20131 across the segments; tier A "
          "from the tier A threshold, B from the tier B threshold, else C."},
         {"Objective coverage",
          "% of 12 checks per segment: acquisition, development and retention objectives "
          "each present, measurable, dated and with a milestone."},
         {"Capability gap",
          "weighted gap = (target \u2212 current) \u00d7 importance (the default importance when "
          "none was given), ranked from the largest."},
         {"Maturity index",
          "(mean current rating \u2212 1) / 4 \u00d7 100 over the rated capabilities; the level "
          "(developing, practicing, optimizing, leading, maximum value) follows the maturity band "
          "edges in the table below."},
         {"Alignment",
          "% of corporate objectives tracked by a KPI, % of KPIs serving an objective, and the "
          "shares of "
          "strategy-level, hard-data and outside-in KPIs."},
         {"Pain priority",
          "severity \u00d7 frequency \u00d7 reach (1\u2013125); the top pain points (how many: in "
          "the "
          "table below) should be addressed by a segment treatment or objective."},
         {"Importance\u2013performance",
          "each attribute falls in a quadrant by whether its importance and "
          "performance are above the midpoint of the scale."},
         {"Relationship",
          "NPS = (promoters \u2212 detractors) / all responses \u00d7 100; CSAT = satisfied / "
          "responses \u00d7 100; perception gap = our rating \u2212 customers' rating."},
         {"Completeness", "per step, % of its checks that pass; overall = mean of the ten steps."},
         {"Recommendations",
          "one per finding; impact = 100 \u00d7 the weight of the finding's category \u00d7 "
          "severity; high and medium from the two impact thresholds in the table below; highest "
          "impact first."}}});

    // The settings by what they mean; their keys are for the profile file (docs/methodology.md).
    Table params{"Settings of this profile", {{"Setting"}, {"Value", Align::Right}}, {}, ""};
    const auto& defs = profileParameters();
    for (std::size_t i = 0; i < defs.size() && i < profile.values().size(); ++i)
        params.rows.push_back({std::string(defs[i].meaning), formatValue(profile.values()[i], 3)});
    s.blocks.push_back(std::move(params));

    if (ctx.scores && !ctx.scores->completeness.empty()) {
        Table done{"Completeness of the inputs",
                   {{"Step"}, {"Complete", Align::Right}, {"Missing"}},
                   {},
                   ""};
        for (const auto& c : ctx.scores->completeness) {
            std::string missing;
            for (const auto& m : c.missing) missing += (missing.empty() ? "" : "; ") + m;
            done.rows.push_back(
                {stepTitle(c.step), c.percent ? formatFixed(*c.percent, 0) + "%" : "", missing});
        }
        s.blocks.push_back(std::move(done));
    }
    return s;
}

}  // namespace crm::report
