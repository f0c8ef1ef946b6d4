// Workshop statistics on hand-made votes.
#include <catch2/catch.hpp>

#include "engine/model/descriptor.h"
#include "engine/workshop/rating_spread.h"

using namespace crm;
using namespace crm::workshop;

TEST_CASE("spread of five votes, by hand", "[workshop]") {
    // Votes 2, 4, 4, 5, 1 -> sorted 1 2 4 4 5
    // mean 16/5 = 3.2; median 4; min 1; max 5
    // population variance ((1-3.2)^2+(2-3.2)^2+2(4-3.2)^2+(5-3.2)^2)/5 = (4.84+1.44+1.28+3.24)/5
    // = 2.16 sd = sqrt(2.16) = 1.46969...; Q1 at h=1 -> 2, Q3 at h=3 -> 4, IQR 2
    const auto s = describeRatings({2, 4, 4, 5, 1}, 1.0);
    CHECK(s.count == 5);
    CHECK(s.mean == Approx(3.2));
    CHECK(s.median == 4.0);
    CHECK(s.minimum == 1);
    CHECK(s.maximum == 5);
    CHECK(s.standardDeviation == Approx(1.4696938457));
    CHECK(s.interquartileRange == 2.0);
    CHECK(s.highDisagreement);
    CHECK(s.effectiveValue == 4);
}

TEST_CASE("an even split rounds the median half up; agreement is not flagged", "[workshop]") {
    // Votes 3 3 4 4: mean 3.5, median 3.5 -> 4; sd 0.5; Q1 at h=0.75 -> 3, Q3 at h=2.25 -> 4: IQR 1
    const auto s = describeRatings({3, 4, 3, 4}, 1.0);
    CHECK(s.median == 3.5);
    CHECK(s.effectiveValue == 4);
    CHECK(s.standardDeviation == Approx(0.5));
    CHECK(s.interquartileRange == Approx(1.0));
    CHECK_FALSE(s.highDisagreement);
    CHECK_FALSE(describeRatings({5}, 0.0).highDisagreement);  // one voice cannot disagree
}

namespace {
Cycle ratedCycle() {
    Cycle c;
    c.id = "c";
    CapabilityRating vision;
    vision.id = "cap-v", vision.name = "Vision", vision.current = 1, vision.target = 5;
    CapabilityRating tech;
    tech.id = "cap-t", tech.name = "Technology", tech.current = 3;
    c.capabilities = {vision, tech};
    for (const char* id : {"p1", "p2", "p3", "p4", "p5"}) {
        Participant p;
        p.id = id;
        c.participants.push_back(p);
    }
    auto vote = [&](const char* item, RatingDimension d, const char* who, std::int64_t v) {
        Rating r;
        r.id = std::string(item) + who + std::to_string(static_cast<int>(d));
        r.itemId = item, r.dimension = d, r.participantId = who, r.value = v;
        c.ratings.push_back(r);
    };
    for (auto [who, v] : {std::pair{"p1", 1}, {"p2", 2}, {"p3", 4}, {"p4", 5}, {"p5", 2}})
        vote("cap-v", RatingDimension::Current, who, v);  // sorted 1 2 2 4 5: median 2
    for (auto [who, v] : {std::pair{"p1", 3}, {"p2", 3}, {"p3", 3}})
        vote("cap-t", RatingDimension::Current, who, v);
    return c;
}
}  // namespace

TEST_CASE("scores use the median, or the agreed value when the facilitator set one", "[workshop]") {
    Cycle c = ratedCycle();
    MethodologyProfile profile;
    auto spreads = ratingSpreads(c, profile);
    REQUIRE(spreads.size() == 2);
    CHECK(spreads[0].itemName == "Vision");
    CHECK(spreads[0].highDisagreement);  // sd of 1 2 2 4 5 = sqrt(2.24) = 1.497 > 1
    CHECK_FALSE(spreads[1].highDisagreement);
    CHECK(effectiveCycle(c, profile).capabilities[0].current == 2);
    ConsensusValue agreed;
    agreed.id = "k", agreed.itemId = "cap-v", agreed.dimension = RatingDimension::Current,
    agreed.value = 3;
    agreed.reason = "Sales has a vision, service does not yet";
    c.consensus.push_back(agreed);
    spreads = ratingSpreads(c, profile);
    CHECK(spreads[0].agreed == 3);
    CHECK(spreads[0].effectiveValue == 3);
    CHECK_THAT(spreads[0].reason, Catch::Contains("agreed 3: Sales has a vision"));
    const Cycle effective = effectiveCycle(c, profile);
    CHECK(effective.capabilities[0].current == 3);
    CHECK(effective.capabilities[0].target == 5);  // no votes on target: the typed value stays
    // A stricter threshold in the profile flags the technology votes? No: all equal, sd 0.
    profile.setValue("workshop.disagreement_sd", 0.0);
    CHECK_FALSE(ratingSpreads(c, profile)[1].highDisagreement);
}

TEST_CASE("a rated item's name is kept whole, however long", "[workshop]") {
    Cycle c = ratedCycle();
    // 59 characters: longer than the 40 a validation message shows.
    c.capabilities[1].name = "Technology for order history, quotes and delivery windows";
    const auto spreads = ratingSpreads(c, MethodologyProfile{});
    REQUIRE(spreads.size() == 2);
    CHECK(spreads[1].itemName == "Technology for order history, quotes and delivery windows");
    std::vector<std::string> excluded;
    c.exclusions.push_back({{"x", ""}, "cap-t", "Out of scope"});
    effectiveCycle(c, MethodologyProfile{}, &excluded);
    CHECK(excluded ==
          std::vector<std::string>{
              "Technology for order history, quotes and delivery windows: Out of scope"});
}

TEST_CASE("items marked not applicable leave the scored cycle, with their reason", "[workshop]") {
    Cycle c = ratedCycle();
    ScopeExclusion na;
    na.id = "x", na.itemId = "cap-t", na.reason = "No CRM system in scope this year";
    c.exclusions.push_back(na);
    std::vector<std::string> excluded;
    const Cycle effective = effectiveCycle(c, MethodologyProfile{}, &excluded);
    REQUIRE(effective.capabilities.size() == 1);
    CHECK(effective.capabilities[0].id == "cap-v");
    CHECK(excluded == std::vector<std::string>{"Technology: No CRM system in scope this year"});
}

TEST_CASE("votes of a participant or an item no longer in the cycle do not count", "[workshop]") {
    // A file written before deletions cascaded: p5 left (her vote 2 on Vision stays behind) and a
    // capability "cap-gone" was deleted with one vote on it.
    Cycle c = ratedCycle();
    c.participants.pop_back();
    Rating orphan;
    orphan.id = "r-gone", orphan.itemId = "cap-gone", orphan.participantId = "p1", orphan.value = 5;
    c.ratings.push_back(orphan);
    const auto spreads = ratingSpreads(c, MethodologyProfile{});
    REQUIRE(spreads.size() == 2);  // Vision and Technology only
    // Vision without p5: 1 2 4 5 -> median (2 + 4) / 2 = 3; mean 3; sd sqrt((4+1+1+4)/4) = 1.5811
    CHECK(spreads[0].itemId == "cap-v");
    CHECK(spreads[0].count == 4);
    CHECK(spreads[0].median == 3.0);
    CHECK(spreads[0].standardDeviation == Approx(1.5811388301));
    CHECK(spreads[1].itemId == "cap-t");
}

// The step tables show a voted field's effective value; votedDimension says which fields those
// are. Pinned against effectiveCycle: a single vote of 4 on each listed field must change
// exactly that field of the scored cycle, and "reach" (not voted on) is not listed.
TEST_CASE("votedDimension names exactly the fields effectiveCycle replaces", "[workshop]") {
    struct Case {
        const char* kind;
        const char* field;
        RatingDimension dimension;
    };
    const Case cases[] = {{"capability", "current", RatingDimension::Current},
                          {"capability", "target", RatingDimension::Target},
                          {"capability", "importance", RatingDimension::Importance},
                          {"attribute", "importance", RatingDimension::Importance},
                          {"attribute", "performance", RatingDimension::Performance},
                          {"pain", "severity", RatingDimension::Severity},
                          {"pain", "frequency", RatingDimension::Frequency}};
    for (const Case& k : cases) {
        CAPTURE(k.kind, k.field);
        CHECK(votedDimension(k.kind, k.field) == k.dimension);
        Cycle c;
        c.capabilities.emplace_back().id = "cap";
        c.attributes.emplace_back().id = "att";
        c.painPoints.emplace_back().id = "pain";
        c.participants.emplace_back().id = "p1";
        Rating r;
        r.id = "r", r.dimension = k.dimension, r.participantId = "p1", r.value = 4;
        r.itemId = std::string(k.kind) == "capability"  ? "cap"
                   : std::string(k.kind) == "attribute" ? "att"
                                                        : "pain";
        c.ratings.push_back(r);
        const Cycle effective = effectiveCycle(c, MethodologyProfile{});
        const EntityDescriptor* d = findDescriptor(k.kind);
        REQUIRE(d);
        for (const FieldDescriptor& f : d->fields) {
            if (f.type != FieldType::Integer || f.maximum != 5) continue;  // the 1-5 ratings
            const bool voted = f.key == k.field;
            CAPTURE(f.key);
            CHECK((f.get(d->at(effective, 0)) == FieldValue(std::int64_t{4})) == voted);
        }
    }
    CHECK_FALSE(votedDimension("pain", "reach"));
    CHECK_FALSE(votedDimension("kpi", "current"));
}
