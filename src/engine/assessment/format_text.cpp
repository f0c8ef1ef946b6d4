#include "engine/assessment/format_text.h"

#include <fmt/format.h>

#include <iterator>

namespace crm::assessment {

std::string formatScoreValue(const Score& score) {
    if (!score.value) return "n/a";
    const std::string n = formatNumber(*score.value);
    if (score.unit == "%") return n + "%";
    if (score.unit == "0-100") return n + "/100";
    if (score.unit == "points") return n + " pts";
    return n;
}

namespace {

using Out = std::back_insert_iterator<std::string>;

void heading(Out out, std::string_view title) { fmt::format_to(out, "\n== {} ==\n", title); }

void entry(Out out, std::string_view label, const Score& score, std::string_view note = {}) {
    fmt::format_to(out, "  {}: {}{}{}\n      {} [{}]\n", label, formatScoreValue(score),
                   note.empty() ? "" : " - ", note, score.reason, score.reasonCode);
}

void attainment(Out out, const AssessmentResult& r) {
    heading(out, "Metric attainment (steps 6 and 8)");
    if (r.attainment.empty()) fmt::format_to(out, "  (no KPIs or segment objectives)\n");
    for (const auto& a : r.attainment)
        entry(out, fmt::format("{} {}", a.itemKind == "kpi" ? "KPI" : "Objective", a.name),
              a.progress, statusLabel(a.status));
}

void segments(Out out, const AssessmentResult& r) {
    heading(out, "Segment priority (step 6)");
    if (r.segments.empty()) fmt::format_to(out, "  (no segments)\n");
    for (const auto& s : r.segments)
        entry(out,
              s.rank > 0 ? fmt::format("{}. {}", s.rank, s.name) : fmt::format("-. {}", s.name),
              s.attractiveness,
              s.rank > 0 ? fmt::format("tier {}", tierKey(s.tier)) : std::string("no tier"));
    heading(out, "Objective coverage (step 6)");
    if (r.coverage.empty()) fmt::format_to(out, "  (no segments)\n");
    for (const auto& c : r.coverage) entry(out, c.name, c.score);
}

void capabilities(Out out, const AssessmentResult& r) {
    heading(out, "Capabilities and maturity (step 10)");
    const auto& c = r.capabilities;
    auto level = [](const MaturityIndex& m) {
        return m.level ? std::string(maturityLevelLabel(*m.level)) : std::string{};
    };
    entry(out, "Maturity index (current)", c.overall.index, level(c.overall));
    entry(out, "Maturity index (target)", c.target.index, level(c.target));
    entry(out, "Building blocks (current)", c.buildingBlocks.index, level(c.buildingBlocks));
    entry(out, "Readiness areas (current)", c.readiness.index, level(c.readiness));
    for (const auto& g : c.gaps)
        entry(out,
              g.rank > 0 ? fmt::format("Gap {}. {}", g.rank, g.name)
                         : fmt::format("Gap -. {}", g.name),
              g.weightedGap);
}

void alignment(Out out, const AssessmentResult& r) {
    heading(out, "Alignment (steps 8 and 9)");
    const auto& a = r.alignment;
    entry(out, "Objectives tracked by a KPI", a.objectiveCoverage);
    entry(out, "KPIs serving an objective", a.kpiUsage);
    entry(out, "Strategy-level share", a.strategyShare);
    entry(out, "Objective (hard data) share", a.objectiveShare);
    entry(out, "Outside-in share", a.outsideInShare,
          a.outsideInShare.value ? (a.outsideIn ? "outside-in" : "inside-out") : "");
}

void pain(Out out, const AssessmentResult& r) {
    heading(out, "Pain priority (step 3)");
    entry(out, "Top pain points addressed", r.pain.topAddressed);
    for (const auto& p : r.pain.ranked)
        entry(out,
              p.rank > 0 ? fmt::format("{}. {}", p.rank, p.description)
                         : fmt::format("-. {}", p.description),
              p.priority, painStatusKey(p.status));
}

void importancePerformance(Out out, const AssessmentResult& r) {
    heading(out, "Importance-performance (step 5)");
    if (r.importancePerformance.empty()) fmt::format_to(out, "  (no attribute ratings)\n");
    for (const auto& q : r.importancePerformance)
        entry(out, fmt::format("{} ({})", q.attribute, q.segmentName), q.score,
              q.quadrant ? quadrantLabel(*q.quadrant) : "");
}

void relationship(Out out, const AssessmentResult& r) {
    heading(out, "Relationship state (step 4)");
    entry(out, "NPS", r.relationship.nps);
    entry(out, "CSAT", r.relationship.csat);
    entry(out, "Perception gap", r.relationship.perceptionGap);
}

void completeness(Out out, const AssessmentResult& r) {
    heading(out, "Completeness");
    entry(out, "Overall", r.completeness.overall);
    for (const auto& s : r.completeness.steps)
        entry(out, fmt::format("Step {} {}", s.step, s.title), s.score);
    if (!r.completeness.missing.empty()) fmt::format_to(out, "  Missing:\n");
    for (const auto& m : r.completeness.missing) fmt::format_to(out, "    - {}\n", m);
}

void recommendations(Out out, const AssessmentResult& r) {
    heading(out, fmt::format("Recommendations ({} of {} findings)", r.recommendations.size(),
                             r.findings.size()));
    if (r.recommendations.empty()) fmt::format_to(out, "  (none)\n");
    for (const auto& rec : r.recommendations)
        fmt::format_to(out,
                       "  {}. [{} impact, {}] {}\n      because: {}\n      finding {} (step {})\n",
                       rec.rank, impactKey(rec.impact), formatNumber(rec.impactScore), rec.action,
                       rec.because, rec.findingId, rec.step);
}

}  // namespace

std::string formatAssessmentText(const AssessmentResult& r) {
    std::string text;
    auto out = std::back_inserter(text);
    fmt::format_to(
        out, "Assessment of cycle {}{}\n", r.cycleName.empty() ? r.cycleId : r.cycleName,
        r.assessmentDate ? fmt::format(" as of {}", formatDate(*r.assessmentDate)) : std::string{});
    fmt::format_to(out, "Methodology profile: {} (hash {})\n", r.profileName, r.profileHash);
    completeness(out, r);
    attainment(out, r);
    segments(out, r);
    capabilities(out, r);
    alignment(out, r);
    pain(out, r);
    importancePerformance(out, r);
    relationship(out, r);
    recommendations(out, r);
    return text;
}

}  // namespace crm::assessment
