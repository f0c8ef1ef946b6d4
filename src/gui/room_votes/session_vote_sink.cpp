#include "gui/room_votes/session_vote_sink.h"

#include <stdexcept>

#include "engine/model/choices.h"
#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"

namespace crm::gui {

namespace {

[[noreturn]] void notSaved() { throw std::runtime_error("the document refused the vote"); }

}  // namespace

const Cycle& SessionVoteSink::cycle() const {
    if (session_.isOpen())
        for (const auto& c : session_.assessment().cycles)
            if (c.id == cycleId_) return c;
    throw std::runtime_error("the round's cycle is gone");
}

EntityId SessionVoteSink::addParticipant(const std::string& name) {
    const EntityDescriptor& kind = *findDescriptor("participant");
    const auto id = session_.applyInsert(cycleId_, kind, cycle().participants.size(),
                                         makeRecord(kind, {{"name", name}}));
    if (!id) notSaved();
    return *id;
}

void SessionVoteSink::beginGroup() {
    if (!session_.runOnDocument([](store::Document& d) { d.beginGroup(); })) notSaved();
}

void SessionVoteSink::commitGroup() {
    if (session_.runOnDocument([](store::Document& d) { d.commitGroup(); })) return;
    // The document went back to the file's content: every view reads it again.
    if (session_.isOpen()) session_.announceCycles(session_.cycleId());
    notSaved();
}

void SessionVoteSink::recordVote(const EntityId& participantId, const room_votes::RoundItem& item,
                                 std::optional<std::int64_t> rating) {
    const EntityDescriptor& kind = *findDescriptor("rating");
    const Rating* existing = findVote(cycle(), item.itemId, item.dimension, participantId);
    if (!rating) {
        if (existing && !session_.applyRemove(cycleId_, kind, existing->id)) notSaved();
        return;
    }
    if (existing) {
        if (existing->value != rating &&
            !session_.applyField(cycleId_, kind, existing->id, "value", *rating))
            notSaved();
        return;
    }
    const auto id = session_.applyInsert(
        cycleId_, kind, cycle().ratings.size(),
        makeRecord(kind, {{"item_id", item.itemId},
                          {"dimension", std::string(choiceKey(item.dimension))},
                          {"participant_id", participantId},
                          {"value", *rating}}));
    if (!id) notSaved();
}

}  // namespace crm::gui
