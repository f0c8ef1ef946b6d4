// The KPI and milestone sheets of the action plan workbook.
#include "engine/model/choices.h"
#include "report/actions/action_plan.h"

namespace crm::report {
namespace {

template <typename T>
ActionCell cell(const std::optional<T>& value) {
    if (value) return *value;
    return std::monostate{};
}

ActionCell cell(const std::string& text) {
    if (text.empty()) return std::monostate{};
    return text;
}

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
                     {"Unit", T::Text, 8},
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
            {cell(k.name), cell(k.owner), cell(k.unit), std::string(choiceLabel(k.direction)),
             cell(k.baseline), cell(k.baselineDate), cell(k.target), cell(k.targetDate),
             cell(k.current), cell(k.currentDate), std::string(choiceLabel(k.cadence)),
             cell(servedObjectives(cycle, k.id))});
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
        sheet.rows.push_back(
            {cell(owner), cell(kind), cell(m.due), cell(m.target), cell(m.actual), cell(m.note)});
    }
    return sheet;
}

}  // namespace

std::vector<PlanSheet> trackingSheets(const Cycle& cycle) {
    return {kpiSheet(cycle), milestoneSheet(cycle)};
}

}  // namespace crm::report
