#pragma once
// What a round asks, taken from a cycle: the items of one kind rated on one dimension (the
// fields the vote grid already handles, engine/workshop's votedDimension), their level
// descriptions, and the people who may answer.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "room_votes/vote_round.h"

namespace crm::room_votes {

// What a capability area ("vision") is and its five levels, read from the building-blocks
// catalog's JSON text ({"items": [{"key", "description", "levels": {"1": ..., "5": ...}}]});
// empty when unreadable.
struct AreaText {
    std::string description;
    std::array<std::string, 5> levels;
};
using LevelTexts = std::map<std::string, AreaText, std::less<>>;
LevelTexts levelsFromCatalog(std::string_view catalogJson);

// "capability:current" -> ("capability", Current); nothing when the room cannot vote on it.
struct VotedField {
    std::string kind;
    RatingDimension dimension = RatingDimension::Current;
};
std::optional<VotedField> parseVotedField(std::string_view text);
// The kind the vote grid of a step rates: 10 capability, 5 attribute, 3 pain; else empty.
std::string_view ratedKindOfStep(int step);

// The items of `field.kind` not marked "not applicable", in the cycle's order.
std::vector<RoundItem> roundItems(const Cycle& cycle, const VotedField& field,
                                  const LevelTexts& capabilityLevels);
std::vector<RoundPerson> roundPeople(const Cycle& cycle);

}  // namespace crm::room_votes
