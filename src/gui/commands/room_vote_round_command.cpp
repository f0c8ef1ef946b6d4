#include "gui/commands/room_vote_round_command.h"

#include "engine/model/choices.h"
#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"

namespace crm::gui {

namespace {

const Cycle* cycleOf(DocumentSession& session, const EntityId& cycleId) {
    if (!session.isOpen()) return nullptr;
    for (const auto& c : session.assessment().cycles)
        if (c.id == cycleId) return &c;
    return nullptr;
}

}  // namespace

VoteSnapshot snapshotVotes(const Cycle& cycle, const RatedItems& items) {
    VoteSnapshot out;
    for (const auto& r : cycle.ratings)
        if (r.value && items.count({r.itemId, r.dimension}))
            out[{r.participantId, r.itemId, r.dimension}] = *r.value;
    return out;
}

RoomVoteRoundCommand::RoomVoteRoundCommand(DocumentSession& session, EntityId cycleId,
                                           RatedItems items, VoteSnapshot before,
                                           VoteSnapshot after, const QString& text)
    : session_(session),
      cycleId_(std::move(cycleId)),
      items_(std::move(items)),
      before_(std::move(before)),
      after_(std::move(after)) {
    setText(text);
}

void RoomVoteRoundCommand::undo() { writeVotes(before_); }

void RoomVoteRoundCommand::redo() {
    if (firstRedo_) {  // the round wrote these votes as they arrived
        firstRedo_ = false;
        return;
    }
    writeVotes(after_);
}

void RoomVoteRoundCommand::writeVotes(const VoteSnapshot& wanted) {
    const EntityDescriptor& kind = *findDescriptor("rating");
    const Cycle* cycle = cycleOf(session_, cycleId_);
    if (!cycle) return;
    // Votes to change or remove first (ids looked up again after each write, which may move
    // the cycle's vectors), then the ones missing.
    const VoteSnapshot now = snapshotVotes(*cycle, items_);
    for (const auto& [key, value] : now) {
        const auto& [person, item, dimension] = key;
        const auto target = wanted.find(key);
        if (target != wanted.end() && target->second == value) continue;
        cycle = cycleOf(session_, cycleId_);
        const Rating* vote = cycle ? findVote(*cycle, item, dimension, person) : nullptr;
        if (!vote) continue;
        if (target == wanted.end())
            session_.applyRemove(cycleId_, kind, vote->id);
        else
            session_.applyField(cycleId_, kind, vote->id, "value", target->second);
    }
    for (const auto& [key, value] : wanted) {
        if (now.count(key)) continue;
        const auto& [person, item, dimension] = key;
        cycle = cycleOf(session_, cycleId_);
        if (!cycle) return;
        bool personExists = false;
        for (const auto& p : cycle->participants) personExists = personExists || p.id == person;
        if (!personExists) continue;
        if (const Rating* vote = findVote(*cycle, item, dimension, person)) {
            session_.applyField(cycleId_, kind, vote->id, "value", value);
            continue;
        }
        session_.applyInsert(cycleId_, kind, cycle->ratings.size(),
                             makeRecord(kind, {{"item_id", item},
                                               {"dimension", std::string(choiceKey(dimension))},
                                               {"participant_id", person},
                                               {"value", value}}));
    }
}

}  // namespace crm::gui
