#pragma once
// The undoable edits of workshop mode, each one entry on the session's undo stack with a name a
// facilitator recognises ("Vote 4 by Anna on Vision"). They build on the generic commands of
// edit_commands.h, so every edit goes through DocumentSession and is in the file at once.
// Each returns false (and says why in the message area) when nothing was changed.
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

#include "engine/model/cycle.h"
#include "engine/model/descriptor.h"

namespace crm::gui {

class DocumentSession;

// A record of `kind` with the given fields set and the others at their empty value.
EntityRecord makeRecord(const EntityDescriptor& kind,
                        std::initializer_list<std::pair<std::string_view, FieldValue>> values);

const Rating* findVote(const Cycle& cycle, const EntityId& itemId, RatingDimension dimension,
                       const EntityId& participantId);
const ConsensusValue* findAgreement(const Cycle& cycle, const EntityId& itemId,
                                    RatingDimension dimension);
const ScopeExclusion* findExclusion(const Cycle& cycle, const EntityId& itemId);

// One participant's vote (1..5); nullopt removes it.
bool castVote(DocumentSession& session, const EntityId& itemId, RatingDimension dimension,
              const EntityId& participantId, std::optional<std::int64_t> value);
// The value the room agreed on, with the reason (required); nullopt removes the agreement.
bool agreeValue(DocumentSession& session, const EntityId& itemId, RatingDimension dimension,
                std::optional<std::int64_t> value, const QString& reason);
// Marks an item not applicable with a reason (required), or changes the reason of the mark.
bool markNotApplicable(DocumentSession& session, const EntityId& itemId, const QString& reason);
bool markApplicable(DocumentSession& session, const EntityId& itemId);
bool addEvidence(DocumentSession& session, const EntityId& itemId, const QString& text,
                 const QString& source, const QString& fileReference, bool toReview);
// A question or idea raised in the room, linked to `step`.
bool addParkingItem(DocumentSession& session, int step, const QString& text,
                    const QString& raisedBy);

}  // namespace crm::gui
