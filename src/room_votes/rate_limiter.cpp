#include "room_votes/rate_limiter.h"

namespace crm::room_votes {

namespace {
constexpr std::size_t kClientsBeforeCleanup = 1024;
}  // namespace

bool RateLimiter::allow(const std::string& client, std::int64_t nowMs) {
    if (recent_.size() >= kClientsBeforeCleanup) forgetQuietClients(nowMs);
    std::deque<std::int64_t>& times = recent_[client];
    while (!times.empty() && times.front() <= nowMs - windowMs_) times.pop_front();
    if (times.size() >= perWindow_) return false;
    times.push_back(nowMs);
    return true;
}

void RateLimiter::forgetQuietClients(std::int64_t nowMs) {
    for (auto it = recent_.begin(); it != recent_.end();) {
        if (it->second.empty() || it->second.back() <= nowMs - windowMs_)
            it = recent_.erase(it);
        else
            ++it;
    }
}

}  // namespace crm::room_votes
