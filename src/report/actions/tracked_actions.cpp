// The workbook's own sheets: the tracked actions and the capability gaps they are meant to close.
#include "engine/assessment/capability_gaps.h"
#include "engine/deliverables/action_drafts.h"
#include "engine/model/choices.h"
#include "report/actions/action_plan.h"
#include "report/actions/plan_cells.h"

namespace crm::report {
namespace {

template <typename T>
ActionCell numberOf(const std::optional<T>& value) {
    if (value) return static_cast<double>(*value);
    return std::monostate{};
}

}  // namespace

PlanSheet trackedActionsSheet(const Cycle& cycle) {
    using T = ActionColumnType;
    PlanSheet sheet{"Actions",
                    {{"ID", T::Text, 9},
                     {"Action", T::LongText, 36},
                     {"Status", T::Text, 11},
                     {"Owner", T::LongText, 16},
                     {"Due", T::Date, 11},
                     {"KPI", T::LongText, 22},
                     {"Objective", T::LongText, 20},
                     {"Paid from", T::LongText, 22},
                     {"Cost", T::Money, 11},
                     {"Progress note", T::LongText, 30},
                     {"From finding", T::LongText, 16}},
                    {}};
    for (const auto& a : cycle.actions)
        sheet.rows.push_back(
            {cellOf(a.id), cellOf(a.title), std::string(choiceLabel(a.status)), cellOf(a.owner),
             cellOf(a.due), cellOf(linkedName(cycle.kpis, a.kpiId, &Kpi::name)),
             cellOf(linkedName(cycle.objectives, a.objectiveId, &CorporateObjective::name)),
             cellOf(linkedName(cycle.resources, a.resourceId, &ResourceRequirement::description)),
             cellOf(deliverables::effectiveCost(cycle, a)), cellOf(a.note), cellOf(a.findingId)});
    return sheet;
}

PlanSheet capabilityGapsSheet(const Cycle& cycle, const MethodologyProfile& profile) {
    using T = ActionColumnType;
    PlanSheet sheet{"Capability gaps",
                    {{"Capability", T::LongText, 30},
                     {"Group", T::Text, 18},
                     {"Current", T::Number, 9},
                     {"Target", T::Number, 9},
                     {"Importance", T::Number, 11},
                     {"Gap", T::Number, 8},
                     {"Weighted gap", T::Number, 13},
                     {"Reason", T::LongText, 60}},
                    {}};
    for (const auto& g : assessment::scoreCapabilities(cycle, profile).gaps)
        sheet.rows.push_back({cellOf(g.name), std::string(choiceLabel(g.group)),
                              numberOf(g.current), numberOf(g.target), g.importance, cellOf(g.gap),
                              cellOf(g.weightedGap.value), cellOf(g.weightedGap.reason)});
    return sheet;
}

std::vector<PlanSheet> actionPlanWorkbook(const Cycle& cycle, const MethodologyProfile& profile) {
    std::vector<PlanSheet> sheets{trackedActionsSheet(cycle)};
    for (auto& sheet : trackingSheets(cycle)) sheets.push_back(std::move(sheet));
    sheets.push_back(capabilityGapsSheet(cycle, profile));
    sheets.push_back(stepTenPlanSheet(cycle));
    return sheets;
}

}  // namespace crm::report
