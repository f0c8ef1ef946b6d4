#pragma once
// A round on two capabilities with two people, a sink that remembers what reached the
// "document", and a predictable random source (the real one is QRandomGenerator::system()).
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "room_votes/vote_requests.h"

namespace crm::testing {

struct RecordingSink : room_votes::VoteSink {
    std::vector<std::string> added;
    std::vector<std::tuple<EntityId, EntityId, std::optional<std::int64_t>>> votes;
    bool failing = false;

    EntityId addParticipant(const std::string& name) override {
        if (failing) throw std::runtime_error("disk full");
        added.push_back(name);
        return "participant-new-" + std::to_string(added.size());
    }
    void recordVote(const EntityId& participantId, const room_votes::RoundItem& item,
                    std::optional<std::int64_t> rating) override {
        if (failing) throw std::runtime_error("disk full");
        votes.emplace_back(participantId, item.itemId, rating);
    }
};

// Bytes 0, 1, 2, ... so the tokens are known in advance.
inline room_votes::RandomBytes countingBytes() {
    auto next = std::make_shared<unsigned>(0);
    return [next](std::size_t count) {
        std::string out;
        for (std::size_t i = 0; i < count; ++i) out += static_cast<char>((*next)++ & 0xFF);
        return out;
    };
}

inline std::vector<room_votes::RoundItem> twoCapabilities() {
    room_votes::RoundItem vision{"cap-1",  RatingDimension::Current,
                                 "Vision", "Current maturity",
                                 "",       {"one", "two", "three", "four", "five"}};
    room_votes::RoundItem data = vision;
    data.itemId = "cap-2";
    data.name = "Data quality";
    return {vision, data};
}

inline std::vector<room_votes::RoundPerson> twoPeople() {
    return {{"participant-1", "Anna"}, {"participant-2", "Ben"}};
}

inline std::map<std::string, room_votes::StaticFile> pageFiles() {
    return {{"join.html", {"text/html", "JOIN PAGE"}},
            {"join.js", {"text/javascript", "JOIN SCRIPT"}},
            {"vote.html", {"text/html", "VOTE PAGE"}},
            {"vote.js", {"text/javascript", "VOTE SCRIPT"}},
            {"style.css", {"text/css", "STYLE"}}};
}

}  // namespace crm::testing
