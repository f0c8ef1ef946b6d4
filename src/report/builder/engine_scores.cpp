// The one place that reads the assessment engine's types (src/engine/assessment): its result
// becomes ReportScores. Labels get a capital letter; numbers stay numbers (formatted later).
#include "report/builder/engine_scores.h"

#include <cctype>

#include "engine/assessment/assessment_result.h"
#include "engine/assessment/reason_codes.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

using namespace crm::assessment;

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

Rag ragOf(AttainmentStatus status) {
    switch (status) {
        case AttainmentStatus::OnTrack:
            return Rag::Green;
        case AttainmentStatus::AtRisk:
            return Rag::Amber;
        case AttainmentStatus::OffTrack:
            return Rag::Red;
        case AttainmentStatus::NotJudged:
            return Rag::None;
    }
    return Rag::None;
}

std::optional<double> asDouble(const std::optional<std::int64_t>& v) {
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

void addFigure(ReportScores& out, int step, std::string label, const Score& score) {
    out.figures.push_back({step, std::move(label), score.value,
                           score.unit == "%" ? "%" : score.unit,
                           assessmentText(score.reasonPhrase, score.reason)});
}

// Red when the finding is at least half as bad as it can be; amber otherwise.
Rag ragOfSeverity(double severity) { return severity >= 0.5 ? Rag::Red : Rag::Amber; }

std::string findingTitle(const Finding& f) {
    for (const auto& rc : reasonCodes())
        if (rc.code == f.code) return assessmentText(rc.meaning);
    return f.code;
}

void addScores(ReportScores& out, const AssessmentResult& r) {
    const MaturityIndex& m = r.capabilities.overall;
    out.maturityIndex = m.index.value;
    out.maturityLevel = m.level ? capitalised(assessmentText(maturityLevelLabel(*m.level))) : "";
    out.maturityReason = assessmentText(m.index.reasonPhrase, m.index.reason);
    out.completenessPct = r.completeness.overall.value;
    for (const auto& step : r.completeness.steps) {
        std::vector<std::string> missing;  // in the report's language
        for (std::size_t i = 0; i < step.missing.size(); ++i)
            missing.push_back(i < step.missingPhrases.size()
                                  ? assessmentText(step.missingPhrases[i], step.missing[i])
                                  : assessmentText(step.missing[i]));
        out.completeness.push_back({step.step, step.score.value, std::move(missing)});
    }

    addFigure(out, 3, reportText("Top pain points addressed"), r.pain.topAddressed);
    addFigure(out, 4, reportText("Net promoter score"), r.relationship.nps);
    addFigure(out, 4, reportText("Customer satisfaction"), r.relationship.csat);
    addFigure(out, 4, reportText("Perception gap (our rating minus customers')"),
              r.relationship.perceptionGap);
    addFigure(out, 8, reportText("Strategy-level KPIs"), r.alignment.strategyShare);
    addFigure(out, 8, reportText("KPIs on hard data"), r.alignment.objectiveShare);
    addFigure(out, 8, reportText("KPIs looking from outside in"), r.alignment.outsideInShare);
    addFigure(out, 9, reportText("Objectives covered by a KPI"), r.alignment.objectiveCoverage);
    addFigure(out, 9, reportText("KPIs serving an objective"), r.alignment.kpiUsage);

    for (const auto& g : r.capabilities.gaps)
        if (g.weightedGap.value)
            out.gaps.push_back({g.capabilityId, g.name, asDouble(g.current), asDouble(g.target),
                                g.importance, *g.weightedGap.value,
                                assessmentText(g.weightedGap.reasonPhrase, g.weightedGap.reason)});
    for (const auto& a : r.attainment)
        out.attainment.push_back({a.itemId, a.itemKind, a.name, a.progress.value, ragOf(a.status),
                                  capitalised(assessmentText(statusLabel(a.status))),
                                  assessmentText(a.progress.reasonPhrase, a.progress.reason)});
    for (const auto& seg : r.segments) {
        SegmentScore s{seg.segmentId, seg.attractiveness.value,
                       seg.tier == Tier::Unrated ? "" : std::string(tierKey(seg.tier)), "",
                       assessmentText(seg.attractiveness.reasonPhrase, seg.attractiveness.reason)};
        for (const auto& c : r.coverage)
            if (c.segmentId == seg.segmentId && c.score.value) {
                s.coverage = reportFormat(
                    "{0} of checks",
                    withPercentSign(std::to_string(static_cast<int>(*c.score.value + 0.5))));
                s.reason = assessmentText(c.score.reasonPhrase, c.score.reason);
            }
        out.segments.push_back(std::move(s));
    }
    for (const auto& p : r.pain.ranked)
        out.pains.push_back({p.painId, p.priority.value, p.top, p.status != PainStatus::Unaddressed,
                             assessmentText(p.priority.reasonPhrase, p.priority.reason)});
    for (const auto& q : r.importancePerformance)
        out.quadrants.push_back(
            {q.ratingId,
             q.quadrant ? capitalised(assessmentText(quadrantLabel(*q.quadrant))) : ""});
    for (const auto& f : r.findings)
        out.findings.push_back({f.step, ragOfSeverity(f.severity), findingTitle(f),
                                assessmentText(f.messagePhrase, f.message)});
    for (const auto& rec : r.recommendations)
        out.recommendations.push_back({assessmentText(rec.actionPhrase, rec.action),
                                       assessmentText(rec.becausePhrase, rec.because),
                                       capitalised(assessmentText(impactKey(rec.impact))),
                                       rec.step});
}

}  // namespace

std::optional<ReportScores> scoreForReport(const Assessment& assessment, const Cycle& cycle) {
    // The engine's words are kept in the report's language, like every other text of it.
    const ReportLanguage language(assessment.language);
    ReportScores out;
    addScores(out, assess(assessment, cycle));
    return out;
}

}  // namespace crm::report
