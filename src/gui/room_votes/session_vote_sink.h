#pragma once
// Where a round opened from the window writes: through the window's DocumentSession, so each
// vote is in the file as soon as its group of votes is committed and every view (vote grid, spread,
// presenter view) refreshes as it does for a typed vote. Not on the undo stack one by one: closing
// the round is the one undoable change (commands/room_vote_round_command.h).
#include "room_votes/vote_round.h"

namespace crm::gui {

class DocumentSession;

class SessionVoteSink : public room_votes::VoteSink {
  public:
    SessionVoteSink(DocumentSession& session, EntityId cycleId)
        : session_(session), cycleId_(std::move(cycleId)) {}

    EntityId addParticipant(const std::string& name) override;
    void recordVote(const EntityId& participantId, const room_votes::RoundItem& item,
                    std::optional<std::int64_t> rating) override;
    void beginGroup() override;
    void commitGroup() override;

  private:
    const Cycle& cycle() const;

    DocumentSession& session_;
    EntityId cycleId_;
};

}  // namespace crm::gui
