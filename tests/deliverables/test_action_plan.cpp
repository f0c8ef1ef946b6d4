// The action plan rows and their CSV, checked against text written out by hand.
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
    CHECK(actionPlanCsv(actionPlanRows(tinyPlan())) == expected);
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
