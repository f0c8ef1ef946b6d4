#pragma once
// The sink the command line uses: each answer goes straight into the open document, one
// transaction per vote, like every edit of the store (crash-safe, no Save).
#include "room_votes/vote_round.h"
#include "store/document.h"

namespace crm::room_votes {

class DocumentVoteSink : public VoteSink {
  public:
    DocumentVoteSink(store::Document& document, EntityId cycleId)
        : document_(document), cycleId_(std::move(cycleId)) {}

    EntityId addParticipant(const std::string& name) override;
    void recordVote(const EntityId& participantId, const RoundItem& item,
                    std::optional<std::int64_t> rating) override;

  private:
    const Cycle& cycle() const;

    store::Document& document_;
    EntityId cycleId_;
};

}  // namespace crm::room_votes
