// "What changed since <earlier cycle>": the engine's cycle comparison as report blocks.
#include <fmt/format.h>

#include <algorithm>

#include "engine/reset/baseline_cycle.h"
#include "engine/reset/cycle_comparison.h"
#include "report/builder/build_context.h"
#include "report/builder/maturity_radars.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

// A measured value or change for the comparison table: a dash when missing, shares in points.
std::string measureText(const std::optional<double>& v, const std::string& unit,
                        bool sign = false) {
    if (!v) return "\u2014";
    std::string text = formatValue(*v, 2);
    if (sign && *v > 0) text = "+" + text;
    if (unit == "%")  // a change of a share: points
        return sign ? reportFormat("{0} pts", text) : withPercentSign(text);
    if (unit.empty() || unit == "1-10" || unit == "0-100") return text;
    return text + " " + unit;
}

std::string sourceLabel(const std::string& source) {
    if (source == "kpi") return reportText("KPI");
    if (source == "metric") return reportText("Metric");
    return reportText("Relationship");
}

std::string levelText(const std::optional<std::int64_t>& v) {
    return v ? std::to_string(*v) : "\u2014";
}

// "1 measure", "12 measures": the number and its noun, in the report's language.
std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return reportPlural(one, many, static_cast<long long>(n));
}

// The kind of a compared item ("objective", "segment_objective", ...), in words.
std::string kindText(const std::string& kind) {
    if (kind == "objective") return reportText("objective");
    if (kind == "segment_objective") return reportText("segment objective");
    if (kind == "segment") return reportText("segment");
    if (kind == "kpi") return reportText("KPI");
    if (kind == "treatment") return reportText("treatment");
    return kind;
}

Paragraph summaryOf(const reset::CycleComparison& c, const Cycle& from, const Cycle& to) {
    std::size_t better = 0, worse = 0, same = 0, rose = 0, fell = 0;
    for (const auto& m : c.measures) {
        better += m.movement == reset::Movement::Better;
        worse += m.movement == reset::Movement::Worse;
        same += m.movement == reset::Movement::Unchanged;
    }
    for (const auto& m : c.maturity)
        if (m.delta) {
            rose += *m.delta > 0;
            fell += *m.delta < 0;
        }
    std::size_t added = 0, changed = 0, dropped = 0;
    for (const auto& i : c.items) {
        added += i.change == reset::ChangeKind::Added;
        changed += i.change == reset::ChangeKind::Changed;
        dropped += i.change == reset::ChangeKind::Dropped;
    }
    std::string text = reportFormat(
        "Of the {0} recorded in both cycles, {1} improved, {2} worsened and {3} did not move "
        "(better or worse is judged by each measure's own direction; changes of a share are in "
        "percentage points, pts). ",
        counted(better + worse + same, "{0} measure", "{0} measures"), better, worse, same);
    text += reportFormat("{0} rose in maturity and {1} fell. ",
                         counted(rose, "{0} building block", "{0} building blocks"), fell);
    const std::size_t due =
        static_cast<std::size_t>(c.milestonesHit + c.milestonesMissed + c.milestonesWithoutActual);
    text += reportFormat(
        "Of the {0} of {1} due by {2}, {3} reached, {4} missed and {5} without an actual value. ",
        counted(due, "{0} milestone", "{0} milestones"), c.fromName,
        to.assessmentDate ? formatDay(to.assessmentDate) : reportText("the later cycle"),
        counted(static_cast<std::size_t>(c.milestonesHit), "{0} was", "{0} were"),
        c.milestonesMissed, c.milestonesWithoutActual);
    text += reportFormat("Compared with {0}, {1} added, {2} changed and {3} dropped.",
                         from.name.empty() ? from.id : from.name,
                         counted(added, "{0} item was", "{0} items were"), changed, dropped);
    return Paragraph{reportText("In short"), text};
}

std::optional<Chart> maturityBothCycles(const reset::CycleComparison& c) {
    RadarChart radar = maturityInBothCycles(c);
    if (radar.axes.size() < 3) return std::nullopt;
    return Chart{reportFormat("Each spoke is one building block on the 1\u20135 scale; where the "
                              "solid {0} shape lies outside the dashed {1} one, maturity rose.",
                              c.toName, c.fromName),
                 radar};
}

// One row per KPI or objective: a cycle holds many monthly milestones, the reader wants the
// tally and where each measure ended.
Table milestonesByOwner(const reset::CycleComparison& c) {
    Table t{reportFormat("Milestones of {0} due by now, per measure", c.fromName),
            {{reportText("For")},
             {reportText("Due"), Align::Right},
             {reportText("Reached"), Align::Right},
             {reportText("Missed"), Align::Right},
             {reportText("No actual"), Align::Right},
             {reportText("Last due")},
             {reportText("Its target"), Align::Right},
             {reportText("Its actual"), Align::Right}},
            {},
            reportFormat("No milestone of cycle {0} was due.", c.fromName)};
    std::vector<std::string> owners;
    for (const auto& m : c.milestones)
        if (m.result != reset::MilestoneResult::NotDue &&
            std::find(owners.begin(), owners.end(), m.ownerName) == owners.end())
            owners.push_back(m.ownerName);
    for (const auto& owner : owners) {
        int due = 0, hit = 0, missed = 0, open = 0;
        const reset::MilestoneOutcome* last = nullptr;
        for (const auto& m : c.milestones) {
            if (m.ownerName != owner || m.result == reset::MilestoneResult::NotDue) continue;
            ++due;
            hit += m.result == reset::MilestoneResult::Hit;
            missed += m.result == reset::MilestoneResult::Missed;
            open += m.result == reset::MilestoneResult::NoActual;
            if (!last || (m.due && (!last->due || *last->due <= *m.due))) last = &m;
        }
        t.rows.push_back({owner, std::to_string(due), std::to_string(hit), std::to_string(missed),
                          std::to_string(open), formatDay(last->due), formatValue(last->target),
                          formatValue(last->actual)});
    }
    return t;
}

// Last cycle's actions: closed there, or carried here and how far they got since.
std::vector<Block> actionsSince(const Cycle& from, const Cycle& to) {
    if (from.actions.empty()) return {};
    std::size_t done = 0, dropped = 0, carried = 0, doneSince = 0;
    Table table{reportFormat("Actions of cycle {0}", from.name.empty() ? from.id : from.name),
                {{reportText("Action")},
                 {reportText("Owner")},
                 {reportText("Status then")},
                 {reportText("Status now")}},
                {},
                ""};
    for (const auto& old : from.actions) {
        const auto later = std::find_if(to.actions.begin(), to.actions.end(),
                                        [&](const ActionItem& a) { return a.originId == old.id; });
        done += old.status == ActionStatus::Done;
        dropped += old.status == ActionStatus::Dropped;
        std::string now = reportText("Not carried over");
        if (later != to.actions.end()) {
            ++carried;
            doneSince += later->status == ActionStatus::Done;
            now = choiceText(choiceLabel(later->status));
        } else if (old.status == ActionStatus::Done || old.status == ActionStatus::Dropped) {
            now = reportText("Closed");
        }
        table.rows.push_back(
            {old.title, old.owner, choiceText(choiceLabel(old.status)), std::move(now)});
    }
    Paragraph summary{
        "",
        reportFormat("Of the {0} of cycle {1}: done by then {2}, dropped {3}; carried into this "
                     "cycle {4}, of which done since {5}.",
                     counted(from.actions.size(), "{0} action", "{0} actions"),
                     from.name.empty() ? from.id : from.name, done, dropped, carried, doneSince)};
    return {std::move(summary), std::move(table)};
}

// A changed field's value as the report prints it: money with the document's currency, days
// as dates, choices by their label, text whole.
std::string reportValue(const reset::ItemChange& item, const reset::FieldChange& change,
                        const FieldValue& value, const std::string& currency) {
    if (isEmpty(value)) return reportText("not set");
    if (const auto* money = std::get_if<Money>(&value)) return formatAmountIn(*money, currency);
    if (const auto* day = std::get_if<Date>(&value)) return formatDay(*day);
    if (const auto* real = std::get_if<double>(&value)) return formatValue(*real, 2);
    if (const auto* whole = std::get_if<std::int64_t>(&value))
        return formatValue(static_cast<double>(*whole), 0);
    return assessmentText(reset::fieldValueText(item.kind, change, value));
}

// "Target: 30 → 35; Target date: 2026-12-31 → 2027-06-30".
std::string oldAndNewValues(const reset::ItemChange& item, const std::string& currency) {
    std::string text;
    for (const auto& f : item.fieldChanges)
        text += (text.empty() ? "" : "; ") + assessmentText(f.label) + ": " +
                reportValue(item, f, f.from, currency) + " \u2192 " +
                reportValue(item, f, f.to, currency);
    return text;
}

// A treatment has no name of its own: it is named by its segment, never by its id.
std::string itemName(const Cycle& from, const BuildContext& ctx, const reset::ItemChange& item) {
    if (item.kind != "treatment") return item.name;
    for (const Cycle* cycle : {&ctx.cycle, &from})
        for (const auto& t : cycle->treatments)
            if (t.id == item.id)
                for (const auto& seg : cycle->segments)
                    if (seg.id == t.segmentId) return reportFormat("Treatment of {0}", seg.name);
    return reportText("A segment treatment");
}

}  // namespace

std::optional<Section> changesSection(const BuildContext& ctx) {
    const Cycle* from = reset::baselineCycleOf(ctx.assessment, ctx.cycle);
    if (!from) return std::nullopt;
    reset::CycleComparison c;
    try {
        c = reset::compareCycles(ctx.assessment, from->id, ctx.cycle.id);
    } catch (const std::invalid_argument&) {
        return std::nullopt;  // the reported cycle is not in the assessment (a hand-made view)
    }
    if (c.fromName.empty()) c.fromName = from->id;
    if (c.toName.empty()) c.toName = ctx.cycle.id;
    Section s{"changes",
              "",
              reportFormat("What changed since {0}", c.fromName),
              reportFormat("How cycle {0} compares with cycle {1}: which measures moved, how each "
                           "building block's maturity changed, which of last cycle's milestones "
                           "were reached, and what was added, changed or dropped.",
                           c.toName, c.fromName),
              {}};
    s.blocks.push_back(summaryOf(c, *from, ctx.cycle));

    Table measures{reportText("Measures in both cycles"),
                   {{reportText("Measure")},
                    {reportText("Kind")},
                    {c.fromName, Align::Right},
                    {c.toName, Align::Right},
                    {reportText("Change"), Align::Right},
                    {reportText("Movement")}},
                   {},
                   reportText("No measure was recorded in either cycle.")};
    for (const auto& m : c.measures) {
        if (!m.from && !m.to) continue;
        // KPIs and metrics carry the names people gave them; the relationship's are the engine's.
        const bool named = m.source == "kpi" || m.source == "metric";
        measures.rows.push_back({named ? m.name : assessmentText(m.name), sourceLabel(m.source),
                                 measureText(m.from, m.unit), measureText(m.to, m.unit),
                                 measureText(m.delta, m.unit, true),
                                 assessmentText(reset::movementName(m.movement))});
    }
    s.blocks.push_back(std::move(measures));

    if (auto radar = maturityBothCycles(c)) s.blocks.push_back(std::move(*radar));
    Table maturity{reportText("Maturity per building block (current level 1\u20135)"),
                   {{reportText("Building block")},
                    {c.fromName, Align::Right},
                    {c.toName, Align::Right},
                    {reportText("Change"), Align::Right},
                    {reportText("Target now"), Align::Right}},
                   {},
                   reportText("No maturity was rated in either cycle.")};
    for (const auto& m : c.maturity) {
        if (!m.fromCurrent && !m.toCurrent) continue;
        std::string delta =
            m.delta ? (*m.delta > 0 ? "+" : "") + std::to_string(*m.delta) : std::string("\u2014");
        maturity.rows.push_back({m.name, levelText(m.fromCurrent), levelText(m.toCurrent), delta,
                                 levelText(m.toTarget)});
    }
    s.blocks.push_back(std::move(maturity));

    s.blocks.push_back(milestonesByOwner(c));

    Table items{reportText("Objectives, KPIs, segments and treatments added, changed or dropped"),
                {{reportText("Change")},
                 {reportText("Kind")},
                 {reportText("Item")},
                 {reportFormat("What changed: {0} \u2192 {1}", c.fromName, c.toName)}},
                {},
                reportText("Nothing was added, changed or dropped.")};
    for (const auto& i : c.items) {
        std::string fields = oldAndNewValues(i, ctx.assessment.currency);
        items.rows.push_back({assessmentText(reset::changeKindName(i.change)), kindText(i.kind),
                              itemName(*from, ctx, i), fields});
    }
    s.blocks.push_back(std::move(items));
    for (auto& block : actionsSince(*from, ctx.cycle)) s.blocks.push_back(std::move(block));
    return s;
}

}  // namespace crm::report
