#pragma once
// One vote round from the room's phones: the items asked, the people who may answer, the round's
// tokens and every answer given. Qt-free, so the rules are unit-tested and fuzzed on their own;
// http/vote_server.h puts it on the network.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/cycle.h"

namespace crm::room_votes {

// One question of the round: an item rated on one dimension, with the five levels in words.
struct RoundItem {
    EntityId itemId;
    RatingDimension dimension = RatingDimension::Current;
    std::string name;         // "Vision"
    std::string question;     // "Current maturity"
    std::string description;  // what the item is about
    std::array<std::string, 5> levels;
};

struct RoundPerson {
    EntityId id;
    std::string name;
};

// A phone's answer to one item: a rating 1..5, "not applicable" or "I don't know". Only a
// rating becomes a vote in the document; the other two remove that person's vote on the item.
struct Answer {
    enum class Kind { Rating, NotApplicable, DontKnow };
    Kind kind = Kind::DontKnow;
    std::int64_t rating = 0;  // 1..5 when kind is Rating
    bool operator==(const Answer&) const = default;
};

// Where accepted answers go: the document, written at once. Either call may throw
// std::exception when the write fails; the phone is then told the vote was not saved.
class VoteSink {
  public:
    virtual ~VoteSink() = default;
    virtual EntityId addParticipant(const std::string& name) = 0;
    virtual void recordVote(const EntityId& participantId, const RoundItem& item,
                            std::optional<std::int64_t> rating) = 0;
    // Group commit: writes between the two calls become durable together when commitGroup()
    // returns; it throws std::exception when they could not be (the document is then as it was
    // before beginGroup()). A sink that writes each vote durably at once needs neither.
    virtual void beginGroup() {}
    virtual void commitGroup() {}
};

// `count` random bytes from a cryptographically secure source.
using RandomBytes = std::function<std::string(std::size_t count)>;

class VoteRound {
  public:
    VoteRound(std::vector<RoundItem> items, std::vector<RoundPerson> people, VoteSink& sink,
              const RandomBytes& randomBytes);

    const std::string& roundToken() const { return roundToken_; }  // 160 bits, hex
    const std::string& joinCode() const { return joinCode_; }      // 8 letters and digits
    const std::vector<RoundItem>& items() const { return items_; }
    const std::vector<RoundPerson>& people() const { return people_; }

    bool isOpen() const { return open_; }
    void close() { open_ = false; }
    void reopen() { open_ = true; }

    // A new voter token for person `index`; the person must exist.
    std::string join(std::size_t personIndex);
    // Adds a person (through the sink) and returns their index; a name already in the list
    // (ignoring case) returns that person's index instead.
    std::size_t addPerson(const std::string& name);
    // The person a voter token belongs to.
    std::optional<std::size_t> personOfToken(const std::string& voterToken) const;

    // Group commit of the phones' writes (the server answers them only after commitGroup()):
    // returns false when the commit failed; the round's people, answers and voter tokens are
    // then as they were at beginGroup(), like the document.
    void beginGroup();
    bool commitGroup();
    bool groupOpen() const { return saved_.has_value(); }

    // Records an answer and writes it through the sink (throws what the sink throws; nothing is
    // recorded then).
    void answer(std::size_t personIndex, std::size_t itemIndex, const Answer& answer);
    std::optional<Answer> answerOf(std::size_t personIndex, std::size_t itemIndex) const;
    // Forgets a person's answers and removes their votes on the round's items from the document.
    void removeAnswersOf(std::size_t personIndex);

    std::size_t answerCount() const { return answers_.size(); }
    std::size_t answerCount(std::size_t itemIndex) const;
    std::size_t voterCount() const;  // people with at least one answer
    // The 1..5 ratings given on an item, in no particular order.
    std::vector<std::int64_t> ratingsOf(std::size_t itemIndex) const;

  private:
    std::string newToken(std::size_t bytes) const;

    std::vector<RoundItem> items_;
    std::vector<RoundPerson> people_;
    VoteSink& sink_;
    RandomBytes randomBytes_;
    std::string roundToken_, joinCode_;
    bool open_ = true;
    std::map<std::string, std::size_t> voters_;                      // voter token -> person index
    std::map<std::pair<std::size_t, std::size_t>, Answer> answers_;  // (person, item)
    struct Saved {
        std::vector<RoundPerson> people;
        std::map<std::string, std::size_t> voters;
        std::map<std::pair<std::size_t, std::size_t>, Answer> answers;
    };
    std::optional<Saved> saved_;  // the state at beginGroup(), while a group is open
};

// Constant-time comparison, so a token cannot be guessed one character at a time by timing.
bool sameToken(const std::string& a, const std::string& b);

}  // namespace crm::room_votes
