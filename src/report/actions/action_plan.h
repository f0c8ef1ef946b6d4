#pragma once
// The action plan of a cycle as typed sheets for the spreadsheet and CSV exports: the tracked
// actions (ActionItem) first, then what to track them against (KPIs, milestones, capability
// gaps) and step 10's own plan (work plans, resources, learning methods). Qt-free.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::report {

enum class ActionKind { WorkPlan, Resource, Learning };

struct ActionRow {
    std::string id{};
    ActionKind kind = ActionKind::WorkPlan;
    std::string action{};     // the work plan, requirement or what to learn
    std::string objective{};  // the corporate objective a work plan serves
    std::string category{};   // resource category or learning refresh cadence
    std::string owner{};
    std::optional<Date> reviewDate{};
    std::optional<Money> initialCost{};
    std::optional<Money> ongoingCostPerYear{};
    std::string note{};  // tie to compensation, or when to retire learnt data
};

// A cell keeps its type so a spreadsheet gets dates as dates and amounts as numbers.
using ActionCell = std::variant<std::monostate, std::string, Money, Date, double>;

enum class ActionColumnType { Text, LongText, Date, Money, Number };
struct ActionColumn {
    std::string_view header;
    ActionColumnType type;
    double width;  // in characters, for the spreadsheet
};

std::string_view actionKindLabel(ActionKind kind);  // "Work plan", "Resource", "Learning"

// Step 10's plan: work plans, then resources, then learning methods, each in the cycle's order.
std::vector<ActionRow> actionPlanRows(const Cycle& cycle);
const std::vector<ActionColumn>& actionPlanColumns();
std::vector<ActionCell> actionPlanCells(const ActionRow& row);  // one per column

// A further sheet of the workbook, to track the plan against: columns and typed rows.
struct PlanSheet {
    std::string name{};
    std::vector<ActionColumn> columns{};
    std::vector<std::vector<ActionCell>> rows{};
};
// "KPIs" (baseline, target, current, the objectives each serves) and "Milestones" (the
// checkpoints of KPIs and segment objectives), in the cycle's order.
std::vector<PlanSheet> trackingSheets(const Cycle& cycle);

// "Actions": one row per tracked action in the cycle's order, its links shown by name and its
// cost as deliverables::effectiveCost (own cost, else the paying resource's initial cost).
PlanSheet trackedActionsSheet(const Cycle& cycle);
// "Step 10 plan": actionPlanRows() under actionPlanColumns().
PlanSheet stepTenPlanSheet(const Cycle& cycle);
// "Capability gaps": every capability of the cycle as the assessment engine scores it
// (assessment::scoreCapabilities), largest weighted gap first, unrated last.
PlanSheet capabilityGapsSheet(const Cycle& cycle, const MethodologyProfile& profile);

// The whole workbook: Actions, KPIs, Milestones, Capability gaps, Step 10 plan.
std::vector<PlanSheet> actionPlanWorkbook(const Cycle& cycle, const MethodologyProfile& profile);

}  // namespace crm::report
