#pragma once
// At most N requests per client in any window of a set length (a sliding window; one second
// unless set otherwise), so one phone, or one attacker on the network, cannot flood the laptop
// or guess the join code quickly.
#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace crm::room_votes {

class RateLimiter {
  public:
    explicit RateLimiter(std::size_t perWindow, std::int64_t windowMs = 1000)
        : perWindow_(perWindow), windowMs_(windowMs) {}
    // True when the client may be served now; a refused request does not count.
    bool allow(const std::string& client, std::int64_t nowMs);
    std::size_t clientCount() const { return recent_.size(); }

  private:
    void forgetQuietClients(std::int64_t nowMs);

    std::size_t perWindow_;
    std::int64_t windowMs_;
    std::map<std::string, std::deque<std::int64_t>> recent_;  // client -> times in the window
};

}  // namespace crm::room_votes
