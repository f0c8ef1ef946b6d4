#pragma once
// Closing a vote round from the phones: one entry on the undo stack for every vote the round
// wrote. The votes were already written one by one as they arrived (so a crash loses none), so
// the command's first redo() writes nothing; undo() puts the round's items back as they were
// when the round opened, redo() as they were when it closed.
#include <QUndoCommand>

#include <map>
#include <set>
#include <tuple>

#include "engine/model/cycle.h"

namespace crm::gui {

class DocumentSession;

// The votes on some (item, dimension) pairs: (participant, item, dimension) -> 1..5.
using VoteKey = std::tuple<EntityId, EntityId, RatingDimension>;
using VoteSnapshot = std::map<VoteKey, std::int64_t>;
using RatedItems = std::set<std::pair<EntityId, RatingDimension>>;

VoteSnapshot snapshotVotes(const Cycle& cycle, const RatedItems& items);

class RoomVoteRoundCommand : public QUndoCommand {
  public:
    RoomVoteRoundCommand(DocumentSession& session, EntityId cycleId, RatedItems items,
                         VoteSnapshot before, VoteSnapshot after, const QString& text);
    void undo() override;
    void redo() override;

  private:
    void writeVotes(const VoteSnapshot& wanted);

    DocumentSession& session_;
    EntityId cycleId_;
    RatedItems items_;
    VoteSnapshot before_, after_;
    bool firstRedo_ = true;
};

}  // namespace crm::gui
