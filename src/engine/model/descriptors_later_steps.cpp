// Field lists of steps 6 to 10.
#include "engine/model/descriptor.h"
#include "engine/model/field_builders.h"

namespace crm {

std::vector<EntityDescriptor> buildLaterStepDescriptors() {
    using namespace fields;
    constexpr auto make = kindOf;
    std::vector<EntityDescriptor> all;

    auto segment = make("segment", "segment", "segments", "Segment", 6);
    segment.fields = {
        text("name", "Segment", &Segment::name, true),
        longText("description", "Description", &Segment::description),
        integer("customers", "Customers", &Segment::customers, 0, std::nullopt),
        money("revenue", "Revenue", &Segment::revenue),
        real("margin_pct", "Margin (%)", &Segment::marginPct),
        real("growth_pct", "Growth (%)", &Segment::growthPct),
        rating("strategic_fit", "Strategic fit (1-5)", &Segment::strategicFit),
        money("customer_value", "Value per customer (data)", &Segment::customerValue)};
    bindList(segment, &Cycle::segments);
    all.push_back(std::move(segment));

    using SO = SegmentObjective;
    auto segObjective = make("segment_objective", "segment_objective", "segment_objectives",
                             "Segment objective", 6);
    segObjective.fields = {reference("segment_id", "Segment", &SO::segmentId, "segment", true),
                           choice("kind", "Kind", &SO::kind),
                           text("description", "Objective", &SO::description, true),
                           text("measure", "Measure", &SO::measure),
                           text("unit", "Unit", &SO::unit),
                           choice("direction", "Direction", &SO::direction),
                           real("baseline", "Baseline", &SO::baseline),
                           real("target", "Target", &SO::target),
                           day("target_date", "Target date", &SO::targetDate)};
    bindList(segObjective, &Cycle::segmentObjectives);
    all.push_back(std::move(segObjective));

    auto milestone = make("milestone", "milestone", "milestones", "Milestone", 6);
    milestone.fields = {
        reference("owner_id", "Objective or KPI", &Milestone::ownerId, "segment_objective|kpi",
                  true),
        day("due", "Due", &Milestone::due), real("target", "Target", &Milestone::target),
        real("actual", "Actual", &Milestone::actual), text("note", "Note", &Milestone::note)};
    bindList(milestone, &Cycle::milestones);
    all.push_back(std::move(milestone));

    using ST = SegmentTreatment;
    auto treatment = make("treatment", "segment_treatment", "treatments", "Segment treatment", 7);
    treatment.fields = {
        reference("segment_id", "Segment", &ST::segmentId, "segment", true),
        longText("intended_experience", "Intended experience", &ST::intendedExperience),
        longText("products", "Products", &ST::products),
        longText("pricing", "Pricing", &ST::pricing),
        longText("communications", "Communications", &ST::communications),
        longText("service", "Service", &ST::service),
        referenceList("addressed_pain_ids", "Pain points addressed", &ST::addressedPainIds,
                      "pain")};
    bindList(treatment, &Cycle::treatments);
    all.push_back(std::move(treatment));

    auto kpi = make("kpi", "kpi", "kpis", "KPI", 8);
    kpi.fields = {text("name", "KPI", &Kpi::name, true),
                  reference("metric_id", "Current metric", &Kpi::metricId, "metric"),
                  choice("level", "Level", &Kpi::level),
                  choice("kind", "Kind", &Kpi::kind),
                  choice("perspective", "Perspective", &Kpi::perspective),
                  text("unit", "Unit", &Kpi::unit),
                  choice("direction", "Direction", &Kpi::direction),
                  real("baseline", "Baseline", &Kpi::baseline),
                  day("baseline_date", "Baseline date", &Kpi::baselineDate),
                  real("target", "Target", &Kpi::target),
                  day("target_date", "Target date", &Kpi::targetDate),
                  real("current", "Current value", &Kpi::current),
                  day("measured_on", "Measured on", &Kpi::currentDate),
                  text("owner", "Owner", &Kpi::owner),
                  choice("cadence", "Review cadence", &Kpi::cadence)};
    bindList(kpi, &Cycle::kpis);
    all.push_back(std::move(kpi));

    auto link = make("alignment", "alignment_link", "alignment", "Alignment link", 9);
    link.fields = {reference("kpi_id", "KPI", &AlignmentLink::kpiId, "kpi", true),
                   reference("objective_id", "Corporate objective", &AlignmentLink::objectiveId,
                             "objective", true)};
    bindList(link, &Cycle::alignment);
    all.push_back(std::move(link));

    using CR = CapabilityRating;
    auto capability = make("capability", "capability_rating", "capabilities", "Capability", 10);
    capability.fields = {catalogKey("area_key", &CR::areaKey),
                         text("name", "Capability", &CR::name, true),
                         choice("area_group", "Group", &CR::group),
                         rating("current", "Current (1-5)", &CR::current),
                         rating("target", "Target (1-5)", &CR::target),
                         rating("importance", "Importance (1-5)", &CR::importance),
                         text("notes", "Notes", &CR::notes)};
    bindList(capability, &Cycle::capabilities);
    all.push_back(std::move(capability));

    using RR = ResourceRequirement;
    auto resource =
        make("resource", "resource_requirement", "resources", "Resource requirement", 10);
    resource.fields = {
        choice("category", "Category", &RR::category),
        text("description", "Requirement", &RR::description, true),
        money("initial_cost", "Initial cost", &RR::initialCost),
        money("ongoing_cost_per_year", "Ongoing cost / year", &RR::ongoingCostPerYear),
        text("owner", "Owner", &RR::owner)};
    bindList(resource, &Cycle::resources);
    all.push_back(std::move(resource));

    using LM = LearningMethod;
    auto learning = make("learning", "learning_method", "learning_methods", "Learning method", 10);
    learning.fields = {text("what_to_learn", "What to learn", &LM::whatToLearn, true),
                       text("source", "Source", &LM::source),
                       choice("refresh", "Refresh", &LM::refresh),
                       text("retire_when", "Retire the data when", &LM::retireWhen),
                       text("owner", "Owner", &LM::owner)};
    bindList(learning, &Cycle::learningMethods);
    all.push_back(std::move(learning));

    using GP = GoalPlanLink;
    auto plan = make("goal_plan", "goal_plan_link", "goal_plans", "Goal-to-plan link", 10);
    plan.fields = {
        reference("objective_id", "Corporate objective", &GP::objectiveId, "objective", true),
        text("work_plan", "Work plan", &GP::workPlan), text("owner", "Owner", &GP::owner),
        text("compensation_link", "Tie to compensation", &GP::compensationLink),
        day("review_date", "Review date", &GP::reviewDate)};
    bindList(plan, &Cycle::goalPlans);
    all.push_back(std::move(plan));
    return all;
}

}  // namespace crm
