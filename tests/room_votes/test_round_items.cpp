// What a round asks, taken from a cycle, and the sink that writes answers into a real document.
#include <catch2/catch.hpp>

#include <filesystem>

#include "room_votes/document_vote_sink.h"
#include "room_votes/round_items.h"
#include "store/document.h"

using namespace crm;
using namespace crm::room_votes;

TEST_CASE("The fields the room votes on are named KIND:FIELD") {
    REQUIRE(parseVotedField("capability:current"));
    CHECK(parseVotedField("capability:current")->dimension == RatingDimension::Current);
    CHECK(parseVotedField("pain:severity")->kind == "pain");
    CHECK_FALSE(parseVotedField("capability:name"));
    CHECK_FALSE(parseVotedField("capability"));
    CHECK_FALSE(parseVotedField("kpi:target"));
    CHECK(ratedKindOfStep(10) == "capability");
    CHECK(ratedKindOfStep(4).empty());
}

TEST_CASE("A round's items: the kind's items in order, without those marked not applicable") {
    Cycle cycle;
    CapabilityRating vision, data, brand;
    vision.id = "cap-1", vision.name = "Vision", vision.areaKey = "vision";
    vision.notes = "Facilitator's private note";
    data.id = "cap-2", data.name = "Data quality", data.areaKey = "data_quality";
    brand.id = "cap-3", brand.name = "Brand";
    cycle.capabilities = {vision, data, brand};
    ScopeExclusion skip;
    skip.itemId = "cap-2";
    cycle.exclusions = {skip};
    const LevelTexts levels = levelsFromCatalog(
        R"({"items": [{"key": "vision", "description": "A shared picture",
                       "levels": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}},
                      {"key": "broken", "levels": {"1": "only one"}}]})");
    CHECK(levels.size() == 1);

    const auto items = roundItems(cycle, {"capability", RatingDimension::Target}, levels);
    REQUIRE(items.size() == 2);
    CHECK(items[0].name == "Vision");
    CHECK(items[0].question == "Target maturity");
    CHECK(items[0].description == "A shared picture");  // the catalog's words, not the notes
    CHECK(items[0].levels[4] == "e");
    CHECK(items[1].name == "Brand");
    CHECK(items[1].levels[0] == "Developing");  // no catalog entry: the maturity scale
    CHECK(levelsFromCatalog("not json").empty());
}

TEST_CASE("The document sink writes each answer at once and removes it again") {
    const auto path = std::filesystem::temp_directory_path() / "crmw-room-votes-sink.crmw";
    std::filesystem::remove(path);
    Assessment content = store::Document::blankAssessment("Quillmere", "2026");
    auto document = store::Document::create(path.string(), content);
    const EntityId cycleId = document.assessment().cycles.front().id;
    const EntityDescriptor& capability = *findDescriptor("capability");
    CapabilityRating vision;
    vision.name = "Vision";
    RoundItem item;
    item.itemId = document.insertItem(cycleId, capability, 0, captureRecord(capability, vision));
    item.dimension = RatingDimension::Current;

    DocumentVoteSink sink(document, cycleId);
    const EntityId anna = sink.addParticipant("Anna");
    sink.recordVote(anna, item, 4);
    sink.recordVote(anna, item, 2);
    {
        // Read back from the file, as a crash right now would leave it.
        auto reread = store::Document::open(path.string(), store::OpenMode::Snapshot);
        const Cycle& saved = reread.assessment().cycles.front();
        REQUIRE(saved.participants.size() == 1);
        CHECK(saved.participants[0].name == "Anna");
        REQUIRE(saved.ratings.size() == 1);
        CHECK(saved.ratings[0].value == 2);
        CHECK(saved.ratings[0].participantId == anna);
    }
    sink.recordVote(anna, item, std::nullopt);
    CHECK(document.assessment().cycles.front().ratings.empty());
    std::filesystem::remove(path);
}
