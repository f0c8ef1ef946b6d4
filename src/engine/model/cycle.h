#pragma once
// One yearly pass through the ten steps. An assessment holds several cycles.
#include <string>
#include <vector>

#include "engine/model/entities.h"

namespace crm {

struct Cycle {
    EntityId id;
    std::string name;                    // e.g. "2026"
    std::optional<Date> assessmentDate;  // the "today" that milestones are judged against
    EntityId previousCycleId;            // the cycle this one was copied from

    StrategyStatement statement;                      // step 1
    std::vector<CorporateObjective> objectives;       // step 1
    std::vector<StrategicPriority> priorities;        // step 1
    std::vector<CurrentMetric> metrics;               // step 2
    std::vector<InputSource> inputSources;            // step 3
    std::vector<PainPoint> painPoints;                // step 3
    RelationshipState relationship;                   // step 4
    std::vector<AttributeRating> attributes;          // step 5
    std::vector<Segment> segments;                    // step 6
    std::vector<SegmentObjective> segmentObjectives;  // step 6
    std::vector<Milestone> milestones;                // steps 6 and 8
    std::vector<SegmentTreatment> treatments;         // step 7
    std::vector<Kpi> kpis;                            // step 8
    std::vector<AlignmentLink> alignment;             // step 9
    std::vector<CapabilityRating> capabilities;       // step 10
    std::vector<ResourceRequirement> resources;       // step 10
    std::vector<LearningMethod> learningMethods;      // step 10
    std::vector<GoalPlanLink> goalPlans;              // step 10

    std::vector<OutwardObservation> outward;  // reset: outward phase
    std::vector<InwardFinding> inward;        // reset: inward phase
    std::vector<ResetDecision> decisions;     // reset: decisions
    std::vector<ScheduledEvent> schedule;     // next resets and their preparation

    std::vector<Participant> participants;  // workshop mode
    std::vector<Rating> ratings;
    std::vector<ConsensusValue> consensus;
    std::vector<EvidenceNote> evidence;
    std::vector<ScopeExclusion> exclusions;
    std::vector<ParkingLotItem> parkingLot;
    std::vector<AgendaSlot> agenda;
    std::vector<StepTime> stepTimes;  // time on steps without an agenda slot

    std::vector<ActionItem> actions;  // deliverables: the tracked action plan
    ReportCover cover;
    std::vector<SectionNarrative> narratives;
    std::vector<SignOff> signOffs;
};

}  // namespace crm
