#pragma once
// The entities of the ten steps. Every list item has a stable id (unique in the document) and
// the id of the item it was copied from in the previous cycle, so cycles can be compared.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/choices.h"
#include "engine/model/field_value.h"
#include "engine/model/money.h"

namespace crm {

struct Entity {
    EntityId id;
    EntityId originId;  // the same item in the previous cycle; empty when new this cycle
};

// Step 1: business strategy
struct CorporateObjective : Entity {
    std::string name;
    std::string target;  // the measurable target in words, e.g. "+8% revenue"
    std::optional<double> targetValue;
    std::string unit;
    std::optional<Date> horizon;
};
struct StrategicPriority : Entity {
    std::string text;
};
struct StrategyStatement : Entity {  // one per cycle; id = cycle id
    std::string businessModel;       // how the firm makes money
    std::string customerDefinition;  // who the customer is
    std::string valueProposition;
};

// Step 2: metrics used today by customer-facing departments
struct CurrentMetric : Entity {
    Department department = Department::Sales;
    std::string name;
    std::string catalogKey;
    std::string unit;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baseline;
    std::optional<Date> baselineDate;
    std::string source;
    std::string owner;
};

// Step 3: customer pain
struct InputSource : Entity {
    InputSourceKind kind = InputSourceKind::Survey;
    Voice voice = Voice::Customers;
    std::string description;
    std::optional<Date> heldOn;
    std::optional<std::int64_t> sampleSize;
};
struct PainPoint : Entity {
    std::string description;
    EntityId sourceId;  // InputSource
    Voice voice = Voice::Customers;
    std::vector<EntityId> segmentIds;
    std::optional<std::int64_t> severity;   // 1..5
    std::optional<std::int64_t> frequency;  // 1..5
    std::optional<std::int64_t> reach;      // 1..5
};

// Step 4: relationship state (one per cycle; id = cycle id)
struct RelationshipState : Entity {
    std::optional<std::int64_t> promoters, passives, detractors;
    std::optional<std::int64_t> csatSatisfied, csatResponses;
    std::optional<double> oneTimeSharePct, repeatSharePct, advancedSharePct;
    std::optional<std::int64_t> customerFocusRating;      // 1..5, the organisation's own view
    std::optional<std::int64_t> selfRatedExperience;      // 1..10, what we think we deliver
    std::optional<std::int64_t> customerRatedExperience;  // 1..10, what customers report
    std::string notes;
};

// Step 5: what matters to customers (one rating of one attribute for one segment)
struct AttributeRating : Entity {
    std::string attribute;
    std::string catalogKey;
    EntityId segmentId;                       // empty = all customers
    std::optional<std::int64_t> importance;   // 1..5
    std::optional<std::int64_t> performance;  // 1..5
};

// Step 6: segments and their objectives
struct Segment : Entity {
    std::string name;
    std::string description;
    std::optional<std::int64_t> customers;
    std::optional<Money> revenue;
    std::optional<double> marginPct;
    std::optional<double> growthPct;
    std::optional<std::int64_t> strategicFit;  // 1..5
    std::optional<Money> customerValue;        // average value per customer, from data
};
struct SegmentObjective : Entity {
    EntityId segmentId;
    ObjectiveKind kind = ObjectiveKind::Acquisition;
    std::string description;
    std::string measure;
    std::string unit;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<Date> targetDate;
};
// An interim checkpoint of a segment objective or of a KPI.
struct Milestone : Entity {
    EntityId ownerId;  // SegmentObjective or Kpi
    std::optional<Date> due;
    std::optional<double> target;
    std::optional<double> actual;
    std::string note;
};

// Step 7: treatment per segment
struct SegmentTreatment : Entity {
    EntityId segmentId;
    std::string intendedExperience;
    std::string products;
    std::string pricing;
    std::string communications;
    std::string service;
    std::vector<EntityId> addressedPainIds;
};

// Step 8: monitoring KPIs
struct Kpi : Entity {
    std::string name;
    EntityId metricId;  // optional link to a current metric of step 2
    MeasureLevel level = MeasureLevel::Strategy;
    MeasureKind kind = MeasureKind::Objective;
    Perspective perspective = Perspective::External;
    std::string unit;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baseline;
    std::optional<Date> baselineDate;
    std::optional<double> target;
    std::optional<Date> targetDate;
    std::optional<double> current;
    std::optional<Date> currentDate;
    std::string owner;
    Cadence cadence = Cadence::Monthly;
};

// Step 9: which KPI serves which corporate objective
struct AlignmentLink : Entity {
    EntityId kpiId;
    EntityId objectiveId;
};

// Step 10: capabilities
struct CapabilityRating : Entity {
    std::string areaKey;  // catalog key: vision, strategy, ..., data_quality
    std::string name;
    CapabilityGroup group = CapabilityGroup::BuildingBlock;
    std::optional<std::int64_t> current;     // 1..5
    std::optional<std::int64_t> target;      // 1..5
    std::optional<std::int64_t> importance;  // 1..5
    std::string notes;
};
struct ResourceRequirement : Entity {
    ResourceCategory category = ResourceCategory::People;
    std::string description;
    std::optional<Money> initialCost;
    std::optional<Money> ongoingCostPerYear;
    std::string owner;
};
struct LearningMethod : Entity {
    std::string whatToLearn;
    std::string source;
    Cadence refresh = Cadence::Quarterly;
    std::string retireWhen;
    std::string owner;
};
// Ties a corporate objective to the work plans and compensation that carry it.
struct GoalPlanLink : Entity {
    EntityId objectiveId;
    std::string workPlan;
    std::string owner;
    std::string compensationLink;
    std::optional<Date> reviewDate;
};

// Annual reset (not a wizard step: the reset flow of a later cycle).
// Outward phase: a measure of the customer experience or buying pattern, this year vs last.
struct OutwardObservation : Entity {
    std::string measure;  // e.g. "Referrals per quarter"
    MeasureKind kind = MeasureKind::Objective;
    MeasureLevel level = MeasureLevel::Strategy;
    std::optional<double> lastYear;
    std::optional<double> thisYear;
    std::optional<double> target;
    Direction direction = Direction::HigherIsBetter;
    std::string note;
};
// Inward phase: how well one department understands and applies the strategy.
struct InwardFinding : Entity {
    std::string department;
    InwardMethod method = InwardMethod::Survey;
    std::optional<std::int64_t> respondents;
    std::optional<std::int64_t> understanding;  // 1..5
    std::optional<std::int64_t> application;    // 1..5
    std::string driftNoticed;                   // where practice has moved away from the plan
};
// Reset phase: keep / change / drop for an objective, KPI or treatment, or a new item.
struct ResetDecision : Entity {
    EntityId
        subjectId;  // objective, segment objective, KPI or treatment of this cycle; empty for "add"
    ResetDecisionKind decision = ResetDecisionKind::Keep;
    std::string change;  // what changes, or the new item
    std::string reason;
};
// A reset or preparation meeting in the calendar.
struct ScheduledEvent : Entity {
    EventKind kind = EventKind::Reset;
    std::string title;
    std::optional<Date> day;
    std::string startTime;  // HH:MM, local time
    std::optional<std::int64_t> durationMinutes;
    std::string location;
    std::string attendees;  // comma-separated names or e-mail addresses
    std::string agenda;
};

// Workshop mode: many voices in one room.
struct Participant : Entity {
    std::string name;
    std::string role;
    std::string department;
    Perspective perspective = Perspective::Internal;  // internal staff or external guest
};
// One participant's rating of one item on one dimension (e.g. capability "vision", current).
struct Rating : Entity {
    EntityId itemId;  // capability, attribute or pain point
    RatingDimension dimension = RatingDimension::Current;
    EntityId participantId;
    std::optional<std::int64_t> value;  // 1..5
};
// The value the room agreed on for an item and dimension, and why.
struct ConsensusValue : Entity {
    EntityId itemId;
    RatingDimension dimension = RatingDimension::Current;
    std::optional<std::int64_t> value;  // 1..5
    std::string reason;
};
struct EvidenceNote : Entity {
    EntityId itemId;
    std::string text;
    std::string source;
    std::string fileReference;
    bool toReview = false;
};
// An item marked "not applicable": left out of every score's denominator.
struct ScopeExclusion : Entity {
    EntityId itemId;
    std::string reason;
};
struct ParkingLotItem : Entity {
    std::optional<std::int64_t> step;  // 1..10, 11 = annual reset
    std::string text;
    std::string raisedBy;
    bool closed = false;
    std::string resolution;
};
struct AgendaSlot : Entity {
    std::optional<std::int64_t> step;  // 1..11
    std::optional<std::int64_t> plannedMinutes;
    std::optional<std::int64_t> spentSeconds;  // kept for the record by the step timer
};
// Time the step timer counted on a step that has no agenda slot; with a slot it goes there.
struct StepTime : Entity {
    std::optional<std::int64_t> step;  // 1..11
    std::optional<std::int64_t> spentSeconds;
};

// Deliverables: what the report and the action plan carry beyond the ten steps.
// A tracked action, usually drafted from a recommendation, carried into the next cycle until
// done or dropped.
struct ActionItem : Entity {
    std::string title;
    std::string findingId;  // the finding of the recommendation it came from; empty when typed
    std::string owner;
    std::optional<Date> due;
    ActionStatus status = ActionStatus::NotStarted;
    EntityId kpiId;        // the KPI that shows it worked
    EntityId objectiveId;  // the corporate objective it serves
    EntityId resourceId;   // the resource of step 10 that pays for it
    std::optional<Money> cost;
    std::string note;
};
// The facilitator's own words for one report section; a small Markdown subset (rich_text.h).
struct SectionNarrative : Entity {
    ReportPart part = ReportPart::Summary;
    std::string text;
};
// The report's cover page. One per cycle; id = cycle id.
struct ReportCover : Entity {
    std::string title;  // empty: "CRM strategy report"
    std::string preparedFor;
    std::string preparedBy;
    std::string confidentiality;  // e.g. "Confidential: board members only"
    std::string logo;             // a data URI (PNG or JPEG, base64); empty for none
};
// One line of the sign-off block at the end of the report.
struct SignOff : Entity {
    std::string name;
    std::string role;
    std::optional<Date> signedOn;
};

}  // namespace crm
