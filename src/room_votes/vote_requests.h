#pragma once
// The round's web interface as plain functions of a request: what a phone may ask, and the
// answer. The HTTP server (http/vote_server.h) only copies requests in and responses out, so
// every refusal (403 wrong token, 409 closed, 413 too big, 429 too fast, 400 malformed) is
// decided here, where the unit tests and the fuzzer reach it without a network.
//
//   GET  /                      the join-code form (join.html, join.js, style.css)
//   POST /code                  {"code": "K7PX2MQA"} -> {"round": "/r/TOKEN/"}
//   GET  /r/TOKEN/              the vote page (vote.html, vote.js, style.css)
//   GET  /r/TOKEN/round         the items, their levels and the people's names
//   POST /r/TOKEN/join          {"person": 2} or {"name": "Ana"} -> {"voter": ..., "answers":
//   [...]} GET  /r/TOKEN/answers       (X-Voter header) the answers given so far POST /r/TOKEN/vote
//   (X-Voter header) {"item": 0, "answer": 4 | "na" | "unknown"}
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "room_votes/rate_limiter.h"
#include "room_votes/vote_round.h"

namespace crm::room_votes {

struct Request {
    std::string method;  // "GET", "POST", ...
    std::string target;  // path and query as sent, e.g. "/r/abc/round"
    std::string voterToken;
    std::string body;
    std::string client;  // the peer's address
    std::int64_t nowMs = 0;
};

struct Response {
    int status = 200;
    std::string contentType;
    std::string body;
};

struct StaticFile {
    std::string contentType;
    std::string content;
};

struct HandlerLimits {
    std::size_t maxBodyBytes = 2048;
    std::size_t requestsPerWindow = 30;  // per client address (a page load is 5)...
    std::int64_t rateWindowMs = 1000;    // ...in any window this long
    std::size_t wrongCodesAllowed = 30;  // in the whole round; then only the QR code works
    std::size_t maxNameLength = 60;      // characters
    std::size_t maxPeople = 200;
};

// The headers every response carries: no framing, no script or style from elsewhere, no
// caching, no referrer (the address holds the round token).
const std::vector<std::pair<std::string, std::string>>& securityHeaders();

// Why a name typed on a phone is refused, or empty when it is fine (after trimming spaces).
std::string nameProblem(const std::string& trimmedName, std::size_t maxLength);
std::string trimmedName(const std::string& name);

class RequestHandler {
  public:
    // `files` by name: join.html, join.js, vote.html, vote.js, style.css.
    RequestHandler(VoteRound& round, std::map<std::string, StaticFile> files,
                   HandlerLimits limits = {});

    Response handle(const Request& request);
    // Called after an answer or a new person reached the document.
    void onChange(std::function<void()> callback) { onChange_ = std::move(callback); }

  private:
    Response handleRound(const Request& request, const std::string& rest);
    Response file(const std::string& name) const;
    Response enterCode(const Request& request);
    Response roundDescription() const;
    Response joinRound(const Request& request);
    Response answersOf(const Request& request) const;
    Response vote(const Request& request);

    VoteRound& round_;
    std::map<std::string, StaticFile> files_;
    HandlerLimits limits_;
    RateLimiter limiter_;
    std::size_t wrongCodes_ = 0;
    std::function<void()> onChange_;
};

}  // namespace crm::room_votes
