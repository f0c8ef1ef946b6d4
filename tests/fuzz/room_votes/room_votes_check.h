#pragma once
// The vote round's request handler on arbitrary bytes (tests/fuzz/room_votes): the input is up
// to 16 requests separated by NUL bytes. In each, the first byte chooses GET or POST (bit 0),
// whether to send the voter token of the last successful join (bit 1) and whether to close
// (bit 2) or re-open (bit 3) the round first; the text up to the first line break is the
// address ("{T}" stands for the round's token), the rest the body.
//
// Promises, for any input: no crash; only the statuses of docs/room-votes.md; every answer but
// a page is JSON; the document (the sink) changes only on a 200 to a vote or a join with a new
// name, by exactly one write; nothing is accepted while the round is closed.
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>

#include "fuzz_invariant.h"
#include "room_votes/vote_requests.h"

namespace crm::fuzz {

namespace room_votes_check {

struct CountingSink : room_votes::VoteSink {
    std::size_t writes = 0;
    EntityId addParticipant(const std::string&) override {
        ++writes;
        return "participant-" + std::to_string(writes);
    }
    void recordVote(const EntityId&, const room_votes::RoundItem&,
                    std::optional<std::int64_t>) override {
        ++writes;
    }
};

inline std::string replaced(std::string text, const std::string& token) {
    for (std::size_t at = text.find("{T}"); at != std::string::npos; at = text.find("{T}", at))
        text.replace(at, 3, token);
    return text;
}

}  // namespace room_votes_check

inline void checkRoomVotesRequests(std::string_view input) {
    using namespace room_votes;
    room_votes_check::CountingSink sink;
    std::vector<RoundItem> items(2);
    items[0].itemId = "cap-1", items[1].itemId = "cap-2";
    unsigned counter = 0;
    VoteRound round(items, {{"participant-a", "Anna"}}, sink, [&counter](std::size_t n) {
        std::string out;
        for (std::size_t i = 0; i < n; ++i) out += static_cast<char>(counter++ * 37 + 11);
        return out;
    });
    RequestHandler handler(round, {{"join.html", {"text/html", "page"}}});
    const std::set<int> statuses = {200, 400, 403, 404, 405, 409, 413, 429, 503};
    std::string voter;
    std::int64_t clock = 0;
    std::size_t requests = 0;
    for (std::size_t begin = 0; begin < input.size() && requests < 16; ++requests) {
        std::size_t end = input.find('\0', begin);
        if (end == std::string_view::npos) end = input.size();
        const std::string_view one = input.substr(begin, end - begin);
        begin = end + 1;
        if (one.empty()) continue;
        const auto flags = static_cast<unsigned char>(one[0]);
        if (flags & 4) round.close();
        if (flags & 8) round.reopen();
        const std::string_view rest = one.substr(1);
        const std::size_t lineEnd = std::min(rest.find('\n'), rest.size());
        Request request;
        request.method = (flags & 1) ? "POST" : "GET";
        request.target =
            room_votes_check::replaced(std::string(rest.substr(0, lineEnd)), round.roundToken());
        request.body = lineEnd < rest.size() ? std::string(rest.substr(lineEnd + 1)) : "";
        request.voterToken = (flags & 2) ? voter : "";
        request.client = "10.0.0.1";
        request.nowMs = clock += 1000;  // never rate limited: one request a second

        const std::size_t writesBefore = sink.writes;
        const bool wasOpen = round.isOpen();
        const Response response = handler.handle(request);
        promise(statuses.count(response.status) == 1,
                "unexpected status " + std::to_string(response.status));
        if (response.contentType.rfind("application/json", 0) == 0)
            promise(!nlohmann::json::parse(response.body, nullptr, false).is_discarded(),
                    "an answer that is not JSON");
        if (request.body.size() > 2048) promise(response.status == 413, "a big body accepted");
        const std::size_t writes = sink.writes - writesBefore;
        promise(writes <= 1, "one request wrote more than once");
        if (writes == 1) {
            promise(response.status == 200, "the document changed on a refusal");
            promise(wasOpen, "the document changed while the round was closed");
        }
        if (response.status == 200 && request.target.find("/join") != std::string::npos) {
            const auto reply = nlohmann::json::parse(response.body, nullptr, false);
            if (reply.is_object() && reply.contains("voter") && reply["voter"].is_string())
                voter = reply["voter"].get<std::string>();
        }
    }
}

}  // namespace crm::fuzz
