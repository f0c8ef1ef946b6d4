#include "report/actions/action_plan.h"

#include "engine/model/choices.h"
#include "report/actions/plan_cells.h"

namespace crm::report {

std::string_view actionKindLabel(ActionKind kind) {
    switch (kind) {
        case ActionKind::WorkPlan:
            return "Work plan";
        case ActionKind::Resource:
            return "Resource";
        case ActionKind::Learning:
            return "Learning";
    }
    return "Work plan";
}

std::vector<ActionRow> actionPlanRows(const Cycle& cycle) {
    std::vector<ActionRow> rows;
    for (const auto& plan : cycle.goalPlans) {
        ActionRow row;
        row.id = plan.id;
        row.kind = ActionKind::WorkPlan;
        row.action = plan.workPlan;
        row.objective = linkedName(cycle.objectives, plan.objectiveId, &CorporateObjective::name);
        row.owner = plan.owner;
        row.reviewDate = plan.reviewDate;
        row.note = plan.compensationLink;
        rows.push_back(std::move(row));
    }
    for (const auto& resource : cycle.resources) {
        ActionRow row;
        row.id = resource.id;
        row.kind = ActionKind::Resource;
        row.action = resource.description;
        row.category = std::string(choiceLabel(resource.category));
        row.owner = resource.owner;
        row.initialCost = resource.initialCost;
        row.ongoingCostPerYear = resource.ongoingCostPerYear;
        rows.push_back(std::move(row));
    }
    for (const auto& learning : cycle.learningMethods) {
        ActionRow row;
        row.id = learning.id;
        row.kind = ActionKind::Learning;
        row.action = learning.whatToLearn;
        row.category = std::string(choiceLabel(learning.refresh));
        row.owner = learning.owner;
        row.note = learning.retireWhen.empty() ? "" : "Retire when: " + learning.retireWhen;
        rows.push_back(std::move(row));
    }
    return rows;
}

const std::vector<ActionColumn>& actionPlanColumns() {
    static const std::vector<ActionColumn> columns{
        {"ID", ActionColumnType::Text, 10},
        {"Type", ActionColumnType::Text, 11},
        {"Action", ActionColumnType::LongText, 50},
        {"Corporate objective", ActionColumnType::LongText, 30},
        {"Category / refresh", ActionColumnType::Text, 18},
        {"Owner", ActionColumnType::Text, 22},
        {"Review date", ActionColumnType::Date, 12},
        {"Initial cost", ActionColumnType::Money, 13},
        {"Ongoing cost / year", ActionColumnType::Money, 13},
        {"Note", ActionColumnType::LongText, 40},
    };
    return columns;
}

std::vector<ActionCell> actionPlanCells(const ActionRow& row) {
    return {cellOf(row.id),
            std::string(actionKindLabel(row.kind)),
            cellOf(row.action),
            cellOf(row.objective),
            cellOf(row.category),
            cellOf(row.owner),
            cellOf(row.reviewDate),
            cellOf(row.initialCost),
            cellOf(row.ongoingCostPerYear),
            cellOf(row.note)};
}

PlanSheet stepTenPlanSheet(const Cycle& cycle) {
    PlanSheet sheet{"Step 10 plan", actionPlanColumns(), {}};
    for (const auto& row : actionPlanRows(cycle)) sheet.rows.push_back(actionPlanCells(row));
    return sheet;
}

}  // namespace crm::report
