#pragma once
// The action plan of a cycle as rows, one per action, for the spreadsheet and CSV exports.
// An action is what step 10 assigns to an owner: a work plan carrying a corporate objective,
// a resource to put in place, a learning method to run. Qt-free.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/model/cycle.h"

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

// Work plans, then resources, then learning methods, each in the cycle's order.
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

}  // namespace crm::report
