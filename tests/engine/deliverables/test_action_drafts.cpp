// draftActions / effectiveCost / isOpen (engine/deliverables/action_drafts.h) on a small cycle
// built here; every expected link is read off the cycle below.
#include <catch2/catch.hpp>

#include "engine/deliverables/action_drafts.h"

using namespace crm;
using namespace crm::deliverables;
using assessment::Recommendation;

namespace {

Date day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

// Objective obj-1 is served by kpi-1 (owner "Ana", target date 2027-06-30) and worked on by a
// goal plan owned by "Bo". kpi-2 has no owner and serves obj-2, whose plan is owned by "Cy".
// kpi-1 watches metric met-1; milestone ms-1 is a checkpoint of kpi-1, ms-2 of a segment
// objective. Resource res-1 costs 4000 up front.
Cycle sampleCycle() {
    Cycle cycle;
    cycle.id = "cyc-1";
    Kpi k1;
    k1.id = "kpi-1";
    k1.name = "Repeat rate";
    k1.owner = "Ana";
    k1.metricId = "met-1";
    k1.targetDate = day(2027, 6, 30);
    Kpi k2;
    k2.id = "kpi-2";
    k2.name = "Margin";
    cycle.kpis = {k1, k2};
    cycle.alignment = {{{"al-1", ""}, "kpi-1", "obj-1"}, {{"al-2", ""}, "kpi-2", "obj-2"}};
    GoalPlanLink p1;
    p1.id = "gp-1";
    p1.objectiveId = "obj-1";
    p1.owner = "Bo";
    GoalPlanLink p2;
    p2.id = "gp-2";
    p2.objectiveId = "obj-2";
    p2.owner = "Cy";
    cycle.goalPlans = {p1, p2};
    Milestone m1;
    m1.id = "ms-1";
    m1.ownerId = "kpi-1";
    Milestone m2;
    m2.id = "ms-2";
    m2.ownerId = "so-1";
    cycle.milestones = {m1, m2};
    ResourceRequirement r;
    r.id = "res-1";
    r.initialCost = Money{4000000};  // 4000
    cycle.resources = {r};
    return cycle;
}

Recommendation rec(std::string findingId, std::string itemKind, std::string itemId) {
    Recommendation r;
    r.findingId = std::move(findingId);
    r.itemKind = std::move(itemKind);
    r.itemId = std::move(itemId);
    r.action = "Do " + r.itemId;
    r.because = "Because of " + r.findingId;
    return r;
}

}  // namespace

TEST_CASE("a KPI's draft links the KPI, the objective it serves, its owner and date",
          "[deliverables][drafts]") {
    const auto drafts = draftActions(sampleCycle(), {rec("f-1", "kpi", "kpi-1")});
    REQUIRE(drafts.size() == 1);
    const ActionItem& a = drafts[0];
    CHECK(a.id.empty());  // the store gives the id
    CHECK(a.title == "Do kpi-1");
    CHECK(a.note == "Because of f-1");
    CHECK(a.findingId == "f-1");
    CHECK(a.kpiId == "kpi-1");
    CHECK(a.objectiveId == "obj-1");  // al-1
    CHECK(a.owner == "Ana");          // the KPI's owner before the plan's "Bo"
    CHECK(a.due == day(2027, 6, 30));
    CHECK(a.status == ActionStatus::NotStarted);
    CHECK(a.resourceId.empty());
    CHECK_FALSE(a.cost.has_value());
}

TEST_CASE("a KPI without an owner: the owner of the objective's goal plan",
          "[deliverables][drafts]") {
    const auto drafts = draftActions(sampleCycle(), {rec("f-2", "kpi", "kpi-2")});
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].objectiveId == "obj-2");
    CHECK(drafts[0].owner == "Cy");  // gp-2
    CHECK_FALSE(drafts[0].due.has_value());
}

TEST_CASE("milestones and metrics reach their KPI, objectives link themselves",
          "[deliverables][drafts]") {
    const auto drafts = draftActions(
        sampleCycle(), {rec("f-ms", "milestone", "ms-1"), rec("f-met", "metric", "met-1"),
                        rec("f-obj", "objective", "obj-2"), rec("f-so", "milestone", "ms-2"),
                        rec("f-seg", "segment", "seg-1")});
    REQUIRE(drafts.size() == 5);
    CHECK(drafts[0].kpiId == "kpi-1");  // ms-1 is a checkpoint of kpi-1
    CHECK(drafts[0].objectiveId == "obj-1");
    CHECK(drafts[1].kpiId == "kpi-1");  // kpi-1 watches met-1
    CHECK(drafts[1].owner == "Ana");
    CHECK(drafts[2].kpiId.empty());
    CHECK(drafts[2].objectiveId == "obj-2");
    CHECK(drafts[2].owner == "Cy");
    CHECK(drafts[3].kpiId.empty());  // ms-2 belongs to a segment objective, not a KPI
    CHECK(drafts[3].objectiveId.empty());
    CHECK(drafts[3].owner.empty());
    CHECK(drafts[4].kpiId.empty());  // nothing to link
    CHECK(drafts[4].title == "Do seg-1");
}

TEST_CASE("findings already tracked, repeated or missing are not drafted",
          "[deliverables][drafts]") {
    Cycle cycle = sampleCycle();
    ActionItem tracked;
    tracked.id = "action-1";
    tracked.findingId = "f-1";
    tracked.status = ActionStatus::Dropped;  // dropped still counts as tracked
    cycle.actions.push_back(tracked);
    const auto drafts = draftActions(cycle, {rec("f-1", "kpi", "kpi-1"), rec("f-2", "kpi", "kpi-2"),
                                             rec("f-2", "kpi", "kpi-2"), rec("", "kpi", "kpi-1")});
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].findingId == "f-2");

    for (auto draft : drafts) cycle.actions.push_back(draft);
    CHECK(draftActions(cycle, {rec("f-1", "kpi", "kpi-1"), rec("f-2", "kpi", "kpi-2")}).empty());
}

TEST_CASE("effective cost: the action's own, else the paying resource's initial cost",
          "[deliverables][cost]") {
    const Cycle cycle = sampleCycle();
    ActionItem a;
    CHECK_FALSE(effectiveCost(cycle, a).has_value());  // no cost, no resource
    a.resourceId = "res-1";
    CHECK(effectiveCost(cycle, a) == Money{4000000});
    a.cost = Money{250500};  // 250.5
    CHECK(effectiveCost(cycle, a) == Money{250500});
    ActionItem dangling;
    dangling.resourceId = "res-gone";
    CHECK_FALSE(effectiveCost(cycle, dangling).has_value());
    Cycle unpriced = cycle;
    unpriced.resources[0].initialCost.reset();
    CHECK_FALSE(effectiveCost(unpriced, dangling).has_value());
    ActionItem paidByUnpriced;
    paidByUnpriced.resourceId = "res-1";
    CHECK_FALSE(effectiveCost(unpriced, paidByUnpriced).has_value());
}

TEST_CASE("open means neither done nor dropped", "[deliverables]") {
    ActionItem a;
    for (auto [status, open] : {std::pair{ActionStatus::NotStarted, true},
                                {ActionStatus::InProgress, true},
                                {ActionStatus::Blocked, true},
                                {ActionStatus::Done, false},
                                {ActionStatus::Dropped, false}}) {
        a.status = status;
        CHECK(isOpen(a) == open);
    }
}
