// The round's requests without a network: every refusal the issue names, and what reaches the
// document (the sink) for each accepted request.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "room_votes_fixture.h"

using namespace crm;
using namespace crm::room_votes;
using crm::testing::RecordingSink;
using Json = nlohmann::json;

namespace {

struct Room {
    RecordingSink sink;
    VoteRound round{crm::testing::twoCapabilities(), crm::testing::twoPeople(), sink,
                    crm::testing::countingBytes()};
    RequestHandler handler{round, crm::testing::pageFiles()};
    std::int64_t clock = 1'000'000;

    Response send(const std::string& method, const std::string& target,
                  const std::string& body = "", const std::string& voter = "",
                  const std::string& client = "10.0.0.5") {
        // 100 ms apart: well under the limit of 30 a second.
        clock += 100;
        return handler.handle({method, target, voter, body, client, clock});
    }
    std::string base() const { return "/r/" + round.roundToken() + "/"; }
    std::string join(int person) {
        const Response r = send("POST", base() + "join", Json{{"person", person}}.dump());
        REQUIRE(r.status == 200);
        return Json::parse(r.body)["voter"].get<std::string>();
    }
};

}  // namespace

TEST_CASE("A round's tokens: 160 bits for the round, 128 for each voter, a readable join code") {
    RecordingSink sink;
    VoteRound round(crm::testing::twoCapabilities(), crm::testing::twoPeople(), sink,
                    crm::testing::countingBytes());
    // Bytes 0..19 in hex, written out by hand.
    CHECK(round.roundToken() == "000102030405060708090a0b0c0d0e0f10111213");
    // Bytes 20..27 index the 32 letters "ABCDEFGHJKLMNPQRSTUVWXYZ23456789": 20 -> W, 21 -> X,
    // 22 -> Y, 23 -> Z, 24 -> 2, 25 -> 3, 26 -> 4, 27 -> 5.
    CHECK(round.joinCode() == "WXYZ2345");
    // Bytes 28..43.
    CHECK(round.join(0) == "1c1d1e1f202122232425262728292a2b");
    CHECK(round.personOfToken("1c1d1e1f202122232425262728292a2b") == std::size_t{0});
    CHECK_FALSE(round.personOfToken("1c1d1e1f202122232425262728292a2c"));
    CHECK_FALSE(round.personOfToken(""));
}

TEST_CASE("Every response forbids framing and scripts from elsewhere") {
    bool csp = false, frames = false;
    for (const auto& [name, value] : securityHeaders()) {
        if (name == "Content-Security-Policy")
            csp = value.find("frame-ancestors 'none'") != std::string::npos &&
                  value.find("script-src 'self'") != std::string::npos &&
                  value.find("default-src 'none'") != std::string::npos;
        if (name == "X-Frame-Options") frames = value == "DENY";
    }
    CHECK(csp);
    CHECK(frames);
}

TEST_CASE("The pages are served only at their own addresses") {
    Room room;
    CHECK(room.send("GET", "/").body == "JOIN PAGE");
    CHECK(room.send("GET", "/style.css").body == "STYLE");
    CHECK(room.send("GET", room.base()).body == "VOTE PAGE");
    CHECK(room.send("GET", room.base() + "vote.js?v=2").body == "VOTE SCRIPT");
    // The vote page needs the round's token; nothing else is a file.
    CHECK(room.send("GET", "/vote.html").status == 404);
    CHECK(room.send("GET", "/r/0001/").status == 403);
    CHECK(room.send("GET", "/../../etc/passwd").status == 404);
    CHECK(room.send("GET", "/%2e%2e/%2e%2e/etc/passwd").status == 404);
    CHECK(room.send("GET", "/r/../../etc/passwd").status == 403);
    CHECK(room.send("GET", room.base() + "../../etc/passwd").status == 404);
    CHECK(room.send("GET", room.base() + "..%2f..%2fetc%2fpasswd").status == 404);
    CHECK(room.send("DELETE", room.base()).status == 405);
    CHECK(room.sink.votes.empty());
}

TEST_CASE("The join code leads to the round; wrong codes run out") {
    Room room;
    const Response right = room.send("POST", "/code", R"({"code": "wxyz-2345"})");
    REQUIRE(right.status == 200);
    CHECK(Json::parse(right.body)["round"] == room.base());
    CHECK(room.send("POST", "/code", R"({"code": "AAAAAAAA"})").status == 403);
    CHECK(room.send("POST", "/code", R"({"code": 12})").status == 400);
    for (int i = 1; i < 30; ++i) room.send("POST", "/code", R"({"code": "AAAAAAAA"})");
    // 30 wrong codes in the round: from now on even the right one is refused.
    CHECK(room.send("POST", "/code", R"({"code": "WXYZ2345"})").status == 403);
}

TEST_CASE("A phone joins, votes, changes its vote and says it does not know") {
    Room room;
    const Response description = room.send("GET", room.base() + "round");
    REQUIRE(description.status == 200);
    const Json round = Json::parse(description.body);
    CHECK(round["people"] == Json::array({"Anna", "Ben"}));
    CHECK(round["items"][1]["name"] == "Data quality");
    CHECK(round["items"][0]["levels"][4] == "five");
    CHECK(round["open"] == true);

    const std::string anna = room.join(0);
    CHECK(room.send("POST", room.base() + "vote", R"({"item": 0, "answer": 4})", anna).status ==
          200);
    CHECK(room.send("POST", room.base() + "vote", R"({"item": 0, "answer": 2})", anna).status ==
          200);
    CHECK(room.send("POST", room.base() + "vote", R"({"item": 1, "answer": "unknown"})", anna)
              .status == 200);
    REQUIRE(room.sink.votes.size() == 3);
    CHECK(room.sink.votes[0] ==
          std::tuple{EntityId("participant-1"), EntityId("cap-1"), std::optional<std::int64_t>(4)});
    CHECK(room.sink.votes[1] ==
          std::tuple{EntityId("participant-1"), EntityId("cap-1"), std::optional<std::int64_t>(2)});
    CHECK(room.sink.votes[2] ==
          std::tuple{EntityId("participant-1"), EntityId("cap-2"), std::optional<std::int64_t>()});
    const Json answers = Json::parse(room.send("GET", room.base() + "answers", "", anna).body);
    CHECK(answers["answers"] == Json::array({2, "unknown"}));
    CHECK(room.round.ratingsOf(0) == std::vector<std::int64_t>{2});
    CHECK(room.round.answerCount() == 2);
    CHECK(room.round.voterCount() == 1);
}

TEST_CASE("A new name is added once and checked first") {
    Room room;
    CHECK(room.send("POST", room.base() + "join", R"({"name": "  Chloé  "})").status == 200);
    CHECK(room.sink.added == std::vector<std::string>{"Chloé"});
    // The same name in other capitals is the same person.
    CHECK(Json::parse(
              room.send("POST", room.base() + "join", R"({"name": "anna"})").body)["person"] == 0);
    const std::string refused[] = {R"({"name": "<script>alert(1)</script>"})",
                                   R"({"name": "Bob\u0007"})",
                                   R"({"name": "   "})",
                                   R"({"name": 42})",
                                   R"({"person": 9})",
                                   R"({"person": -1})",
                                   R"({"name": ")" + std::string(61, 'x') + R"("})"};
    for (const auto& body : refused) {
        INFO(body);
        CHECK(room.send("POST", room.base() + "join", body).status == 400);
    }
    CHECK(room.send("POST", room.base() + "join", R"({"name": ")" + std::string(60, 'x') + R"("})")
              .status == 200);
    CHECK(room.sink.added.size() == 2);
    CHECK(nameProblem("<b>", 60) == "A name cannot hold < or >.");
}

TEST_CASE("Malformed votes are refused and change nothing") {
    Room room;
    const std::string anna = room.join(0);
    const std::string refused[] = {"{",
                                   "[1,2]",
                                   "null",
                                   R"({"item": 0})",
                                   R"({"item": 2, "answer": 3})",
                                   R"({"item": 0, "answer": 0})",
                                   R"({"item": 0, "answer": 6})",
                                   R"({"item": 0, "answer": 2.5})",
                                   R"({"item": "0", "answer": 3})",
                                   R"({"item": 0, "answer": "maybe"})",
                                   "\xff\xfe"};
    for (const auto& body : refused) {
        INFO(body);
        CHECK(room.send("POST", room.base() + "vote", body, anna).status == 400);
    }
    CHECK(room.sink.votes.empty());
}

TEST_CASE("Wrong tokens get 403, a closed round 409, a big body 413") {
    Room room;
    const std::string anna = room.join(0);
    const std::string vote = R"({"item": 0, "answer": 3})";
    CHECK(room.send("POST", room.base() + "vote", vote, "").status == 403);
    CHECK(room.send("POST", room.base() + "vote", vote, anna + "0").status == 403);
    CHECK(room.send("POST", "/r/" + std::string(40, '0') + "/vote", vote, anna).status == 403);
    CHECK(room.send("POST", room.base() + "vote", std::string(2049, ' '), anna).status == 413);
    CHECK(room.send("POST", room.base() + "vote", vote + std::string(2048 - vote.size(), ' '), anna)
              .status == 200);
    REQUIRE(room.sink.votes.size() == 1);

    room.round.close();
    CHECK(room.send("POST", room.base() + "vote", vote, anna).status == 409);
    CHECK(room.send("POST", room.base() + "join", R"({"person": 1})").status == 409);
    CHECK(room.send("POST", "/code", R"({"code": "WXYZ2345"})").status == 409);
    CHECK(Json::parse(room.send("GET", room.base() + "round").body)["open"] == false);
    CHECK(room.sink.votes.size() == 1);
    room.round.reopen();
    CHECK(room.send("POST", room.base() + "vote", vote, anna).status == 200);
}

TEST_CASE("More than 30 requests a second from one address get 429") {
    Room room;
    Request request{"GET", "/", "", "", "10.0.0.9", 5000};
    for (int i = 0; i < 30; ++i) CHECK(room.handler.handle(request).status == 200);
    CHECK(room.handler.handle(request).status == 429);
    // Another phone is not held up, and the flooding one is served again a second later.
    CHECK(room.handler.handle({"GET", "/", "", "", "10.0.0.10", 5000}).status == 200);
    request.nowMs = 6000;
    CHECK(room.handler.handle(request).status == 200);
}

TEST_CASE("The rate limit's window can be longer than a second") {
    // 3 requests per 10 s: the fourth inside the window is refused, one after it is served.
    room_votes::RateLimiter limiter(3, 10'000);
    CHECK(limiter.allow("10.0.0.9", 0));
    CHECK(limiter.allow("10.0.0.9", 4000));
    CHECK(limiter.allow("10.0.0.9", 9000));
    CHECK_FALSE(limiter.allow("10.0.0.9", 9999));
    CHECK_FALSE(limiter.allow("10.0.0.9", 5000 + 4999));
    // At 10 000 the request of time 0 has left the window (10 000 - 0 is not inside 10 s).
    CHECK(limiter.allow("10.0.0.9", 10'000));
    CHECK_FALSE(limiter.allow("10.0.0.9", 10'001));
    CHECK(limiter.allow("10.0.0.10", 10'001));
}

TEST_CASE("A write that fails is reported and not counted") {
    Room room;
    const std::string anna = room.join(0);
    room.sink.failing = true;
    CHECK(room.send("POST", room.base() + "vote", R"({"item": 0, "answer": 3})", anna).status ==
          503);
    CHECK(room.send("POST", room.base() + "join", R"({"name": "Dora"})").status == 503);
    CHECK(room.round.answerCount() == 0);
    CHECK(room.round.people().size() == 2);
}

TEST_CASE("Removing a person's answers removes their votes on every item of the round") {
    Room room;
    const std::string ben = room.join(1);
    room.send("POST", room.base() + "vote", R"({"item": 1, "answer": 5})", ben);
    room.sink.votes.clear();
    room.round.removeAnswersOf(1);
    REQUIRE(room.sink.votes.size() == 2);
    CHECK(room.sink.votes[0] ==
          std::tuple{EntityId("participant-2"), EntityId("cap-1"), std::optional<std::int64_t>()});
    CHECK(room.sink.votes[1] ==
          std::tuple{EntityId("participant-2"), EntityId("cap-2"), std::optional<std::int64_t>()});
    CHECK(room.round.answerCount() == 0);
}
