#pragma once
// The sink the command line uses: each answer goes straight into the open document, like every
// edit of the store (crash-safe, no Save); the server groups the votes that arrive together in
// one transaction (beginGroup/commitGroup) and answers them once it is committed.
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
    void beginGroup() override { document_.beginGroup(); }
    void commitGroup() override { document_.commitGroup(); }

  private:
    const Cycle& cycle() const;

    store::Document& document_;
    EntityId cycleId_;
};

}  // namespace crm::room_votes
