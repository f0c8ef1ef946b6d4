// Field lists of workshop mode (participants, ratings, consensus, evidence, scope, parking lot,
// agenda, time on steps without a slot).
#include "engine/model/descriptor.h"
#include "engine/model/field_builders.h"

namespace crm {

namespace {
// Items a rating, a note or a scope mark can be attached to.
constexpr std::string_view kRatedKinds = "capability|attribute|pain";
constexpr std::string_view kAnyItem =
    "objective|priority|metric|source|pain|attribute|segment|segment_objective|milestone|treatment|"
    "kpi|"
    "capability|resource|learning|goal_plan|decision|outward|inward";
}  // namespace

std::vector<EntityDescriptor> buildWorkshopDescriptors() {
    using namespace fields;
    auto make = [](std::string_view kind, std::string_view table, std::string_view jsonKey,
                   std::string_view label) {
        return kindOf(kind, table, jsonKey, label, kWorkshopStep);
    };
    std::vector<EntityDescriptor> all;

    auto participant = make("participant", "participant", "participants", "Participant");
    participant.fields = {text("name", "Name", &Participant::name, true),
                          text("role", "Role", &Participant::role),
                          text("department", "Department", &Participant::department),
                          choice("perspective", "Internal or external", &Participant::perspective)};
    bindList(participant, &Cycle::participants);
    all.push_back(std::move(participant));

    auto vote = make("rating", "rating", "ratings", "Rating");
    vote.fields = {
        reference("item_id", "Item", &Rating::itemId, kRatedKinds, true),
        choice("dimension", "Dimension", &Rating::dimension),
        reference("participant_id", "Participant", &Rating::participantId, "participant", true),
        rating("value", "Rating (1-5)", &Rating::value)};
    bindList(vote, &Cycle::ratings);
    all.push_back(std::move(vote));

    auto consensus = make("consensus", "consensus_value", "consensus", "Agreed value");
    consensus.fields = {reference("item_id", "Item", &ConsensusValue::itemId, kRatedKinds, true),
                        choice("dimension", "Dimension", &ConsensusValue::dimension),
                        rating("value", "Agreed value (1-5)", &ConsensusValue::value),
                        text("reason", "Why", &ConsensusValue::reason, true)};
    bindList(consensus, &Cycle::consensus);
    all.push_back(std::move(consensus));

    auto evidence = make("evidence", "evidence_note", "evidence", "Evidence or note");
    evidence.fields = {reference("item_id", "Item", &EvidenceNote::itemId, kAnyItem, true),
                       longText("text", "Note", &EvidenceNote::text),
                       text("source", "Source", &EvidenceNote::source),
                       text("file_reference", "Attached file", &EvidenceNote::fileReference),
                       flag("to_review", "To review", &EvidenceNote::toReview)};
    bindList(evidence, &Cycle::evidence);
    all.push_back(std::move(evidence));

    auto exclusion = make("exclusion", "scope_exclusion", "exclusions", "Not applicable");
    exclusion.fields = {reference("item_id", "Item", &ScopeExclusion::itemId, kAnyItem, true),
                        text("reason", "Reason", &ScopeExclusion::reason, true)};
    bindList(exclusion, &Cycle::exclusions);
    all.push_back(std::move(exclusion));

    auto parking = make("parking", "parking_lot_item", "parking_lot", "Parking lot item");
    parking.fields = {integer("step", "Step", &ParkingLotItem::step, 1, kResetStep),
                      longText("text", "Question or idea", &ParkingLotItem::text),
                      text("raised_by", "Raised by", &ParkingLotItem::raisedBy),
                      flag("closed", "Closed", &ParkingLotItem::closed),
                      text("resolution", "Resolution", &ParkingLotItem::resolution)};
    bindList(parking, &Cycle::parkingLot);
    all.push_back(std::move(parking));

    auto agenda = make("agenda", "agenda_slot", "agenda", "Agenda slot");
    agenda.fields = {
        integer("step", "Step", &AgendaSlot::step, 1, kResetStep),
        integer("planned_minutes", "Planned minutes", &AgendaSlot::plannedMinutes, 0, 24 * 60),
        integer("spent_seconds", "Time spent", &AgendaSlot::spentSeconds, 0, std::nullopt)};
    bindList(agenda, &Cycle::agenda);
    all.push_back(std::move(agenda));

    auto stepTime = make("step_time", "step_time", "step_times", "Time on a step");
    stepTime.fields = {
        integer("step", "Step", &StepTime::step, 1, kResetStep),
        integer("spent_seconds", "Time spent", &StepTime::spentSeconds, 0, std::nullopt)};
    bindList(stepTime, &Cycle::stepTimes);
    all.push_back(std::move(stepTime));
    return all;
}

}  // namespace crm
