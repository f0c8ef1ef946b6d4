// The migration mechanism: ordered, one transaction each, a failing step leaves the last good
// version.
#include <catch2/catch.hpp>

#include <set>

#include "engine/model/descriptor.h"
#include "store/document.h"
#include "store/migrations.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {
bool tableExists(Database& db, const std::string& name) {
    Statement st =
        db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, name);
    return st.step() && st.integer(0) == 1;
}
}  // namespace

TEST_CASE("a new document is at the current schema version with our application id",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("version");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    Database db(path, SQLITE_OPEN_READONLY);
    CHECK(db.pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
    CHECK(db.pragmaInteger("PRAGMA application_id") == 0x43524D57);
}

TEST_CASE("migrations run in order, and a failing one rolls back to the last good version",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("migrate");
    const auto path = (dir / "m.db").string();
    Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    std::vector<std::int64_t> applied;
    std::vector<Migration> plan = schemaMigrations();
    const std::int64_t next = currentSchemaVersion() + 1;  // test steps after the real ones
    plan.push_back({next, "test: add a notes table", [&](Database& d) {
                        d.execute("CREATE TABLE test_note (id INTEGER PRIMARY KEY, text TEXT)");
                        applied.push_back(next);
                    }});
    plan.push_back({next + 1, "test: fails half-way", [&](Database& d) {
                        d.execute("CREATE TABLE half_done (x)");
                        d.execute("THIS IS NOT SQL");
                    }});
    CHECK_THROWS_AS(migrate(db, plan), StoreError);
    CHECK(db.pragmaInteger("PRAGMA user_version") == next);
    CHECK(tableExists(db, "test_note"));
    CHECK_FALSE(tableExists(db, "half_done"));
    CHECK(applied == std::vector<std::int64_t>{next});
    plan.pop_back();
    migrate(db, plan);  // already there: nothing runs again
    CHECK(applied == std::vector<std::int64_t>{next});
}

TEST_CASE("every field of every kind has its column in schema v1", "[store][schema]") {
    auto dir = crm::testing::freshDir("schema");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    Database db(path, SQLITE_OPEN_READONLY);
    for (const auto* kind : entityDescriptors()) {
        std::set<std::string> columns;
        Statement st = db.prepare("SELECT name FROM pragma_table_info(?)");
        st.bind(1, kind->table);
        while (st.step()) columns.insert(st.text(0));
        INFO("table " << kind->table);
        REQUIRE_FALSE(columns.empty());
        for (const auto& f : kind->fields) CHECK(columns.count(std::string(f.key)) == 1);
    }
}

TEST_CASE("foreign keys are enforced: deleting a cycle removes its items", "[store][schema]") {
    auto dir = crm::testing::freshDir("fk");
    const auto path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    doc.database().execute("DELETE FROM cycle WHERE id = 'cyc-a'");
    Statement st = doc.database().prepare("SELECT count(*) FROM kpi WHERE cycle_id = 'cyc-a'");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 0);
}

TEST_CASE("a version 1 document migrates to the current version, keeps its content and a backup",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("v1");
    const auto path = (dir / "old.crmw").string();
    std::string before;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        // Make it look exactly like a file written by the version-1 program.
        doc.database().execute(
            "DROP TABLE outward_observation; DROP TABLE inward_finding; DROP TABLE reset_decision; "
            "DROP TABLE scheduled_event; DROP TABLE participant; DROP TABLE rating; DROP TABLE "
            "consensus_value; "
            "DROP TABLE evidence_note; DROP TABLE scope_exclusion; DROP TABLE parking_lot_item; "
            "DROP TABLE agenda_slot; DROP TABLE IF EXISTS transaction_line; DROP TABLE IF EXISTS "
            "transaction_import; DROP TABLE catalog_version; DROP TABLE report_cover; DROP TABLE "
            "action_item; DROP TABLE section_narrative; DROP TABLE sign_off; DROP TABLE step_time; "
            "DROP TABLE report_section_left_out; "
            "PRAGMA user_version = 1;");
    }
    before = crm::testing::readBytes(path);
    Document doc = Document::open(path);
    CHECK(doc.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
    CHECK(doc.assessment().cycles.size() == 2);
    CHECK(doc.assessment().findCycle("cyc-b")->kpis.at(0).current == 0.2);
    CHECK(crm::testing::readBytes(path + ".v1.bak") == before);
    CHECK(tableExists(doc.database(), "scheduled_event"));
}

TEST_CASE("a version 6 document gets the time-per-step table; the clock's time is kept in it",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("v6");
    const auto path = (dir / "old.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        // What the version-6 program wrote: no step_time table.
        doc.database().execute(
            "DROP TABLE step_time; DROP TABLE report_section_left_out; PRAGMA user_version = 6;");
    }
    const std::string before = crm::testing::readBytes(path);
    const EntityDescriptor& stepTime = *findDescriptor("step_time");
    EntityId cycleId;
    {
        Document doc = Document::open(path);
        // Every later migration runs too (8: the report sections left out).
        CHECK(doc.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
        CHECK(crm::testing::readBytes(path + ".v6.bak") == before);
        CHECK(tableExists(doc.database(), "step_time"));
        cycleId = doc.assessment().cycles.front().id;
        CHECK(doc.assessment().cycles.front().stepTimes.empty());
        const EntityId id = doc.insertItem(cycleId, stepTime, 0, std::nullopt);
        doc.setField(cycleId, stepTime, id, "step", FieldValue{std::int64_t{3}});
        doc.setField(cycleId, stepTime, id, "spent_seconds", FieldValue{std::int64_t{125}});
    }
    Document doc = Document::open(path);
    const auto& times = doc.assessment().findCycle(cycleId)->stepTimes;
    REQUIRE(times.size() == 1);
    CHECK(times[0].step == 3);
    CHECK(times[0].spentSeconds == 125);
}

TEST_CASE("a version 7 document gets the table of report sections left out; a choice is kept",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("v7");
    const auto path = (dir / "old.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        // What the version-7 program wrote: no report_section_left_out table.
        doc.database().execute("DROP TABLE report_section_left_out; PRAGMA user_version = 7;");
    }
    const std::string before = crm::testing::readBytes(path);
    {
        Document doc = Document::open(path);
        CHECK(doc.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
        CHECK(crm::testing::readBytes(path + ".v7.bak") == before);
        CHECK(tableExists(doc.database(), "report_section_left_out"));
        CHECK(doc.assessment().reportSectionsLeftOut.empty());  // every section, as before
        doc.setReportSectionsLeftOut({"parking-lot", "methodology", "parking-lot"});
        CHECK(doc.assessment().reportSectionsLeftOut ==
              std::vector<std::string>{"methodology", "parking-lot"});
    }
    {
        Document doc = Document::open(path);
        CHECK(doc.assessment().reportSectionsLeftOut ==
              std::vector<std::string>{"methodology", "parking-lot"});
        doc.setReportSectionsLeftOut({});
    }
    CHECK(Document::open(path).assessment().reportSectionsLeftOut.empty());
}

TEST_CASE("a version 8 document gets the language English, and a German document stays German",
          "[store][migrations]") {
    auto dir = crm::testing::freshDir("v8");
    const auto path = (dir / "old.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        // What the version-8 program wrote: no language in document_meta.
        doc.database().execute(
            "DELETE FROM document_meta WHERE key = 'language'; PRAGMA user_version = 8;");
    }
    const std::string before = crm::testing::readBytes(path);
    {
        Document doc = Document::open(path);
        CHECK(doc.database().pragmaInteger("PRAGMA user_version") == 9);
        CHECK(crm::testing::readBytes(path + ".v8.bak") == before);
        CHECK(doc.assessment().language == "en");
        DocumentProperties german = doc.assessment().properties();
        german.language = "de";
        doc.setDocumentProperties(german);
    }
    CHECK(Document::open(path).assessment().language == "de");
}
