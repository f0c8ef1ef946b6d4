#include "gui/assessment/assessment_rows.h"
#include "gui/common/local_format.h"
#include "gui/steps/step_titles.h"

#include <QObject>

#include "engine/assessment/format_text.h"

namespace crm::gui {

using namespace crm::assessment;

namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

ScoreRow row(const QString& label, const Score& score, const QString& band = {}) {
    ScoreRow r;
    r.label = label;
    r.value = localPercent(qs(formatScoreValue(score)));
    r.band = band;
    r.reason = engineText(score.reasonPhrase, score.reason);
    r.reasonCode = qs(score.reasonCode);
    r.step = score.step;
    r.itemId = score.itemId;
    r.number = score.value;
    return r;
}

// "practicing (20–40)": the level and the band edges it lies between, from the profile.
QString maturityBand(const MaturityIndex& index, const MethodologyProfile& profile) {
    if (!index.level) return {};
    static const char* const edges[] = {nullptr,
                                        "maturity.band.practicing",
                                        "maturity.band.optimizing",
                                        "maturity.band.leading",
                                        "maturity.band.maximum_value",
                                        nullptr};
    const int level = int(*index.level);
    const QString low = edges[level] ? qs(formatNumber(profile.value(edges[level]))) : "0";
    const QString high =
        edges[level + 1] ? qs(formatNumber(profile.value(edges[level + 1]))) : "100";
    return QStringLiteral("%1 (%2–%3)")
        .arg(engineText("assessment", maturityLevelLabel(*index.level)), low, high);
}

QString ranked(int rank, const std::string& name) {
    return rank > 0 ? QStringLiteral("%1. %2").arg(rank).arg(qs(name))
                    : QStringLiteral("-. %1").arg(qs(name));
}

ScoreGroup completenessGroup(const AssessmentResult& r) {
    ScoreGroup g{QObject::tr("Completeness"), {}};
    g.rows << row(QObject::tr("Overall"), r.completeness.overall);
    for (const auto& s : r.completeness.steps)
        g.rows << row(QObject::tr("Step %1 %2").arg(s.step).arg(stepTitle(s.step)), s.score);
    return g;
}

ScoreGroup attainmentGroup(const AssessmentResult& r) {
    ScoreGroup g{QObject::tr("Metric attainment (steps 6 and 8)"), {}};
    for (const auto& a : r.attainment)
        g.rows << row(
            (a.itemKind == "kpi" ? QStringLiteral("KPI ") : QStringLiteral("Objective ")) +
                qs(a.name),
            a.progress, engineText("assessment", statusLabel(a.status)));
    return g;
}

QVector<ScoreGroup> segmentGroups(const AssessmentResult& r) {
    ScoreGroup priority{QObject::tr("Segment priority (step 6)"), {}};
    for (const auto& s : r.segments)
        priority.rows << row(ranked(s.rank, s.name), s.attractiveness,
                             s.rank > 0 ? QStringLiteral("tier %1").arg(qs(tierKey(s.tier)))
                                        : QObject::tr("no tier"));
    ScoreGroup coverage{QObject::tr("Objective coverage (step 6)"), {}};
    for (const auto& c : r.coverage) coverage.rows << row(qs(c.name), c.score);
    return {priority, coverage};
}

ScoreGroup capabilityGroup(const AssessmentResult& r, const MethodologyProfile& profile) {
    const auto& c = r.capabilities;
    ScoreGroup g{QObject::tr("Capabilities and maturity (step 10)"), {}};
    g.rows << row(QObject::tr("Maturity index (current)"), c.overall.index,
                  maturityBand(c.overall, profile))
           << row(QObject::tr("Maturity index (target)"), c.target.index,
                  maturityBand(c.target, profile))
           << row(QObject::tr("Building blocks (current)"), c.buildingBlocks.index,
                  maturityBand(c.buildingBlocks, profile))
           << row(QObject::tr("Readiness areas (current)"), c.readiness.index,
                  maturityBand(c.readiness, profile));
    for (const auto& gap : c.gaps)
        g.rows << row("Gap " + ranked(gap.rank, gap.name), gap.weightedGap);
    return g;
}

ScoreGroup alignmentGroup(const AssessmentResult& r) {
    const auto& a = r.alignment;
    ScoreGroup g{QObject::tr("Alignment (steps 8 and 9)"), {}};
    g.rows << row(QObject::tr("Objectives tracked by a KPI"), a.objectiveCoverage)
           << row(QObject::tr("KPIs serving an objective"), a.kpiUsage)
           << row(QObject::tr("Strategy-level share"), a.strategyShare)
           << row(QObject::tr("Objective (hard data) share"), a.objectiveShare)
           << row(QObject::tr("Outside-in share"), a.outsideInShare,
                  a.outsideInShare.value
                      ? (a.outsideIn ? QStringLiteral("outside-in") : QStringLiteral("inside-out"))
                      : QString());
    return g;
}

ScoreGroup painGroup(const AssessmentResult& r) {
    ScoreGroup g{QObject::tr("Pain priority (step 3)"), {}};
    g.rows << row(QObject::tr("Top pain points addressed"), r.pain.topAddressed);
    for (const auto& p : r.pain.ranked)
        g.rows << row(ranked(p.rank, p.description), p.priority, qs(painStatusKey(p.status)));
    return g;
}

ScoreGroup importancePerformanceGroup(const AssessmentResult& r) {
    ScoreGroup g{QObject::tr("Importance-performance (step 5)"), {}};
    for (const auto& q : r.importancePerformance)
        g.rows << row(
            QStringLiteral("%1 (%2)").arg(qs(q.attribute), qs(q.segmentName)), q.score,
            q.quadrant ? engineText("assessment", quadrantLabel(*q.quadrant)) : QString());
    return g;
}

ScoreGroup relationshipGroup(const AssessmentResult& r) {
    ScoreGroup g{QObject::tr("Relationship state (step 4)"), {}};
    g.rows << row(QStringLiteral("NPS"), r.relationship.nps)
           << row(QStringLiteral("CSAT"), r.relationship.csat)
           << row(QObject::tr("Perception gap"), r.relationship.perceptionGap);
    return g;
}

}  // namespace

QVector<ScoreGroup> scoreGroups(const AssessmentResult& result, const MethodologyProfile& profile) {
    QVector<ScoreGroup> groups;
    groups << completenessGroup(result) << attainmentGroup(result) << segmentGroups(result)
           << capabilityGroup(result, profile) << alignmentGroup(result) << painGroup(result)
           << importancePerformanceGroup(result) << relationshipGroup(result);
    return groups;
}

}  // namespace crm::gui
