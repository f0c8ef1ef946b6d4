// Edits: each one reaches the file at once; a refused value changes nothing.
#include <catch2/catch.hpp>

#include <set>

#include "engine/model/descriptor.h"
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
        doc.setField("cyc-b", kind("statement"), "cyc-b", "value_proposition", FieldValue{std::string("Fast & exact")});
        doc.setField("cyc-b", kind("relationship"), "cyc-b", "promoters", FieldValue{std::int64_t{50}});
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
        doc.setField("cyc-b", kind("kpi"), "kpi-1b", "target", FieldValue{std::string("about ten")});
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()) == "Target: expected a number");
    }
    CHECK_THROWS_AS(doc.setField("cyc-b", kind("capability"), "cap-1b", "current", FieldValue{std::int64_t{6}}),
                    StoreError);
    CHECK(exportAssessmentJson(doc.assessment()) == before);
    doc = Document::create((dir / "other.crmw").string(), crm::testing::smallAssessment());  // closes a.crmw
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

TEST_CASE("generated ids are unique across cycles", "[store][edits]") {
    auto dir = crm::testing::freshDir("ids");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    std::set<std::string> ids;
    for (int i = 0; i < 20; ++i) ids.insert(doc.insertItem("cyc-a", kind("kpi"), 0));
    CHECK(ids.size() == 20);
    CHECK_FALSE(ids.count("kpi-1"));
}
