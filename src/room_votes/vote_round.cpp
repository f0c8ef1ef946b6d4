#include "room_votes/vote_round.h"

#include <set>
#include <stdexcept>

namespace crm::room_votes {

namespace {

std::string toHex(const std::string& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

// Letters and digits that cannot be mistaken for each other when read off a projector.
constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace

bool sameToken(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

VoteRound::VoteRound(std::vector<RoundItem> items, std::vector<RoundPerson> people, VoteSink& sink,
                     const RandomBytes& randomBytes)
    : items_(std::move(items)), people_(std::move(people)), sink_(sink), randomBytes_(randomBytes) {
    roundToken_ = newToken(20);
    const std::string codeBytes = randomBytes_(8);
    if (codeBytes.size() != 8) throw std::runtime_error("the random source gave too few bytes");
    for (unsigned char b : codeBytes) joinCode_ += kCodeAlphabet[b % kCodeAlphabet.size()];
}

std::string VoteRound::newToken(std::size_t bytes) const {
    const std::string random = randomBytes_(bytes);
    if (random.size() != bytes) throw std::runtime_error("the random source gave too few bytes");
    return toHex(random);
}

std::string VoteRound::join(std::size_t personIndex) {
    if (personIndex >= people_.size()) throw std::out_of_range("no such person");
    std::string token = newToken(16);
    voters_[token] = personIndex;
    return token;
}

std::size_t VoteRound::addPerson(const std::string& name) {
    for (std::size_t i = 0; i < people_.size(); ++i)
        if (lowerAscii(people_[i].name) == lowerAscii(name)) return i;
    const EntityId id = sink_.addParticipant(name);
    people_.push_back({id, name});
    return people_.size() - 1;
}

std::optional<std::size_t> VoteRound::personOfToken(const std::string& voterToken) const {
    // Every token is compared in full, so the time taken says nothing about a near miss.
    std::optional<std::size_t> found;
    for (const auto& [token, person] : voters_)
        if (sameToken(token, voterToken)) found = person;
    return found;
}

void VoteRound::beginGroup() {
    if (saved_) return;
    sink_.beginGroup();
    saved_ = Saved{people_, voters_, answers_};
}

bool VoteRound::commitGroup() {
    if (!saved_) return true;
    bool committed = true;
    try {
        sink_.commitGroup();
    } catch (const std::exception&) {
        people_ = std::move(saved_->people);
        voters_ = std::move(saved_->voters);
        answers_ = std::move(saved_->answers);
        committed = false;
    }
    saved_.reset();
    return committed;
}

void VoteRound::answer(std::size_t personIndex, std::size_t itemIndex, const Answer& given) {
    if (personIndex >= people_.size() || itemIndex >= items_.size())
        throw std::out_of_range("no such person or item");
    std::optional<std::int64_t> rating;
    if (given.kind == Answer::Kind::Rating) rating = given.rating;
    sink_.recordVote(people_[personIndex].id, items_[itemIndex], rating);
    answers_[{personIndex, itemIndex}] = given;
}

std::optional<Answer> VoteRound::answerOf(std::size_t personIndex, std::size_t itemIndex) const {
    const auto found = answers_.find({personIndex, itemIndex});
    if (found == answers_.end()) return std::nullopt;
    return found->second;
}

void VoteRound::removeAnswersOf(std::size_t personIndex) {
    if (personIndex >= people_.size()) return;
    for (std::size_t item = 0; item < items_.size(); ++item) {
        sink_.recordVote(people_[personIndex].id, items_[item], std::nullopt);
        answers_.erase({personIndex, item});
    }
}

std::size_t VoteRound::answerCount(std::size_t itemIndex) const {
    std::size_t n = 0;
    for (const auto& [key, given] : answers_)
        if (key.second == itemIndex) ++n;
    return n;
}

std::size_t VoteRound::voterCount() const {
    std::set<std::size_t> voters;
    for (const auto& [key, given] : answers_) voters.insert(key.first);
    return voters.size();
}

std::vector<std::int64_t> VoteRound::ratingsOf(std::size_t itemIndex) const {
    std::vector<std::int64_t> out;
    for (const auto& [key, given] : answers_)
        if (key.second == itemIndex && given.kind == Answer::Kind::Rating)
            out.push_back(given.rating);
    return out;
}

}  // namespace crm::room_votes
