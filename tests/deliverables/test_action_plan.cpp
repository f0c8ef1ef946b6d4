// The action plan's sheets and their CSV, checked against text written out by hand.
#include <catch2/catch.hpp>

#include "report/actions/action_plan_files.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;

namespace {

Cycle tinyPlan() {
    Cycle cycle;
    CorporateObjective objective;
    objective.id = "obj-1";
    objective.name = "Grow margin, not volume";
    cycle.objectives.push_back(objective);

    GoalPlanLink plan;
    plan.id = "gp-1";
    plan.objectiveId = "obj-1";
    plan.workPlan = "Review price lists, then \"hold\" discounts";
    plan.owner = "Finance, Sales";
    plan.compensationLink = "Bonus on margin\nfrom Q3";
    plan.reviewDate = testing::day(2027, 3, 31);
    cycle.goalPlans.push_back(plan);

    ResourceRequirement resource;
    resource.id = "res-1";
    resource.category = ResourceCategory::Technology;
    resource.description = "=HYPERLINK(\"http://x.example\",\"click\")";
    resource.initialCost = Money{12500500};  // 12500.5
    resource.ongoingCostPerYear = Money{-250000};
    resource.owner = "@ops";
    cycle.resources.push_back(resource);
    return cycle;
}

}  // namespace

TEST_CASE("action plan rows come from work plans, resources and learning", "[actions]") {
    Cycle cycle = tinyPlan();
    LearningMethod learning;
    learning.id = "lm-1";
    learning.whatToLearn = "Why accounts leave";
    learning.owner = "Care desk lead";
    cycle.learningMethods.push_back(learning);
    const auto rows = actionPlanRows(cycle);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].kind == ActionKind::WorkPlan);
    CHECK(rows[0].objective == "Grow margin, not volume");
    CHECK(rows[1].kind == ActionKind::Resource);
    CHECK(rows[1].category == "Technology");
    CHECK(rows[2].kind == ActionKind::Learning);
    CHECK(rows[2].category == "Quarterly");  // LearningMethod's default refresh
    CHECK(actionPlanCells(rows[0]).size() == actionPlanColumns().size());
}

TEST_CASE("the action plan CSV quotes, doubles quotes and defuses formulas", "[actions][csv]") {
    const std::string expected =
        "ID,Type,Action,Corporate objective,Category / refresh,Owner,Review date,Initial cost,"
        "Ongoing cost / year,Note\r\n"
        "gp-1,Work plan,\"Review price lists, then \"\"hold\"\" discounts\",\"Grow margin, not "
        "volume\",,\"Finance, Sales\",2027-03-31,,,\"Bonus on margin\nfrom Q3\"\r\n"
        "res-1,Resource,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",,Technology,"
        "'@ops,,12500.5,-250,\r\n";
    CHECK(sheetCsv(stepTenPlanSheet(tinyPlan())) == expected);
}

TEST_CASE("csv fields: formula prefixes only on text, quoting only when needed", "[csv]") {
    CHECK(csvField("plain", true) == "plain");
    CHECK(csvField("+44 20 7946 0000", true) == "'+44 20 7946 0000");
    CHECK(csvField("-5", false) == "-5");  // a number stays a number
    CHECK(csvField("\t=1+2", true) == "'\t=1+2");
    CHECK(csvField("a\r\nb", true) == "\"a\r\nb\"");
    CHECK(csvField("", true).empty());
}

TEST_CASE("tracking sheets: KPIs with the objectives they serve, milestones named", "[actions]") {
    Cycle cycle = tinyPlan();
    Kpi kpi;
    kpi.id = "kpi-1";
    kpi.name = "Gross margin";
    kpi.baseline = 23.8;
    cycle.kpis.push_back(kpi);
    cycle.alignment.push_back({{"al-1", ""}, "kpi-1", "obj-1"});
    Milestone checkpoint;
    checkpoint.id = "ms-1";
    checkpoint.ownerId = "kpi-1";
    checkpoint.due = testing::day(2026, 6, 30);
    checkpoint.target = 24.5;
    cycle.milestones.push_back(checkpoint);

    const auto sheets = trackingSheets(cycle);
    REQUIRE(sheets.size() == 2);
    REQUIRE(sheets[0].rows.size() == 1);
    CHECK(std::get<double>(sheets[0].rows[0][4]) == 23.8);
    CHECK(std::get<std::string>(sheets[0].rows[0][11]) == "Grow margin, not volume");
    REQUIRE(sheets[1].rows.size() == 1);
    CHECK(std::get<std::string>(sheets[1].rows[0][0]) == "Gross margin");
    CHECK(std::get<std::string>(sheets[1].rows[0][1]) == "KPI");
    CHECK(std::get<crm::Date>(sheets[1].rows[0][2]) == testing::day(2026, 6, 30));
}

namespace {

// tinyPlan() plus a KPI and three tracked actions: one fully linked, one paid by the resource
// without its own cost, one pointing at a KPI that no longer exists.
Cycle trackedPlan() {
    Cycle cycle = tinyPlan();
    Kpi kpi;
    kpi.id = "kpi-1";
    kpi.name = "Gross margin";
    cycle.kpis.push_back(kpi);
    ActionItem linked;
    linked.id = "action-1";
    linked.title = "Publish the new price list";
    linked.status = ActionStatus::InProgress;
    linked.owner = "Finance";
    linked.due = testing::day(2027, 1, 15);
    linked.kpiId = "kpi-1";
    linked.objectiveId = "obj-1";
    linked.resourceId = "res-1";
    linked.cost = Money{750000};  // 750, its own cost wins over the resource's 12500.5
    linked.note = "Draft, out for review";
    linked.findingId = "f-kpi-1";
    cycle.actions.push_back(linked);
    ActionItem paid;
    paid.id = "action-2";
    paid.title = "+ one CRM seat";
    paid.status = ActionStatus::Blocked;
    paid.resourceId = "res-1";
    cycle.actions.push_back(paid);
    ActionItem dangling;
    dangling.id = "action-3";
    dangling.title = "Retire the old report";
    dangling.status = ActionStatus::Done;
    dangling.kpiId = "kpi-gone";
    cycle.actions.push_back(dangling);
    return cycle;
}

}  // namespace

TEST_CASE("actions sheet: one typed row per action, links by name, effective cost", "[actions]") {
    const PlanSheet sheet = trackedActionsSheet(trackedPlan());
    CHECK(sheet.name == "Actions");
    REQUIRE(sheet.columns.size() == 11);
    CHECK(sheet.columns[4].type == ActionColumnType::Date);
    CHECK(sheet.columns[8].type == ActionColumnType::Money);
    REQUIRE(sheet.rows.size() == 3);
    const auto& first = sheet.rows[0];
    CHECK(std::get<std::string>(first[2]) == "In progress");
    CHECK(std::get<crm::Date>(first[4]) == testing::day(2027, 1, 15));
    CHECK(std::get<std::string>(first[5]) == "Gross margin");
    CHECK(std::get<std::string>(first[6]) == "Grow margin, not volume");
    CHECK(std::get<std::string>(first[7]) == "=HYPERLINK(\"http://x.example\",\"click\")");
    CHECK(std::get<Money>(first[8]) == Money{750000});
    CHECK(std::get<Money>(sheet.rows[1][8]) == Money{12500500});      // the resource's initial cost
    CHECK(std::holds_alternative<std::monostate>(sheet.rows[1][3]));  // no owner: empty cell
    CHECK(std::get<std::string>(sheet.rows[2][5]) == "kpi-gone");     // dangling: the id
    CHECK(std::holds_alternative<std::monostate>(sheet.rows[2][8]));  // no cost, no resource
}

TEST_CASE("actions CSV: the sheet's columns, CRLF, formulas defused", "[actions][csv]") {
    const std::string expected =
        "ID,Action,Status,Owner,Due,KPI,Objective,Paid from,Cost,Progress note,From finding\r\n"
        "action-1,Publish the new price list,In progress,Finance,2027-01-15,Gross margin,"
        "\"Grow margin, not volume\",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",750,"
        "\"Draft, out for review\",f-kpi-1\r\n"
        "action-2,'+ one CRM "
        "seat,Blocked,,,,,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\","
        "12500.5,,\r\n"
        "action-3,Retire the old report,Done,,,kpi-gone,,,,,\r\n";
    CHECK(sheetCsv(trackedActionsSheet(trackedPlan())) == expected);
}

TEST_CASE("capability gaps sheet: the engine's gaps, largest weighted gap first", "[actions]") {
    Cycle cycle;
    CapabilityRating small, large, unrated;
    small.id = "cap-1";
    small.name = "Vision";
    small.current = 3;
    small.target = 4;
    small.importance = 2;  // gap 1 x 2 = 2
    large.id = "cap-2";
    large.name = "Data quality";
    large.group = CapabilityGroup::Readiness;
    large.current = 1;
    large.target = 4;  // no importance: the profile's default 3, so gap 3 x 3 = 9
    unrated.id = "cap-3";
    unrated.name = "Process";
    unrated.target = 5;
    cycle.capabilities = {small, large, unrated};
    const PlanSheet sheet = capabilityGapsSheet(cycle, MethodologyProfile{});
    REQUIRE(sheet.rows.size() == 3);
    CHECK(std::get<std::string>(sheet.rows[0][0]) == "Data quality");
    CHECK(std::get<std::string>(sheet.rows[0][1]) == "Readiness area");
    CHECK(std::get<double>(sheet.rows[0][4]) == 3.0);
    CHECK(std::get<double>(sheet.rows[0][5]) == 3.0);
    CHECK(std::get<double>(sheet.rows[0][6]) == 9.0);
    CHECK(std::get<std::string>(sheet.rows[1][0]) == "Vision");
    CHECK(std::get<double>(sheet.rows[1][6]) == 2.0);
    CHECK(std::get<std::string>(sheet.rows[2][0]) == "Process");
    CHECK(std::holds_alternative<std::monostate>(sheet.rows[2][2]));  // no current rating
    CHECK(std::holds_alternative<std::monostate>(sheet.rows[2][5]));
    CHECK(std::get<std::string>(sheet.rows[2][7]) == "'Process' has no current rating");
}

TEST_CASE("the workbook: actions first, then what they are tracked against", "[actions]") {
    std::vector<std::string> names;
    for (const auto& sheet : actionPlanWorkbook(trackedPlan(), MethodologyProfile{}))
        names.push_back(sheet.name);
    CHECK(names == std::vector<std::string>{"Actions", "KPIs", "Milestones", "Capability gaps",
                                            "Step 10 plan"});
}
