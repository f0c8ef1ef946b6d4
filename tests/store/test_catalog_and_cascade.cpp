// Schema v5 (catalog versions) and the workshop records that go and come back with their item.
#include <catch2/catch.hpp>

#include "engine/model/descriptor.h"
#include "store/document.h"
#include "store/migrations.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {

std::int64_t countRows(Database& db, const std::string& sql) {
    Statement st = db.prepare(sql);
    return st.step() ? st.integer(0) : -1;
}

// The room of three votes on the first capability of cycle b, one agreement and one note.
Assessment votedAssessment() {
    Assessment a = crm::testing::smallAssessment();
    Cycle& c = a.cycles[1];
    for (const char* id : {"pa-1", "pa-2", "pa-3"}) {
        Participant p;
        p.id = id;
        p.name = std::string("Person ") + id;
        c.participants.push_back(p);
    }
    auto vote = [&](const char* id, const char* who, std::int64_t value, RatingDimension d) {
        Rating r;
        r.id = id, r.itemId = "cap-1b", r.participantId = who, r.value = value, r.dimension = d;
        c.ratings.push_back(r);
    };
    vote("r-1", "pa-1", 1, RatingDimension::Current);
    vote("r-2", "pa-2", 4, RatingDimension::Current);
    vote("r-3", "pa-3", 5, RatingDimension::Current);
    vote("r-4", "pa-2", 5, RatingDimension::Target);
    vote("r-5", "pa-1", 3, RatingDimension::Target);
    ConsensusValue agreed;
    agreed.id = "co-1", agreed.itemId = "cap-1b", agreed.value = 3, agreed.reason = "audit";
    c.consensus.push_back(agreed);
    EvidenceNote note;
    note.id = "ev-1", note.itemId = "cap-1b", note.text = "Board minutes, March";
    c.evidence.push_back(note);
    return a;
}

std::vector<EntityId> ratingIds(const Cycle& c) {
    std::vector<EntityId> ids;
    for (const auto& r : c.ratings) ids.push_back(r.id);
    return ids;
}

}  // namespace

TEST_CASE(
    "a version 4 document migrates to the latest version: content kept, catalog versions recorded",
    "[store][migrations][catalog]") {
    auto dir = crm::testing::freshDir("v4");
    const auto path = (dir / "old.crmw").string();
    Assessment a = crm::testing::smallAssessment();
    AttributeRating speed;
    speed.id = "att-1", speed.attribute = "Speed of delivery", speed.catalogKey = "speed";
    a.cycles[1].attributes.push_back(speed);
    {
        Document doc = Document::create(path, a);
        // What the version-4 program wrote: no catalog_version table, no deliverables (v6).
        doc.database().execute(
            "DROP TABLE catalog_version; DROP TABLE report_cover; DROP TABLE action_item; "
            "DROP TABLE section_narrative; DROP TABLE sign_off; DROP TABLE step_time; DROP TABLE "
            "report_section_left_out; "
            "PRAGMA user_version = 4;");
    }
    const std::string before = crm::testing::readBytes(path);
    Document doc = Document::open(path);
    CHECK(currentSchemaVersion() == 9);
    CHECK(doc.database().pragmaInteger("PRAGMA user_version") == 9);
    CHECK(crm::testing::readBytes(path + ".v4.bak") == before);
    CHECK(doc.assessment().cycles.size() == 2);
    CHECK(doc.assessment().findCycle("cyc-b")->kpis.at(0).current == 0.2);
    CHECK(doc.assessment().findCycle("cyc-b")->attributes.at(0).catalogKey == "speed");
    // Capabilities and a keyed attribute were there; no metric carries a catalog key.
    CHECK(doc.catalogVersion("building_blocks") == std::optional<std::int64_t>(1));
    CHECK(doc.catalogVersion("attributes") == std::optional<std::int64_t>(1));
    CHECK_FALSE(doc.catalogVersion("metrics"));
    CHECK(doc.catalogVersions().size() == 2);
}

TEST_CASE("a failed version 5 migration leaves the version 4 file as it was",
          "[store][migrations][catalog]") {
    auto dir = crm::testing::freshDir("v4fail");
    const auto path = (dir / "old.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        // The table already there makes CREATE TABLE fail half-way through the migration.
        doc.database().execute(
            "DELETE FROM catalog_version; PRAGMA user_version = 4; "
            "CREATE TABLE IF NOT EXISTS catalog_version (x)");
    }
    CHECK_THROWS_AS(Document::open(path), StoreError);
    Database db(path, SQLITE_OPEN_READONLY);
    CHECK(db.pragmaInteger("PRAGMA user_version") == 4);
    CHECK(countRows(db, "SELECT count(*) FROM catalog_version") == 0);
}

TEST_CASE("catalog versions are kept in the file and an entry can be removed again",
          "[store][catalog]") {
    auto dir = crm::testing::freshDir("catver");
    const auto path = (dir / "a.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        CHECK(doc.catalogVersions().empty());  // a new document has used no catalog yet
        doc.setCatalogVersion("building_blocks", 2);
        doc.setCatalogVersion("metrics", 1);
        doc.setCatalogVersion("metrics", std::nullopt);
        CHECK_THROWS_AS(doc.setCatalogVersion("attributes", 0), StoreError);
    }
    Document doc = Document::open(path);
    CHECK(doc.catalogVersion("building_blocks") == std::optional<std::int64_t>(2));
    CHECK_FALSE(doc.catalogVersion("metrics"));
    CHECK_FALSE(doc.catalogVersion("attributes"));
}

TEST_CASE("deleting a participant deletes their votes in the same transaction; undo restores",
          "[store][workshop][cascade]") {
    auto dir = crm::testing::freshDir("cascade");
    const auto path = (dir / "a.crmw").string();
    Document doc = Document::create(path, votedAssessment());
    const EntityDescriptor& participant = *findDescriptor("participant");
    const auto before = ratingIds(*doc.assessment().findCycle("cyc-b"));

    auto removed = doc.removeItem("cyc-b", participant, "pa-2");
    CHECK(removed.dependents.size() == 2);  // r-2 (current) and r-4 (target)
    const Cycle& c = *doc.assessment().findCycle("cyc-b");
    CHECK(ratingIds(c) == std::vector<EntityId>{"r-1", "r-3", "r-5"});
    CHECK(c.consensus.size() == 1);  // agreements belong to the item, not to a voter
    CHECK(countRows(doc.database(), "SELECT count(*) FROM rating WHERE participant_id = 'pa-2'") ==
          0);
    CHECK(countRows(doc.database(), "SELECT count(*) FROM rating") == 3);

    // The undo of the GUI inserts the same record again: the votes come back, in their places.
    doc.insertItem("cyc-b", participant, removed.index, removed.record);
    CHECK(ratingIds(*doc.assessment().findCycle("cyc-b")) == before);
    CHECK(doc.assessment().findCycle("cyc-b")->ratings[1].value == std::optional<std::int64_t>(4));
    CHECK(countRows(doc.database(), "SELECT count(*) FROM rating WHERE participant_id = 'pa-2'") ==
          2);
    // Positions in the file match the list order.
    Statement order =
        doc.database().prepare("SELECT id FROM rating WHERE cycle_id = 'cyc-b' ORDER BY position");
    std::vector<EntityId> fromFile;
    while (order.step()) fromFile.push_back(order.text(0));
    CHECK(fromFile == before);
}

TEST_CASE("deleting a rated item takes its votes, agreement and notes; undo restores them",
          "[store][workshop][cascade]") {
    auto dir = crm::testing::freshDir("cascade-item");
    Document doc = Document::create((dir / "a.crmw").string(), votedAssessment());
    const EntityDescriptor& capability = *findDescriptor("capability");
    auto removed = doc.removeItem("cyc-b", capability, "cap-1b");
    CHECK(removed.dependents.size() == 7);  // 5 votes, 1 agreement, 1 note
    const Cycle* c = doc.assessment().findCycle("cyc-b");
    CHECK(c->ratings.empty());
    CHECK(c->consensus.empty());
    CHECK(c->evidence.empty());
    CHECK(c->participants.size() == 3);  // the voters stay
    // The other cycle's capability (and its own id) is untouched.
    CHECK(doc.assessment().findCycle("cyc-a")->capabilities.size() == 1);
    doc.insertItem("cyc-b", capability, removed.index, removed.record);
    c = doc.assessment().findCycle("cyc-b");
    CHECK(c->ratings.size() == 5);
    CHECK(c->consensus.size() == 1);
    CHECK(c->evidence.at(0).text == "Board minutes, March");

    // Reopened from disk: the same.
    const std::string path = doc.path();
    doc = Document::create((dir / "b.crmw").string(), crm::testing::smallAssessment());
    Document again = Document::open(path);
    CHECK(again.assessment().findCycle("cyc-b")->ratings.size() == 5);
}

TEST_CASE("deleting a participant without votes removes only that row", "[store][workshop]") {
    auto dir = crm::testing::freshDir("cascade-none");
    Assessment a = votedAssessment();
    Participant quiet;
    quiet.id = "pa-9", quiet.name = "Silent guest";
    a.cycles[1].participants.push_back(quiet);
    Document doc = Document::create((dir / "a.crmw").string(), a);
    auto removed = doc.removeItem("cyc-b", *findDescriptor("participant"), "pa-9");
    CHECK(removed.dependents.empty());
    CHECK(doc.assessment().findCycle("cyc-b")->ratings.size() == 5);
}
