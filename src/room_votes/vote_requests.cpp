#include "room_votes/vote_requests.h"

#include <nlohmann/json.hpp>

#include <exception>

#include "engine/text/escaping.h"

namespace crm::room_votes {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kJson = "application/json; charset=utf-8";

Response json(int status, const Json& body) {
    return {status, std::string(kJson), body.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

Response refusal(int status, const std::string& message) {
    return json(status, Json{{"error", message}});
}

Response wrongToken() {
    return refusal(403,
                   "This round is over or the address is wrong. Scan the code on the "
                   "screen again.");
}
Response closedRound() { return refusal(409, "The round is closed: votes are no longer taken."); }
Response malformed(const std::string& what) { return refusal(400, what); }

// The body as a JSON object, or nothing when it is not one.
std::optional<Json> objectOf(const std::string& body) {
    Json parsed = Json::parse(body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
    return parsed;
}

// A whole number in [0, limit), or nothing.
std::optional<std::size_t> indexIn(const Json& object, const char* key, std::size_t limit) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer()) return std::nullopt;
    const auto value = found->get<std::int64_t>();
    if (value < 0 || static_cast<std::uint64_t>(value) >= limit) return std::nullopt;
    return static_cast<std::size_t>(value);
}

Json answerJson(const std::optional<Answer>& given) {
    if (!given) return nullptr;
    switch (given->kind) {
        case Answer::Kind::Rating:
            return given->rating;
        case Answer::Kind::NotApplicable:
            return "na";
        case Answer::Kind::DontKnow:
            return "unknown";
    }
    return nullptr;
}

std::optional<Answer> answerFrom(const Json& value) {
    if (value.is_number_integer()) {
        const auto rating = value.get<std::int64_t>();
        if (rating < 1 || rating > 5) return std::nullopt;
        return Answer{Answer::Kind::Rating, rating};
    }
    if (value == "na") return Answer{Answer::Kind::NotApplicable, 0};
    if (value == "unknown") return Answer{Answer::Kind::DontKnow, 0};
    return std::nullopt;
}

std::size_t characterCount(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& securityHeaders() {
    static const std::vector<std::pair<std::string, std::string>> headers = {
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
         "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
        {"X-Frame-Options", "DENY"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
    };
    return headers;
}

std::string trimmedName(const std::string& name) {
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    const auto last = name.find_last_not_of(" \t");
    return name.substr(first, last - first + 1);
}

std::string nameProblem(const std::string& name, std::size_t maxLength) {
    if (name.empty()) return "Type a name.";
    if (text::sanitizedText(name) != name || name.find('\t') != std::string::npos ||
        name.find('\n') != std::string::npos || name.find('\r') != std::string::npos)
        return "The name holds characters that cannot be shown.";
    if (name.find_first_of("<>") != std::string::npos) return "A name cannot hold < or >.";
    if (characterCount(name) > maxLength)
        return "The name is too long (at most " + std::to_string(maxLength) + " characters).";
    return {};
}

RequestHandler::RequestHandler(VoteRound& round, std::map<std::string, StaticFile> files,
                               HandlerLimits limits)
    : round_(round),
      files_(std::move(files)),
      limits_(limits),
      limiter_(limits.requestsPerWindow, limits.rateWindowMs) {}

Response RequestHandler::handle(const Request& request) {
    if (!limiter_.allow(request.client, request.nowMs))
        return refusal(429, "Too many requests at once; wait a moment.");
    if (request.body.size() > limits_.maxBodyBytes) return refusal(413, "The request is too big.");
    if (request.method != "GET" && request.method != "POST")
        return refusal(405, "Only GET and POST are answered.");
    const std::string path = request.target.substr(0, request.target.find('?'));
    const bool get = request.method == "GET";
    if (path == "/" && get) return file("join.html");
    if ((path == "/join.js" || path == "/style.css") && get) return file(path.substr(1));
    if (path == "/code" && !get) return enterCode(request);
    constexpr std::string_view kRound = "/r/";
    if (path.rfind(kRound, 0) == 0) {
        const std::string rest = path.substr(kRound.size());
        const auto slash = rest.find('/');
        if (!sameToken(rest.substr(0, slash), round_.roundToken())) return wrongToken();
        return handleRound(request, slash == std::string::npos ? "" : rest.substr(slash + 1));
    }
    return refusal(404, "Nothing here.");
}

Response RequestHandler::handleRound(const Request& request, const std::string& rest) {
    const bool get = request.method == "GET";
    if (get && rest.empty()) return file("vote.html");
    if (get && (rest == "vote.js" || rest == "style.css")) return file(rest);
    if (get && rest == "round") return roundDescription();
    if (get && rest == "answers") return answersOf(request);
    if (!get && rest == "join") return joinRound(request);
    if (!get && rest == "vote") return vote(request);
    return refusal(404, "Nothing here.");
}

Response RequestHandler::file(const std::string& name) const {
    const auto found = files_.find(name);
    if (found == files_.end()) return refusal(404, "Nothing here.");
    return {200, found->second.contentType, found->second.content};
}

Response RequestHandler::enterCode(const Request& request) {
    if (!round_.isOpen()) return closedRound();
    if (wrongCodes_ >= limits_.wrongCodesAllowed)
        return refusal(403, "Too many wrong codes: scan the code on the screen instead.");
    const auto body = objectOf(request.body);
    if (!body) return malformed("Send the join code.");
    const auto code = body->find("code");
    if (code == body->end() || !code->is_string()) return malformed("Send the join code.");
    std::string typed;
    for (char c : code->get<std::string>())
        if (c != ' ' && c != '-') typed += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (!sameToken(typed, round_.joinCode())) {
        ++wrongCodes_;
        return refusal(403, "That is not the code on the screen.");
    }
    return json(200, Json{{"round", "/r/" + round_.roundToken() + "/"}});
}

Response RequestHandler::roundDescription() const {
    Json items = Json::array();
    for (const RoundItem& item : round_.items())
        items.push_back({{"name", item.name},
                         {"question", item.question},
                         {"description", item.description},
                         {"levels", item.levels}});
    Json people = Json::array();
    for (const RoundPerson& person : round_.people()) people.push_back(person.name);
    return json(
        200,
        Json{{"language", "en"}, {"open", round_.isOpen()}, {"items", items}, {"people", people}});
}

Response RequestHandler::joinRound(const Request& request) {
    if (!round_.isOpen()) return closedRound();
    const auto body = objectOf(request.body);
    if (!body) return malformed("Pick your name or type one.");
    std::size_t person = 0;
    if (const auto index = indexIn(*body, "person", round_.people().size())) {
        person = *index;
    } else {
        const auto name = body->find("name");
        if (name == body->end() || !name->is_string())
            return malformed("Pick your name or type one.");
        const std::string typed = trimmedName(name->get<std::string>());
        if (const std::string problem = nameProblem(typed, limits_.maxNameLength); !problem.empty())
            return malformed(problem);
        if (round_.people().size() >= limits_.maxPeople)
            return refusal(409, "The round has as many people as it can take.");
        try {
            person = round_.addPerson(typed);
        } catch (const std::exception&) {
            return refusal(503, "Your name could not be saved on the laptop; try again.");
        }
        if (onChange_) onChange_();
    }
    Json answers = Json::array();
    for (std::size_t item = 0; item < round_.items().size(); ++item)
        answers.push_back(answerJson(round_.answerOf(person, item)));
    return json(200, Json{{"voter", round_.join(person)},
                          {"person", person},
                          {"name", round_.people()[person].name},
                          {"answers", answers}});
}

Response RequestHandler::answersOf(const Request& request) const {
    const auto person = round_.personOfToken(request.voterToken);
    if (!person) return wrongToken();
    Json answers = Json::array();
    for (std::size_t item = 0; item < round_.items().size(); ++item)
        answers.push_back(answerJson(round_.answerOf(*person, item)));
    return json(200, Json{{"open", round_.isOpen()}, {"answers", answers}});
}

Response RequestHandler::vote(const Request& request) {
    const auto person = round_.personOfToken(request.voterToken);
    if (!person) return wrongToken();
    if (!round_.isOpen()) return closedRound();
    const auto body = objectOf(request.body);
    if (!body) return malformed("The vote was not understood.");
    const auto item = indexIn(*body, "item", round_.items().size());
    const auto given = body->find("answer");
    if (!item || given == body->end()) return malformed("The vote was not understood.");
    const auto answer = answerFrom(*given);
    if (!answer) return malformed("A vote is 1 to 5, not applicable or I don't know.");
    try {
        round_.answer(*person, *item, *answer);
    } catch (const std::exception&) {
        return refusal(503, "The vote could not be saved on the laptop; try again.");
    }
    if (onChange_) onChange_();
    return json(200, Json{{"saved", true}, {"item", *item}});
}

}  // namespace crm::room_votes
