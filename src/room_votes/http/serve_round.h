#pragma once
// A round served without the window (crmw vote-server): runs a Qt event loop until asked to stop
// or until the round has closed and lingered. No Qt in this header, so the command line, which
// owns no Qt, can call it.
#include <functional>
#include <string>

#include "room_votes/round_items.h"
#include "room_votes/vote_requests.h"
#include "room_votes/vote_round.h"

namespace crm::room_votes {

struct ServeOptions {
    std::string bind;              // empty: the laptop's address on the room's network
    int port = 0;                  // 0: any free port
    double closeAfterSeconds = 0;  // 0: open until stopped
    double lingerSeconds = 0;      // after closing, answer "closed" (409) this long
    HandlerLimits limits;          // body size, requests per client and window, ...
};

struct ServeEvents {
    std::function<void(const std::string& joinUrl, const std::string& shortAddress)> listening;
    std::function<void()> closed;
    std::function<bool()> stopRequested;   // polled ten times a second
    std::function<bool()> closeRequested;  // likewise: close now, then linger as after a timer
};

// The building-blocks catalog compiled in, as level texts for capability rounds.
LevelTexts capabilityLevelTexts();
// Bytes from the operating system's secure random source (QRandomGenerator::system()).
std::string secureRandomBytes(std::size_t count);

// Throws std::invalid_argument for an address that is no IP address and std::runtime_error
// when it cannot listen there.
void serveRound(VoteRound& round, const ServeOptions& options, const ServeEvents& events);

}  // namespace crm::room_votes
