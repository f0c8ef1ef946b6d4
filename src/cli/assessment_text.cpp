#include "cli/assessment_text.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "cli/text_output.h"

namespace crm::cli {

namespace {

using namespace crm::assessment;
using Out = std::back_insert_iterator<std::string>;

std::string scoreValue(const Score& score) {
    if (!score.value) return "not enough data";
    const std::string n = formatNumber(*score.value);
    if (score.unit == "%") return n + "%";
    if (score.unit == "0-100") return n + "/100";
    if (score.unit == "points") return n + (std::fabs(*score.value) == 1.0 ? " pt" : " pts");
    return n;
}

std::string_view painStatusLabel(PainStatus status) {
    switch (status) {
        case PainStatus::AddressedByTreatment:
            return "addressed by a treatment";
        case PainStatus::AddressedByObjective:
            return "addressed by an objective";
        case PainStatus::Unaddressed:
            return "not addressed";
    }
    return "not addressed";
}

class Writer {
  public:
    Writer(std::string& text, const Cycle& cycle)
        : out_(std::back_inserter(text)), names_(itemNames(cycle)) {}

    void heading(std::string_view title) { fmt::format_to(out_, "\n== {} ==\n", title); }
    void line(std::string_view text) { fmt::format_to(out_, "{}\n", text); }
    // An engine text for people: ids become names, "1 checks" becomes "1 check".
    std::string words(const std::string& text) const {
        return singularAfterOne(namesForIds(text, names_));
    }
    void entry(std::string_view label, const Score& score, std::string_view note = {}) {
        fmt::format_to(out_, "  {}: {}{}{}\n      {}\n", label, scoreValue(score),
                       note.empty() ? "" : " - ", note, words(score.reason));
    }

  private:
    Out out_;
    ItemNames names_;
};

void completeness(Writer& w, const AssessmentResult& r) {
    w.heading("Completeness");
    w.entry("Overall", r.completeness.overall);
    for (const auto& s : r.completeness.steps)
        w.entry(fmt::format("Step {} {}", s.step, s.title), s.score);
    if (!r.completeness.missing.empty()) w.line("  Missing:");
    for (const auto& m : r.completeness.missing) w.line(fmt::format("    - {}", w.words(m)));
}

void attainment(Writer& w, const AssessmentResult& r) {
    w.heading("Metric attainment (steps 6 and 8)");
    if (r.attainment.empty()) w.line("  (no KPIs or segment objectives)");
    for (const auto& a : r.attainment)
        w.entry(fmt::format("{} {}", a.itemKind == "kpi" ? "KPI" : "Objective", a.name), a.progress,
                statusLabel(a.status));
}

void segments(Writer& w, const AssessmentResult& r) {
    w.heading("Segment priority (step 6)");
    if (r.segments.empty()) w.line("  (no segments)");
    for (const auto& s : r.segments)
        w.entry(s.rank > 0 ? fmt::format("{}. {}", s.rank, s.name) : fmt::format("-. {}", s.name),
                s.attractiveness,
                s.rank > 0 ? fmt::format("tier {}", tierKey(s.tier)) : std::string("no tier"));
    w.heading("Objective coverage (step 6)");
    if (r.coverage.empty()) w.line("  (no segments)");
    for (const auto& c : r.coverage) w.entry(c.name, c.score);
}

void capabilities(Writer& w, const AssessmentResult& r) {
    w.heading("Capabilities and maturity (step 10)");
    const auto& c = r.capabilities;
    auto level = [](const MaturityIndex& m) {
        return m.level ? std::string(maturityLevelLabel(*m.level)) : std::string{};
    };
    w.entry("Maturity index (current)", c.overall.index, level(c.overall));
    w.entry("Maturity index (target)", c.target.index, level(c.target));
    w.entry("Building blocks (current)", c.buildingBlocks.index, level(c.buildingBlocks));
    w.entry("Readiness areas (current)", c.readiness.index, level(c.readiness));
    for (const auto& g : c.gaps)
        w.entry(g.rank > 0 ? fmt::format("Gap {}. {}", g.rank, g.name)
                           : fmt::format("Gap -. {}", g.name),
                g.weightedGap);
}

void alignment(Writer& w, const AssessmentResult& r) {
    w.heading("Alignment (steps 8 and 9)");
    const auto& a = r.alignment;
    w.entry("Objectives tracked by a KPI", a.objectiveCoverage);
    w.entry("KPIs serving an objective", a.kpiUsage);
    w.entry("Strategy-level share", a.strategyShare);
    w.entry("Objective (hard data) share", a.objectiveShare);
    w.entry("Outside-in share", a.outsideInShare,
            a.outsideInShare.value ? (a.outsideIn ? "outside-in" : "inside-out") : "");
}

void pain(Writer& w, const AssessmentResult& r) {
    w.heading("Pain priority (step 3)");
    w.entry("Top pain points addressed", r.pain.topAddressed);
    for (const auto& p : r.pain.ranked)
        w.entry(p.rank > 0 ? fmt::format("{}. {}", p.rank, p.description)
                           : fmt::format("-. {}", p.description),
                p.priority, painStatusLabel(p.status));
}

void importancePerformance(Writer& w, const AssessmentResult& r) {
    w.heading("Importance-performance (step 5)");
    if (r.importancePerformance.empty()) w.line("  (no attribute ratings)");
    for (const auto& q : r.importancePerformance)
        w.entry(fmt::format("{} ({})", q.attribute, q.segmentName), q.score,
                q.quadrant ? quadrantLabel(*q.quadrant) : "");
}

void relationship(Writer& w, const AssessmentResult& r) {
    w.heading("Relationship state (step 4)");
    w.entry("NPS", r.relationship.nps);
    w.entry("CSAT", r.relationship.csat);
    w.entry("Perception gap", r.relationship.perceptionGap);
}

void recommendations(Writer& w, const AssessmentResult& r) {
    w.heading(fmt::format("Recommendations ({} of {})", r.recommendations.size(),
                          counted(r.findings.size(), "finding", "findings")));
    if (r.recommendations.empty()) w.line("  (none)");
    for (const auto& rec : r.recommendations)
        w.line(fmt::format("  {}. [{} impact, {}] {}\n      because: {}\n      step {}: {}",
                           rec.rank, impactKey(rec.impact), formatNumber(rec.impactScore),
                           w.words(rec.action), w.words(rec.because), rec.step,
                           stepTitle(rec.step)));
}

}  // namespace

std::string assessmentText(const AssessmentResult& r, const Cycle& cycle) {
    std::string text;
    Writer w(text, cycle);
    w.line(fmt::format("Assessment of cycle {}{}", r.cycleName.empty() ? r.cycleId : r.cycleName,
                       r.assessmentDate ? fmt::format(" as of {}", formatDate(*r.assessmentDate))
                                        : std::string{}));
    w.line(fmt::format("Methodology profile: {} (hash {})", r.profileName, r.profileHash));
    completeness(w, r);
    attainment(w, r);
    segments(w, r);
    capabilities(w, r);
    alignment(w, r);
    pain(w, r);
    importancePerformance(w, r);
    relationship(w, r);
    recommendations(w, r);
    return text;
}

}  // namespace crm::cli
