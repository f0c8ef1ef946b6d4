// Milestones in the body of steps 6 and 8, and in full in an appendix when there are many: a
// cycle of monthly milestones fills pages the reader skims, so the body keeps what needs a
// decision (missed, without an actual, due next) and the counts.
#include <fmt/format.h>

#include <algorithm>

#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

constexpr int kDaysAhead = 91;  // "due next": the quarter after the assessment date
constexpr int kDaysPerYear = 365;

enum class MilestoneState { Reached, Missed, NoActual, DueNext, Later };

struct Owner {
    bool found = false;
    Direction direction = Direction::HigherIsBetter;
};

Owner ownerOf(const BuildContext& ctx, const EntityId& id, std::string_view ownerKind) {
    if (ownerKind == "kpi") {
        for (const auto& k : ctx.cycle.kpis)
            if (k.id == id) return {true, k.direction};
    } else {
        for (const auto& o : ctx.cycle.segmentObjectives)
            if (o.id == id) return {true, o.direction};
    }
    return {};
}

MilestoneState stateOf(const Milestone& m, Direction direction, std::optional<Date> asOf) {
    if (!asOf || !m.due) return m.actual ? MilestoneState::Reached : MilestoneState::NoActual;
    if (*m.due > *asOf)
        return *m.due <= *asOf + date::days{kDaysAhead} ? MilestoneState::DueNext
                                                        : MilestoneState::Later;
    if (!m.actual || !m.target) return MilestoneState::NoActual;
    const bool reached =
        direction == Direction::HigherIsBetter ? *m.actual >= *m.target : *m.actual <= *m.target;
    return reached ? MilestoneState::Reached : MilestoneState::Missed;
}

// The start of "this period": the earlier cycle's assessment date, or a year before this one.
std::optional<Date> periodStart(const BuildContext& ctx) {
    if (!ctx.cycle.assessmentDate) return std::nullopt;
    if (const Cycle* earlier = ctx.assessment.findCycle(ctx.cycle.previousCycleId))
        if (earlier->assessmentDate && *earlier->assessmentDate < *ctx.cycle.assessmentDate)
            return earlier->assessmentDate;
    return *ctx.cycle.assessmentDate - date::days{kDaysPerYear};
}

Table fullTable(const BuildContext& ctx, std::string heading, std::string_view ownerKind) {
    Table t{std::move(heading),
            {{reportText("For")},
             {reportText("Due")},
             {reportText("Target"), Align::Right},
             {reportText("Actual"), Align::Right},
             {reportText("Note")}},
            {},
            reportText("No milestone entered.")};
    for (const auto& m : ctx.cycle.milestones)
        if (ownerOf(ctx, m.ownerId, ownerKind).found)
            t.rows.push_back({ctx.nameOf(m.ownerId), formatDay(m.due), formatValue(m.target),
                              formatValue(m.actual), m.note});
    return t;
}

std::size_t milestoneCount(const BuildContext& ctx, std::string_view ownerKind) {
    return static_cast<std::size_t>(std::count_if(
        ctx.cycle.milestones.begin(), ctx.cycle.milestones.end(),
        [&](const Milestone& m) { return ownerOf(ctx, m.ownerId, ownerKind).found; }));
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return reportPlural(one, many, static_cast<long long>(n));
}

}  // namespace

bool milestonesInAppendix(const BuildContext& ctx, std::string_view ownerKind) {
    // Without the appendix, the step keeps its whole list.
    const auto& leftOut = ctx.assessment.reportSectionsLeftOut;
    if (std::find(leftOut.begin(), leftOut.end(), "milestones") != leftOut.end()) return false;
    return milestoneCount(ctx, ownerKind) > kMilestonesInline;
}

// One row per objective or KPI: what fell due in this period and how it went, the latest
// result and what comes next.
struct OwnerTally {
    EntityId ownerId;
    std::size_t due = 0, reached = 0, missed = 0, noActual = 0;
    const Milestone* latest = nullptr;  // the last one due in the period
    const Milestone* next = nullptr;    // the first one due in the next three months
};

std::vector<Block> milestoneBlocks(const BuildContext& ctx, std::string heading,
                                   std::string_view ownerKind) {
    if (!milestonesInAppendix(ctx, ownerKind))
        return {fullTable(ctx, std::move(heading), ownerKind)};
    const std::optional<Date> asOf = ctx.cycle.assessmentDate;
    const std::optional<Date> from = periodStart(ctx);
    std::size_t all = 0, reached = 0, missed = 0, noActual = 0, later = 0;
    std::vector<OwnerTally> owners;
    for (const auto& m : ctx.cycle.milestones) {
        const Owner owner = ownerOf(ctx, m.ownerId, ownerKind);
        if (!owner.found) continue;
        ++all;
        const MilestoneState state = stateOf(m, owner.direction, asOf);
        reached += state == MilestoneState::Reached;
        missed += state == MilestoneState::Missed;
        noActual += state == MilestoneState::NoActual;
        later += state == MilestoneState::DueNext || state == MilestoneState::Later;
        const bool inPeriod = m.due && from && *m.due > *from && asOf && *m.due <= *asOf;
        if (!inPeriod && state != MilestoneState::DueNext) continue;
        auto tally = std::find_if(owners.begin(), owners.end(),
                                  [&](const OwnerTally& t) { return t.ownerId == m.ownerId; });
        if (tally == owners.end()) tally = owners.insert(owners.end(), OwnerTally{m.ownerId});
        if (state == MilestoneState::DueNext) {
            if (!tally->next || *m.due < *tally->next->due) tally->next = &m;
            continue;
        }
        ++tally->due;
        tally->reached += state == MilestoneState::Reached;
        tally->missed += state == MilestoneState::Missed;
        tally->noActual += state == MilestoneState::NoActual;
        if (!tally->latest || *tally->latest->due <= *m.due) tally->latest = &m;
    }
    Table t{
        reportFormat("{0} due since {1} and in the next three months", heading, formatDay(from)),
        {{reportText("For")},
         {reportText("Due"), Align::Right},
         {reportText("Reached"), Align::Right},
         {reportText("Missed"), Align::Right},
         {reportText("No actual"), Align::Right},
         {reportText("Latest: target / actual"), Align::Right},
         {reportText("Next due")},
         {reportText("Next target"), Align::Right}},
        {},
        reportText("None fell due in this period, and none is due in the next three months.")};
    for (const auto& o : owners) {
        const std::string latest =
            o.latest ? formatValue(o.latest->target) + " / " +
                           (o.latest->actual ? formatValue(o.latest->actual) : reportText("none"))
                     : "";
        t.rows.push_back({ctx.nameOf(o.ownerId), std::to_string(o.due), std::to_string(o.reached),
                          std::to_string(o.missed), std::to_string(o.noActual), latest,
                          o.next ? formatDay(o.next->due) : "",
                          o.next ? formatValue(o.next->target) : ""});
    }
    Paragraph counts{
        heading,
        reportFormat("{0} in all. Of the {1} due by {2}, {3} reached, {4} missed and {5} "
                     "without an actual value; {6} not yet due. The table counts, per measure, "
                     "those due in this period and shows the next one; the appendix "
                     "\u201cMilestones in full\u201d lists every milestone with its note.",
                     counted(all, "{0} milestone", "{0} milestones"), reached + missed + noActual,
                     formatDay(asOf), counted(reached, "{0} was", "{0} were"), missed, noActual,
                     counted(later, "{0} is", "{0} are"))};
    return {std::move(counts), std::move(t)};
}

std::optional<Section> milestoneAppendix(const BuildContext& ctx, std::string number) {
    const bool objectives = milestonesInAppendix(ctx, "segment_objective");
    const bool kpis = milestonesInAppendix(ctx, "kpi");
    if (!objectives && !kpis) return std::nullopt;
    Section s{
        "milestones",
        std::move(number),
        reportText("Milestones in full"),
        reportText(
            "Every milestone of the cycle with its target, actual value and note, in the order "
            "they were entered."),
        {}};
    if (objectives)
        s.blocks.push_back(fullTable(ctx, reportText("Milestones of the segment objectives"),
                                     "segment_objective"));
    if (kpis) s.blocks.push_back(fullTable(ctx, reportText("Milestones of the KPIs"), "kpi"));
    return s;
}

}  // namespace crm::report
