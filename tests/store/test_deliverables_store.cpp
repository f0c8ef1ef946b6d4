// Schema v6 and JSON v3: tracked actions, section narratives, the report cover and sign-offs in
// the file, through JSON and into the next year's cycle.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "engine/model/descriptor.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/migrations.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {

// A 3 x 2 red RGB PNG written with Python's zlib (signature, IHDR, IDAT, IEND).
const std::string kTinyPngUri =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQx"
    "wFgBB0gX7h/C5SAAAAABJRU5ErkJggg==";

std::int64_t countRows(Database& db, const std::string& sql) {
    Statement st = db.prepare(sql);
    return st.step() ? st.integer(0) : -1;
}

const EntityDescriptor& kind(std::string_view name) { return *findDescriptor(name); }

ActionItem action(const char* id, const char* title, ActionStatus status) {
    ActionItem a;
    a.id = id, a.title = title, a.status = status;
    return a;
}

// smallAssessment with a resource and every deliverable in its current cycle cyc-b.
Assessment deliverablesAssessment() {
    Assessment a = crm::testing::smallAssessment();
    Cycle& c = a.cycles[1];
    ResourceRequirement r;
    r.id = "res-1b", r.description = "Renewal desk", r.initialCost = Money{45000000};
    c.resources.push_back(r);
    ActionItem open = action("act-1", "Hire a renewal lead", ActionStatus::InProgress);
    open.findingId = "capability-gap:vision", open.owner = "Dana \"DJ\" Ruiz";
    open.due = parseIsoDate("2026-06-30"), open.kpiId = "kpi-1b", open.objectiveId = "obj-1b";
    open.resourceId = "res-1b", open.cost = Money{12500500}, open.note = "Two <interviews> left";
    c.actions = {open, action("act-2", "Draft the survey", ActionStatus::NotStarted),
                 action("act-3", "Wait for IT", ActionStatus::Blocked),
                 action("act-4", "Clean the CRM", ActionStatus::Done),
                 action("act-5", "Loyalty cards", ActionStatus::Dropped)};
    c.actions[2].kpiId = "kpi-1b";
    SectionNarrative summary, step3;
    summary.id = "nar-1", summary.part = ReportPart::Summary;
    summary.text = "We agreed on **three** things:\n\n- keep the desk\n- call *lapsed* schools\n";
    step3.id = "nar-2", step3.part = ReportPart::Step3, step3.text = "Deliveries hurt most.";
    c.narratives = {summary, step3};
    c.cover.id = c.id;
    c.cover.title = "CRM strategy 2026";
    c.cover.preparedFor = "The board of Tallow & Finch";
    c.cover.preparedBy = "R. Okafor";
    c.cover.confidentiality = "Confidential: board members only";
    c.cover.logo = kTinyPngUri;
    SignOff chair, cfo;
    chair.id = "so-1", chair.name = "Mina Patel", chair.role = "Chair";
    chair.signedOn = parseIsoDate("2026-02-03");
    cfo.id = "so-2", cfo.name = "Tom Berg", cfo.role = "CFO";
    c.signOffs = {chair, cfo};
    return a;
}

}  // namespace

TEST_CASE(
    "a version 5 document migrates to the latest version with a cover per cycle, content kept",
    "[store][migrations][deliverables]") {
    auto dir = crm::testing::freshDir("v5");
    const auto path = (dir / "old.crmw").string();
    std::string exportedBefore;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        exportedBefore = exportAssessmentJson(doc.assessment());
        // What the version-5 program wrote: none of the deliverables tables.
        doc.database().execute(
            "DROP TABLE report_cover; DROP TABLE action_item; DROP TABLE section_narrative; "
            "DROP TABLE sign_off; DROP TABLE step_time; DROP TABLE report_section_left_out; PRAGMA "
            "user_version = 5;");
    }
    const std::string before = crm::testing::readBytes(path);
    {
        Document doc = Document::open(path);
        CHECK(currentSchemaVersion() == 9);
        CHECK(doc.database().pragmaInteger("PRAGMA user_version") == 9);
        CHECK(crm::testing::readBytes(path + ".v5.bak") == before);
        CHECK(countRows(doc.database(), "SELECT count(*) FROM report_cover") == 2);  // 2 cycles
        CHECK(countRows(doc.database(),
                        "SELECT count(*) FROM report_cover JOIN cycle ON "
                        "cycle.id = report_cover.cycle_id") == 2);
        CHECK(exportAssessmentJson(doc.assessment()) == exportedBefore);
        doc.setField("cyc-a", kind("cover"), "cyc-a", "title", std::string("Report 2025"));
    }
    Document doc = Document::open(path);
    CHECK(doc.assessment().findCycle("cyc-a")->cover.title == "Report 2025");
    CHECK(doc.assessment().findCycle("cyc-b")->cover.title.empty());
}

TEST_CASE("actions, narratives and sign-offs are inserted, edited and deleted in the file",
          "[store][deliverables]") {
    auto dir = crm::testing::freshDir("deliv-edit");
    const auto path = (dir / "a.crmw").string();
    EntityId kept, gone, narrative, signer;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        kept = doc.insertItem("cyc-b", kind("action"), 0);
        gone = doc.insertItem("cyc-b", kind("action"), 1);
        doc.setField("cyc-b", kind("action"), kept, "title", std::string("Call lapsed schools"));
        doc.setField("cyc-b", kind("action"), kept, "status", std::string("blocked"));
        doc.setField("cyc-b", kind("action"), kept, "due", std::string("2026-05-31"));
        doc.setField("cyc-b", kind("action"), kept, "cost", std::string("1250.5"));
        doc.setField("cyc-b", kind("action"), kept, "kpi_id", std::string("kpi-1b"));
        doc.removeItem("cyc-b", kind("action"), gone);
        narrative = doc.insertItem("cyc-b", kind("narrative"), 0);
        doc.setField("cyc-b", kind("narrative"), narrative, "part", std::string("step-7"));
        doc.setField("cyc-b", kind("narrative"), narrative, "text",
                     std::string("Line one\n\n- **bold** item"));
        signer = doc.insertItem("cyc-b", kind("signoff"), 0);
        doc.setField("cyc-b", kind("signoff"), signer, "name", std::string("Mina Patel"));
        doc.setField("cyc-b", kind("signoff"), signer, "signed_on", std::string("2026-02-03"));
        doc.setField("cyc-b", kind("cover"), "cyc-b", "prepared_for", std::string("The board"));
        doc.setField("cyc-b", kind("cover"), "cyc-b", "logo", kTinyPngUri);
    }
    Document doc = Document::open(path);
    const Cycle& c = *doc.assessment().findCycle("cyc-b");
    REQUIRE(c.actions.size() == 1);
    CHECK(c.actions[0].id == kept);
    CHECK(c.actions[0].title == "Call lapsed schools");
    CHECK(c.actions[0].status == ActionStatus::Blocked);
    CHECK(c.actions[0].due == parseIsoDate("2026-05-31"));
    CHECK(c.actions[0].cost == Money{1250500});  // 1,250.500 in thousandths
    CHECK(c.actions[0].kpiId == "kpi-1b");
    REQUIRE(c.narratives.size() == 1);
    CHECK(c.narratives[0].part == ReportPart::Step7);
    CHECK(c.narratives[0].text == "Line one\n\n- **bold** item");
    REQUIRE(c.signOffs.size() == 1);
    CHECK(c.signOffs[0].name == "Mina Patel");
    CHECK(c.signOffs[0].signedOn == parseIsoDate("2026-02-03"));
    CHECK(c.cover.id == "cyc-b");
    CHECK(c.cover.preparedFor == "The board");
    CHECK(c.cover.logo == kTinyPngUri);
    CHECK(doc.assessment().findCycle("cyc-a")->cover.preparedFor.empty());
    CHECK(doc.assessment().findCycle("cyc-a")->actions.empty());
}

TEST_CASE("deliverables round-trip through JSON and the file byte-identically",
          "[store][json][deliverables]") {
    auto dir = crm::testing::freshDir("deliv-json");
    const auto path = (dir / "d.crmw").string();
    const std::string first = exportAssessmentJson(deliverablesAssessment());
    CHECK(first.find("\"version\": 4") != std::string::npos);
    for (const char* key : {"\"cover\": {", "\"actions\": [", "\"narratives\": [",
                            "\"sign_off\": [", "\"logo\": \"data:image/png;base64,iVBOR"})
        CHECK(first.find(key) != std::string::npos);
    {
        Document doc = Document::create(path, importAssessmentJson(first));
        CHECK(exportAssessmentJson(doc.assessment()) == first);
    }
    Document reopened = Document::open(path);  // read back from SQLite, not from memory
    CHECK(exportAssessmentJson(reopened.assessment()) == first);
    const Cycle& c = *reopened.assessment().findCycle("cyc-b");
    CHECK(c.actions.size() == 5);
    CHECK(c.actions[0].cost == Money{12500500});
    CHECK(c.cover.logo == kTinyPngUri);
    CHECK(c.signOffs.at(1).role == "CFO");
}

TEST_CASE("a format 2 file without deliverables still imports", "[store][json][deliverables]") {
    const std::string json = R"({"format": "crm-workbench-assessment", "version": 2,
        "current_cycle": "c1", "cycles": [{"id": "c1", "name": "2025",
        "kpis": [{"id": "k1", "name": "Repeat rate"}]}]})";
    const Assessment a = importAssessmentJson(json);
    REQUIRE(a.cycles.size() == 1);
    const Cycle& c = a.cycles[0];
    CHECK(c.actions.empty());
    CHECK(c.narratives.empty());
    CHECK(c.signOffs.empty());
    CHECK(c.cover.id == "c1");
    CHECK(c.cover.title.empty());
    CHECK(c.cover.logo.empty());
    auto dir = crm::testing::freshDir("deliv-v2");
    Document doc = Document::create((dir / "v2.crmw").string(), a);
    CHECK(countRows(doc.database(), "SELECT count(*) FROM report_cover WHERE cycle_id = 'c1'") ==
          1);
    CHECK(doc.assessment().cycles[0].kpis.at(0).name == "Repeat rate");
}

TEST_CASE(
    "a new cycle carries open actions and the cover but its title; narratives and sign-offs stay "
    "behind",
    "[store][reset][deliverables]") {
    auto dir = crm::testing::freshDir("deliv-reset");
    const auto path = (dir / "r.crmw").string();
    EntityId newId;
    {
        Document doc = Document::create(path, deliverablesAssessment());
        newId = doc.startNewCycle("cyc-b", "2027", parseIsoDate("2027-01-20"));
    }
    Document doc = Document::open(path);  // what was written, not only what is in memory
    const Cycle& old = *doc.assessment().findCycle("cyc-b");
    const Cycle& next = *doc.assessment().findCycle(newId);
    CHECK(old.actions.size() == 5);  // the earlier cycle is untouched
    CHECK(old.narratives.size() == 2);
    CHECK(old.signOffs.size() == 2);
    auto copyOf = [](const auto& list, const std::string& originId) {
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const auto& item) { return item.originId == originId; });
        REQUIRE(it != list.end());
        return it->id;
    };
    // In progress, not started and blocked carry on in their order; done and dropped do not.
    REQUIRE(next.actions.size() == 3);
    CHECK(next.actions[0].originId == "act-1");
    CHECK(next.actions[1].originId == "act-2");
    CHECK(next.actions[2].originId == "act-3");
    for (const auto& a : next.actions) CHECK(a.id != a.originId);
    const ActionItem& carried = next.actions[0];
    CHECK(carried.title == "Hire a renewal lead");
    CHECK(carried.status == ActionStatus::InProgress);
    CHECK(carried.kpiId == copyOf(next.kpis, "kpi-1b"));
    CHECK(carried.objectiveId == copyOf(next.objectives, "obj-1b"));
    CHECK(carried.resourceId == copyOf(next.resources, "res-1b"));
    CHECK(carried.kpiId != "kpi-1b");
    CHECK(carried.cost == Money{12500500});
    CHECK(carried.findingId == "capability-gap:vision");
    CHECK(next.actions[2].kpiId == carried.kpiId);
    CHECK(next.narratives.empty());
    CHECK(next.signOffs.empty());
    CHECK(next.cover.id == newId);
    CHECK(next.cover.title.empty());  // "CRM strategy 2026" names last year
    CHECK(next.cover.preparedFor == "The board of Tallow & Finch");
    CHECK(next.cover.logo == kTinyPngUri);
    CHECK(countRows(doc.database(), "SELECT count(*) FROM report_cover") == 3);
}

TEST_CASE("appendItems adds several actions in one step with fresh ids", "[store][deliverables]") {
    auto dir = crm::testing::freshDir("deliv-append");
    const auto path = (dir / "a.crmw").string();
    std::vector<EntityId> ids;
    {
        Document doc = Document::create(path, deliverablesAssessment());
        std::vector<EntityRecord> records;
        for (const char* title : {"First", "Second", "Third"})
            records.push_back(captureRecord(kind("action"), action("", title, {})));
        // A record that brings its own id keeps it.
        records.push_back(captureRecord(kind("action"), action("act-own", "Fourth", {})));
        ids = doc.appendItems("cyc-b", kind("action"), records);
    }
    REQUIRE(ids.size() == 4);
    CHECK(ids[3] == "act-own");
    CHECK(std::set<EntityId>(ids.begin(), ids.end()).size() == 4);  // no collisions in a batch
    Document doc = Document::open(path);
    const Cycle& c = *doc.assessment().findCycle("cyc-b");
    REQUIRE(c.actions.size() == 5 + 4);  // the five of deliverablesAssessment, then the batch
    for (std::size_t i = 0; i < 4; ++i) CHECK(c.actions[5 + i].id == ids[i]);
    CHECK(c.actions[5].title == "First");
    CHECK(c.actions[8].title == "Fourth");
    for (const auto& id : ids) CHECK(id != "act-1");  // not an id already in the document
}
