// "What changed since <earlier cycle>": the engine's cycle comparison as report blocks.
#include <fmt/format.h>

#include <algorithm>

#include "engine/reset/baseline_cycle.h"
#include "engine/reset/cycle_comparison.h"
#include "report/builder/build_context.h"
#include "report/builder/maturity_radars.h"
#include "report/number_format.h"

namespace crm::report {
namespace {

// A measured value or change for the comparison table: a dash when missing, shares in points.
std::string measureText(const std::optional<double>& v, const std::string& unit,
                        bool sign = false) {
    if (!v) return "\u2014";
    std::string text = formatValue(*v, 2);
    if (sign && *v > 0) text = "+" + text;
    if (unit == "%") return text + (sign ? " pts" : "%");  // a change of a share: points
    if (unit.empty() || unit == "1-10" || unit == "0-100") return text;
    return text + " " + unit;
}

std::string sourceLabel(const std::string& source) {
    if (source == "kpi") return "KPI";
    if (source == "metric") return "Metric";
    return "Relationship";
}

std::string levelText(const std::optional<std::int64_t>& v) {
    return v ? std::to_string(*v) : "\u2014";
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
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
    std::string text = fmt::format(
        "Of the {} recorded in both cycles, {} improved, {} worsened and {} did not move "
        "(better or worse is judged by each measure's own direction; changes of a share are in "
        "percentage points, pts). ",
        plural(better + worse + same, "measure", "measures"), better, worse, same);
    text += fmt::format("{} rose in maturity and {} fell. ",
                        plural(rose, "building block", "building blocks"), fell);
    const std::size_t due =
        static_cast<std::size_t>(c.milestonesHit + c.milestonesMissed + c.milestonesWithoutActual);
    text += fmt::format(
        "Of the {} of {} due by {}, {} reached, {} missed and {} without an "
        "actual value. ",
        plural(due, "milestone", "milestones"), c.fromName,
        to.assessmentDate ? formatDay(to.assessmentDate) : "the later cycle",
        plural(static_cast<std::size_t>(c.milestonesHit), "was", "were"), c.milestonesMissed,
        c.milestonesWithoutActual);
    text += fmt::format("Compared with {}, {} added, {} changed and {} dropped.",
                        from.name.empty() ? from.id : from.name,
                        plural(added, "item was", "items were"), changed, dropped);
    return Paragraph{"In short", text};
}

std::optional<Chart> maturityBothCycles(const reset::CycleComparison& c) {
    RadarChart radar = maturityInBothCycles(c);
    if (radar.axes.size() < 3) return std::nullopt;
    return Chart{fmt::format("Each spoke is one building block on the 1\u20135 scale; where the "
                             "solid {} shape lies outside the dashed {} one, maturity rose.",
                             c.toName, c.fromName),
                 radar};
}

// One row per KPI or objective: a cycle holds many monthly milestones, the reader wants the
// tally and where each measure ended.
Table milestonesByOwner(const reset::CycleComparison& c) {
    Table t{"Milestones of " + c.fromName + " due by now, per measure",
            {{"For"},
             {"Due", Align::Right},
             {"Reached", Align::Right},
             {"Missed", Align::Right},
             {"No actual", Align::Right},
             {"Last due"},
             {"Its target", Align::Right},
             {"Its actual", Align::Right}},
            {},
            "No milestone of cycle " + c.fromName + " was due."};
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
    Table table{"Actions of cycle " + (from.name.empty() ? from.id : from.name),
                {{"Action"}, {"Owner"}, {"Status then"}, {"Status now"}},
                {},
                ""};
    for (const auto& old : from.actions) {
        const auto later = std::find_if(to.actions.begin(), to.actions.end(),
                                        [&](const ActionItem& a) { return a.originId == old.id; });
        done += old.status == ActionStatus::Done;
        dropped += old.status == ActionStatus::Dropped;
        std::string now = "Not carried over";
        if (later != to.actions.end()) {
            ++carried;
            doneSince += later->status == ActionStatus::Done;
            now = std::string(choiceLabel(later->status));
        } else if (old.status == ActionStatus::Done || old.status == ActionStatus::Dropped) {
            now = "Closed";
        }
        table.rows.push_back(
            {old.title, old.owner, std::string(choiceLabel(old.status)), std::move(now)});
    }
    Paragraph summary{
        "",
        fmt::format("Of the {} of cycle {}: done by then {}, dropped {}; carried into this "
                    "cycle {}, of which done since {}.",
                    plural(from.actions.size(), "action", "actions"),
                    from.name.empty() ? from.id : from.name, done, dropped, carried, doneSince)};
    return {std::move(summary), std::move(table)};
}

// A changed field's value as the report prints it: money with the document's currency, days
// as dates, choices by their label, text whole.
std::string reportValue(const reset::ItemChange& item, const reset::FieldChange& change,
                        const FieldValue& value, const std::string& currency) {
    if (isEmpty(value)) return "not set";
    if (const auto* money = std::get_if<Money>(&value)) return formatAmountIn(*money, currency);
    if (const auto* day = std::get_if<Date>(&value)) return formatDay(*day);
    if (const auto* real = std::get_if<double>(&value)) return formatValue(*real, 2);
    if (const auto* whole = std::get_if<std::int64_t>(&value))
        return formatValue(static_cast<double>(*whole), 0);
    return reset::fieldValueText(item.kind, change, value);
}

// "Target: 30 → 35; Target date: 2026-12-31 → 2027-06-30".
std::string oldAndNewValues(const reset::ItemChange& item, const std::string& currency) {
    std::string text;
    for (const auto& f : item.fieldChanges)
        text += (text.empty() ? "" : "; ") + f.label + ": " +
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
                    if (seg.id == t.segmentId) return "Treatment of " + seg.name;
    return "A segment treatment";
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
              "What changed since " + c.fromName,
              fmt::format("How cycle {} compares with cycle {}: which measures moved, how each "
                          "building block's maturity changed, which of last cycle's milestones "
                          "were reached, and what was added, changed or dropped.",
                          c.toName, c.fromName),
              {}};
    s.blocks.push_back(summaryOf(c, *from, ctx.cycle));

    Table measures{"Measures in both cycles",
                   {{"Measure"},
                    {"Kind"},
                    {c.fromName, Align::Right},
                    {c.toName, Align::Right},
                    {"Change", Align::Right},
                    {"Movement"}},
                   {},
                   "No measure was recorded in either cycle."};
    for (const auto& m : c.measures) {
        if (!m.from && !m.to) continue;
        measures.rows.push_back({m.name, sourceLabel(m.source), measureText(m.from, m.unit),
                                 measureText(m.to, m.unit), measureText(m.delta, m.unit, true),
                                 std::string(reset::movementName(m.movement))});
    }
    s.blocks.push_back(std::move(measures));

    if (auto radar = maturityBothCycles(c)) s.blocks.push_back(std::move(*radar));
    Table maturity{"Maturity per building block (current level 1\u20135)",
                   {{"Building block"},
                    {c.fromName, Align::Right},
                    {c.toName, Align::Right},
                    {"Change", Align::Right},
                    {"Target now", Align::Right}},
                   {},
                   "No maturity was rated in either cycle."};
    for (const auto& m : c.maturity) {
        if (!m.fromCurrent && !m.toCurrent) continue;
        std::string delta =
            m.delta ? (*m.delta > 0 ? "+" : "") + std::to_string(*m.delta) : std::string("\u2014");
        maturity.rows.push_back({m.name, levelText(m.fromCurrent), levelText(m.toCurrent), delta,
                                 levelText(m.toTarget)});
    }
    s.blocks.push_back(std::move(maturity));

    s.blocks.push_back(milestonesByOwner(c));

    Table items{
        "Objectives, KPIs, segments and treatments added, changed or dropped",
        {{"Change"}, {"Kind"}, {"Item"}, {"What changed: " + c.fromName + " \u2192 " + c.toName}},
        {},
        "Nothing was added, changed or dropped."};
    for (const auto& i : c.items) {
        std::string fields = oldAndNewValues(i, ctx.assessment.currency);
        std::string kind = i.kind == "segment_objective" ? "segment objective"
                           : i.kind == "kpi"             ? "KPI"
                                                         : i.kind;
        items.rows.push_back(
            {std::string(reset::changeKindName(i.change)), kind, itemName(*from, ctx, i), fields});
    }
    s.blocks.push_back(std::move(items));
    for (auto& block : actionsSince(*from, ctx.cycle)) s.blocks.push_back(std::move(block));
    return s;
}

}  // namespace crm::report
