// Edits: each one reaches the file at once; a refused value changes nothing.
#include <catch2/catch.hpp>

#include <set>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {
const EntityDescriptor& kind(std::string_view k) { return *findDescriptor(k); }
}  // namespace

TEST_CASE("a field edit is in the file as soon as it returns", "[store][edits]") {
    auto dir = crm::testing::freshDir("edit");
    const auto path = (dir / "a.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        doc.setField("cyc-b", kind("kpi"), "kpi-1b", "target", FieldValue{std::string("0.35")});
        doc.setField("cyc-b", kind("segment"), "seg-1b", "revenue", FieldValue{std::string("0.1")});
        doc.setField("cyc-b", kind("statement"), "cyc-b", "value_proposition",
                     FieldValue{std::string("Fast & exact")});
        doc.setField("cyc-b", kind("relationship"), "cyc-b", "promoters",
                     FieldValue{std::int64_t{50}});
    }
    Document reopened = Document::open(path);
    const Cycle& c = *reopened.assessment().findCycle("cyc-b");
    CHECK(c.kpis[0].target == 0.35);
    CHECK(c.segments[0].revenue == Money{100});
    CHECK(c.statement.valueProposition == "Fast & exact");
    CHECK(c.relationship.promoters == 50);
}

TEST_CASE("a value that does not fit is refused and nothing changes", "[store][edits]") {
    auto dir = crm::testing::freshDir("refuse");
    const auto path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    const std::string before = exportAssessmentJson(doc.assessment());
    try {
        doc.setField("cyc-b", kind("kpi"), "kpi-1b", "target",
                     FieldValue{std::string("about ten")});
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()) == "Target: expected a number");
    }
    CHECK_THROWS_AS(
        doc.setField("cyc-b", kind("capability"), "cap-1b", "current", FieldValue{std::int64_t{6}}),
        StoreError);
    CHECK(exportAssessmentJson(doc.assessment()) == before);
    doc = Document::create((dir / "other.crmw").string(),
                           crm::testing::smallAssessment());  // closes a.crmw
    CHECK(exportAssessmentJson(Document::open(path).assessment()) == before);
}

TEST_CASE("insert, move and remove keep order in memory and in the file", "[store][edits]") {
    auto dir = crm::testing::freshDir("order");
    const auto path = (dir / "a.crmw").string();
    EntityId first, second;
    Document::RemovedItem removed;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        first = doc.insertItem("cyc-b", kind("objective"), 0);
        second = doc.insertItem("cyc-b", kind("objective"), 99);  // clamped to the end
        doc.setField("cyc-b", kind("objective"), second, "name", FieldValue{std::string("Last")});
        doc.moveItem("cyc-b", kind("objective"), second, 0);
        removed = doc.removeItem("cyc-b", kind("objective"), first);
        CHECK(removed.index == 1);
    }
    Document reopened = Document::open(path);
    const auto& objectives = reopened.assessment().findCycle("cyc-b")->objectives;
    REQUIRE(objectives.size() == 2);
    CHECK(objectives[0].id == second);
    CHECK(objectives[0].name == "Last");
    CHECK(objectives[1].id == "obj-1b");
    // Undo of the removal: the same record goes back at the same place.
    reopened.insertItem("cyc-b", kind("objective"), removed.index, removed.record);
    CHECK(reopened.assessment().findCycle("cyc-b")->objectives[1].id == first);
}

// A blank item keeps its kind's own defaults: a participant added to the room is internal
// staff (Participant::perspective), not the first entry of the choice list ("external").
TEST_CASE("a new blank item takes its kind's default choices", "[store][edits]") {
    auto dir = crm::testing::freshDir("defaults");
    {
        Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
        const EntityId id = doc.insertItem("cyc-b", kind("participant"), 0);
        const Participant& added = doc.assessment().findCycle("cyc-b")->participants.front();
        CHECK(added.id == id);
        CHECK(added.perspective == Perspective::Internal);
    }
    Document reopened = Document::open((dir / "a.crmw").string());
    CHECK(reopened.assessment().findCycle("cyc-b")->participants.front().perspective ==
          Perspective::Internal);
}

TEST_CASE("generated ids are unique across cycles", "[store][edits]") {
    auto dir = crm::testing::freshDir("ids");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    std::set<std::string> ids;
    for (int i = 0; i < 20; ++i) ids.insert(doc.insertItem("cyc-a", kind("kpi"), 0));
    CHECK(ids.size() == 20);
    CHECK_FALSE(ids.count("kpi-1"));
}

TEST_CASE("a new cycle copies every step with new ids mapped to the old ones", "[store][cycles]") {
    auto dir = crm::testing::freshDir("newcycle");
    const auto path = (dir / "a.crmw").string();
    EntityId third;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        third = doc.startNewCycle("cyc-b", "2027", parseIsoDate("2027-11-15"));
    }
    Document doc = Document::open(path);
    const Assessment& a = doc.assessment();
    REQUIRE(a.cycles.size() == 3);
    CHECK(a.currentCycleId == third);
    const Cycle& from = *a.findCycle("cyc-b");
    const Cycle& copy = *a.findCycle(third);
    CHECK(copy.name == "2027");
    CHECK(copy.previousCycleId == "cyc-b");
    for (const auto* kind : entityDescriptors()) {
        if (kind->singleton) continue;
        REQUIRE(kind->count(copy) == kind->count(from));
        for (std::size_t i = 0; i < kind->count(copy); ++i) {
            CHECK(kind->at(copy, i).originId == kind->at(from, i).id);
            CHECK(kind->at(copy, i).id != kind->at(from, i).id);
        }
    }
    // References point inside the new cycle.
    CHECK(copy.alignment[0].kpiId == copy.kpis[0].id);
    CHECK(copy.alignment[0].objectiveId == copy.objectives[0].id);
    CHECK(copy.milestones[0].ownerId == copy.kpis[0].id);
    CHECK(copy.painPoints[0].segmentIds == std::vector<std::string>{copy.segments[0].id});
    CHECK(copy.statement.businessModel == from.statement.businessModel);
    CHECK(validateAssessment(a).empty());
}

TEST_CASE("deleting a cycle can be undone by inserting it back", "[store][cycles]") {
    auto dir = crm::testing::freshDir("delcycle");
    const auto path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    const std::string before = exportAssessmentJson(doc.assessment());
    auto [removed, position] = doc.deleteCycle("cyc-a");
    CHECK(doc.assessment().cycles.size() == 1);
    CHECK_THROWS_AS(doc.deleteCycle("cyc-b"), StoreError);
    doc.insertCycle(removed, position);
    CHECK(exportAssessmentJson(doc.assessment()) == before);
    doc = Document::create((dir / "other.crmw").string(), crm::testing::smallAssessment());
    CHECK(exportAssessmentJson(Document::open(path).assessment()) == before);
}

TEST_CASE("a new cycle carries open parking-lot items and participants, not votes",
          "[store][cycles][workshop]") {
    auto dir = crm::testing::freshDir("carry");
    Assessment a = crm::testing::smallAssessment();
    Cycle& c = a.cycles[1];
    ParkingLotItem open, closed;
    open.id = "pk-1", open.text = "Who owns the webshop data?", open.step = 10;
    closed.id = "pk-2", closed.text = "Is NPS measured per segment?", closed.closed = true;
    c.parkingLot = {open, closed};
    Participant p;
    p.id = "pa-1", p.name = "Dana Ruiz";
    c.participants = {p};
    Rating r;
    r.id = "r-1", r.itemId = "cap-1b", r.participantId = "pa-1", r.value = 3;
    c.ratings = {r};
    AgendaSlot slot;
    slot.id = "ag-1", slot.step = 1, slot.plannedMinutes = 30, slot.spentSeconds = 1900;
    c.agenda = {slot};
    Document doc = Document::create((dir / "a.crmw").string(), a);
    const EntityId next = doc.startNewCycle("cyc-b", "2027", std::nullopt);
    const Cycle& copy = *doc.assessment().findCycle(next);
    REQUIRE(copy.parkingLot.size() == 1);
    CHECK(copy.parkingLot[0].text == "Who owns the webshop data?");
    CHECK(copy.parkingLot[0].originId == "pk-1");
    CHECK(copy.participants.size() == 1);
    CHECK(copy.ratings.empty());
    CHECK(copy.agenda[0].plannedMinutes == 30);
    CHECK_FALSE(copy.agenda[0].spentSeconds);
}

TEST_CASE("document properties are written together and read back after reopening",
          "[store][properties]") {
    auto dir = crm::testing::freshDir("properties");
    const auto path = (dir / "p.crmw").string();
    const DocumentProperties typed{"Ørsted & Sons <b>", "Dana Ruiz", "Wholesale", "CHF"};
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        doc.setDocumentProperties(typed);
        CHECK(doc.assessment().properties() == typed);
    }
    Document reopened = Document::open(path);
    CHECK(reopened.assessment().properties() == typed);
}

TEST_CASE("a malformed currency is refused and changes nothing", "[store][properties]") {
    auto dir = crm::testing::freshDir("properties-bad");
    const auto path = (dir / "p.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    const DocumentProperties before = doc.assessment().properties();
    try {
        doc.setDocumentProperties({"New name", "", "", "EURO"});
        FAIL("no error");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::InvalidInput);
        CHECK_THAT(e.what(), Catch::Contains("'EURO' is not a currency code"));
    }
    CHECK(doc.assessment().properties() == before);
    Assessment bad = crm::testing::smallAssessment();
    bad.currency = "12";
    CHECK_THROWS_AS(Document::create((dir / "q.crmw").string(), bad), StoreError);
    CHECK_FALSE(std::filesystem::exists(dir / "q.crmw"));
}

TEST_CASE("a file written before the currency existed reads as not set", "[store][properties]") {
    auto dir = crm::testing::freshDir("properties-old");
    const auto path = (dir / "old.crmw").string();
    {
        Assessment a = crm::testing::smallAssessment();
        a.currency = "EUR";
        Document doc = Document::create(path, a);
        // As the program before the currency wrote it: no such key at all.
        doc.database().execute("DELETE FROM document_meta WHERE key = 'currency'");
    }
    Document doc = Document::open(path);
    CHECK(doc.assessment().currency.empty());
    CHECK(doc.assessment().companyName == crm::testing::smallAssessment().companyName);
}
