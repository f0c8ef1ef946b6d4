#include "room_votes/document_vote_sink.h"

#include <stdexcept>

namespace crm::room_votes {

const Cycle& DocumentVoteSink::cycle() const {
    for (const auto& c : document_.assessment().cycles)
        if (c.id == cycleId_) return c;
    throw std::runtime_error("the round's cycle is gone");
}

EntityId DocumentVoteSink::addParticipant(const std::string& name) {
    const EntityDescriptor& kind = *findDescriptor("participant");
    Participant person;
    person.name = name;
    return document_.insertItem(cycleId_, kind, cycle().participants.size(),
                                captureRecord(kind, person));
}

void DocumentVoteSink::recordVote(const EntityId& participantId, const RoundItem& item,
                                  std::optional<std::int64_t> rating) {
    const EntityDescriptor& kind = *findDescriptor("rating");
    const Rating* existing = nullptr;
    for (const auto& r : cycle().ratings)
        if (r.itemId == item.itemId && r.dimension == item.dimension &&
            r.participantId == participantId)
            existing = &r;
    if (!rating) {
        if (existing) document_.removeItem(cycleId_, kind, existing->id);
        return;
    }
    if (existing) {
        if (existing->value != rating)
            document_.setField(cycleId_, kind, existing->id, "value", *rating);
        return;
    }
    Rating vote;
    vote.itemId = item.itemId;
    vote.dimension = item.dimension;
    vote.participantId = participantId;
    vote.value = rating;
    document_.insertItem(cycleId_, kind, cycle().ratings.size(), captureRecord(kind, vote));
}

}  // namespace crm::room_votes
