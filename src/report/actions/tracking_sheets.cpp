// The KPI and milestone sheets of the action plan workbook.
#include "engine/model/choices.h"
#include "report/actions/action_plan.h"
#include "report/actions/plan_cells.h"

namespace crm::report {
namespace {

std::string servedObjectives(const Cycle& cycle, const EntityId& kpiId) {
    std::string names;
    for (const auto& link : cycle.alignment) {
        if (link.kpiId != kpiId) continue;
        for (const auto& objective : cycle.objectives)
            if (objective.id == link.objectiveId)
                names += (names.empty() ? "" : "; ") + objective.name;
    }
    return names;
}

PlanSheet kpiSheet(const Cycle& cycle) {
    using T = ActionColumnType;
    PlanSheet sheet{"KPIs",
                    {{"KPI", T::LongText, 32},
                     {"Owner", T::Text, 22},
                     {"Unit", T::LongText, 10},
                     {"Direction", T::Text, 16},
                     {"Baseline", T::Number, 10},
                     {"Baseline date", T::Date, 12},
                     {"Target", T::Number, 10},
                     {"Target date", T::Date, 12},
                     {"Current", T::Number, 10},
                     {"Measured on", T::Date, 12},
                     {"Review cadence", T::Text, 12},
                     {"Serves objectives", T::LongText, 36}},
                    {}};
    for (const auto& k : cycle.kpis)
        sheet.rows.push_back(
            {cellOf(k.name), cellOf(k.owner), cellOf(k.unit), std::string(choiceLabel(k.direction)),
             cellOf(k.baseline), cellOf(k.baselineDate), cellOf(k.target), cellOf(k.targetDate),
             cellOf(k.current), cellOf(k.currentDate), std::string(choiceLabel(k.cadence)),
             cellOf(servedObjectives(cycle, k.id))});
    return sheet;
}

PlanSheet milestoneSheet(const Cycle& cycle) {
    using T = ActionColumnType;
    PlanSheet sheet{"Milestones",
                    {{"Objective or KPI", T::LongText, 40},
                     {"Kind", T::Text, 16},
                     {"Due", T::Date, 12},
                     {"Target", T::Number, 10},
                     {"Actual", T::Number, 10},
                     {"Note", T::LongText, 30}},
                    {}};
    for (const auto& m : cycle.milestones) {
        std::string owner = m.ownerId, kind;
        for (const auto& k : cycle.kpis)
            if (k.id == m.ownerId) owner = k.name, kind = "KPI";
        for (const auto& o : cycle.segmentObjectives)
            if (o.id == m.ownerId) owner = o.description, kind = "Segment objective";
        sheet.rows.push_back({cellOf(owner), cellOf(kind), cellOf(m.due), cellOf(m.target),
                              cellOf(m.actual), cellOf(m.note)});
    }
    return sheet;
}

}  // namespace

std::vector<PlanSheet> trackingSheets(const Cycle& cycle) {
    return {kpiSheet(cycle), milestoneSheet(cycle)};
}

}  // namespace crm::report
