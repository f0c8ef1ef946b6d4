// Hostile values and hostile conditions: impossible dates, 30-digit amounts, 100,000 segments,
// a newer file, a read-only file, a full disk. Each gives a clear error and loses nothing saved.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include "hostile_support.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/migrations.h"
#include "store/recovery.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using namespace crm::reliability;
using crm::testing::readBytes;

namespace {

std::string refusal(const std::function<void()>& action, StoreErrorKind expected) {
    try {
        action();
    } catch (const StoreError& e) {
        CHECK(e.kind() == expected);
        return e.what();
    }
    FAIL("expected a StoreError");
    return {};
}

// Replaces the first occurrence of `from` in the JSON text (which must be there).
std::string replaced(std::string json, const std::string& from, const std::string& to) {
    const auto at = json.find(from);
    REQUIRE(at != std::string::npos);
    return json.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("dates: 0000-00-00 and other impossible days are refused, 9999-12-31 is kept",
          "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-dates");
    const std::string path = (dir / "a.crmw").string();
    const std::vector<std::string> refused = {
        "0000-00-00", "0000-01-01", "2025-02-29",  "2024-13-01",       "2024-00-10", "9999-12-32",
        "-001-01-01", "2024-1-01",  "10000-01-01", "2024-01-01T00:00", "31.12.2024", "\xff\xfe"};
    std::size_t tried = 0;
    Document doc = Document::create(path, crm::testing::smallAssessment());
    const auto ids = oneOfEach(doc, "cyc-b");
    const std::string before = exportAssessmentJson(doc.assessment());
    for (const auto* kind : entityDescriptors())
        for (const auto& field : kind->fields) {
            if (field.type != FieldType::Date) continue;
            for (const auto& text : refused) {
                INFO(kind->kind << "." << field.key << " = " << text);
                const std::string message = refusal(
                    [&] {
                        doc.setField("cyc-b", *kind, ids.at(kind), field.key, FieldValue{text});
                    },
                    StoreErrorKind::InvalidInput);
                CHECK(message == std::string(field.label) + ": expected a date as YYYY-MM-DD");
                ++tried;
            }
        }
    CHECK(exportAssessmentJson(doc.assessment()) == before);

    for (const auto* kind : entityDescriptors())
        for (const auto& field : kind->fields)
            if (field.type == FieldType::Date) {
                doc.setField("cyc-b", *kind, ids.at(kind), field.key,
                             FieldValue{std::string("9999-12-31")});
                ++tried;
            }
    doc.setCycleDate("cyc-b", parseIsoDate("9999-12-31"));
    const std::string json = exportAssessmentJson(doc.assessment());
    CHECK_THAT(json, Catch::Contains("\"horizon\": \"9999-12-31\""));
    doc = Document::create((dir / "b.crmw").string(),
                           crm::testing::smallAssessment());  // closes a.crmw
    CHECK(exportAssessmentJson(Document::open(path).assessment()) == json);
    CHECK(exportAssessmentJson(importAssessmentJson(json)) == json);

    // The JSON importer refuses the same days, naming the path.
    const std::string bad =
        replaced(json, "\"horizon\": \"9999-12-31\"", "\"horizon\": \"0000-00-00\"");
    const std::string message =
        refusal([&] { importAssessmentJson(bad); }, StoreErrorKind::InvalidInput);
    CHECK_THAT(message,
               Catch::Matches("/cycles/\\d+/objectives/0/horizon: expected a date as YYYY-MM-DD"));
    const std::string badCycle = replaced(json, "\"assessment_date\": \"9999-12-31\"",
                                          "\"assessment_date\": \"0000-00-00\"");
    CHECK_THAT(refusal([&] { importAssessmentJson(badCycle); }, StoreErrorKind::InvalidInput),
               Catch::Matches("/cycles/1/assessment_date: expected a date as YYYY-MM-DD"));
    reportTried("impossible or far dates in every date field (edit path and JSON)", tried + 2);
}

TEST_CASE("an amount with 30 digits is refused with a clear message", "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-money");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    const auto ids = oneOfEach(doc, "cyc-b");
    const std::string before = exportAssessmentJson(doc.assessment());
    const std::vector<std::string> huge = {
        "123456789012345678901234567890", "-123456789012345678901234567890",
        "123456789012345678901234567890.5", "922337203685478", "9223372036854775808"};
    std::size_t tried = 0;
    for (const auto* kind : entityDescriptors())
        for (const auto& field : kind->fields) {
            if (field.type != FieldType::Money) continue;
            for (const auto& text : huge) {
                INFO(kind->kind << "." << field.key << " = " << text);
                const std::string message = refusal(
                    [&] {
                        doc.setField("cyc-b", *kind, ids.at(kind), field.key, FieldValue{text});
                    },
                    StoreErrorKind::InvalidInput);
                CHECK(message ==
                      std::string(field.label) +
                          ": the amount is too large (at most 15 digits before the decimal point)");
                ++tried;
            }
            // The largest amount that fits is kept exactly.
            doc.setField("cyc-b", *kind, ids.at(kind), field.key,
                         FieldValue{std::string("-922337203685477.999")});
            CHECK(fieldOf(doc.assessment(), "cyc-b", *kind, ids.at(kind), field) ==
                  FieldValue{Money{-922337203685477999}});
            ++tried;
        }
    CHECK(tried > 10);
    const std::string json = exportAssessmentJson(doc.assessment());
    CHECK_THAT(json, Catch::Contains("\"-922337203685477.999\""));
    CHECK(exportAssessmentJson(importAssessmentJson(json)) == json);
    const std::string bad =
        replaced(json, "\"-922337203685477.999\"", "\"123456789012345678901234567890\"");
    CHECK_THAT(
        refusal([&] { importAssessmentJson(bad); }, StoreErrorKind::InvalidInput),
        Catch::EndsWith(": the amount is too large (at most 15 digits before the decimal point)"));
    const std::string number =
        replaced(json, "\"-922337203685477.999\"", "123456789012345678901234567890");
    CHECK_THAT(refusal([&] { importAssessmentJson(number); }, StoreErrorKind::InvalidInput),
               Catch::EndsWith(": expected an amount as a string, e.g. \"1250.50\""));
    // Whole numbers beyond 64 bits in JSON are refused, not wrapped around.
    const std::string sample =
        replaced(json, "\"sample_size\": 212", "\"sample_size\": 18446744073709551615");
    CHECK_THAT(refusal([&] { importAssessmentJson(sample); }, StoreErrorKind::InvalidInput),
               Catch::Contains("sample_size: expected a whole number"));
    CHECK(before != json);
    reportTried("30-digit and just-too-large amounts in every money field (edit path and JSON)",
                tried + 3);
}

TEST_CASE("100,000 segments: created, reopened and edited in reasonable time",
          "[reliability][hostile][slow]") {
    auto dir = crm::testing::freshDir("hostile-100k");
    const std::string path = (dir / "big.crmw").string();
    Assessment a = crm::testing::smallAssessment();
    Cycle& cycle = *a.findCycle("cyc-b");
    constexpr std::size_t kSegments = 100000;
    for (std::size_t i = 0; i < kSegments; ++i) {
        Segment s;
        s.id = "seg-x" + std::to_string(i);
        s.name = "Segment " + std::to_string(i);
        s.customers = static_cast<std::int64_t>(i);
        s.revenue = Money{static_cast<std::int64_t>(i) * 1001};
        cycle.segments.push_back(s);
    }
    const EntityDescriptor& segment = *findDescriptor("segment");
    Stopwatch clock;
    double create = 0, reopen = 0, edit = 0, insertEnd = 0, insertFront = 0, remove = 0;
    {
        Document doc = Document::create(path, a);
        create = clock.lap();
    }
    {
        Document doc = Document::open(path);
        reopen = clock.lap();
        REQUIRE(doc.assessment().findCycle("cyc-b")->segments.size() == kSegments + 1);
        doc.setField("cyc-b", segment, "seg-x50000", "name", FieldValue{std::string("Renamed")});
        edit = clock.lap();
        doc.insertItem("cyc-b", segment, kSegments + 1);
        insertEnd = clock.lap();
        doc.insertItem("cyc-b", segment, 0);
        insertFront = clock.lap();
        doc.removeItem("cyc-b", segment, "seg-x7");
        remove = clock.lap();
    }
    Document doc = Document::open(path);
    const auto& segments = doc.assessment().findCycle("cyc-b")->segments;
    REQUIRE(segments.size() == kSegments + 2);
    CHECK(segments[1].id == "seg-1b");
    CHECK(segments[50001].name == "Renamed");
    CHECK(segments[kSegments + 1].name.empty());
    std::cout << "100,000 segments: create " << create << " s, reopen " << reopen
              << " s, field edit " << edit << " s, insert at end " << insertEnd
              << " s, insert at front " << insertFront << " s, remove " << remove << " s"
              << std::endl;
    CHECK(create < 60);  // generous: ASan on a busy 2-core machine
    CHECK(reopen < 60);
    CHECK(edit + insertEnd + insertFront + remove < 60);
    reportTried("100,000 segments in one cycle", 1);
}

TEST_CASE("a file from a newer version is refused and stays byte-identical",
          "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-newer");
    const std::string path = (dir / "new.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 1000", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string before = readBytes(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly})
        CHECK_THAT(
            refusal([&] { Document::open(path, mode); }, StoreErrorKind::NewerVersion),
            Catch::Contains("newer version") && Catch::Contains("please update the program"));
    CHECK_THAT(refusal([&] { recoverCopy(path); }, StoreErrorKind::NewerVersion),
               Catch::Contains("newer version"));
    CHECK(readBytes(path) == before);
    CHECK(std::distance(std::filesystem::directory_iterator(dir),
                        std::filesystem::directory_iterator()) == 1);
    reportTried("a document from a newer version (open, open read-only, recover)", 3);
}

TEST_CASE("a read-only document refuses every edit and no byte changes", "[reliability][hostile]") {
    // Tests run as root in CI, where file permissions do not bind, so the read-only state is
    // made with Document::open(path, OpenMode::ReadOnly): SQLite opens the file read-only,
    // exactly as it does when the permissions forbid writing (tests/store covers that as non-root).
    auto dir = crm::testing::freshDir("hostile-readonly");
    const std::string path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    const std::string before = readBytes(path);
    const EntityDescriptor& kpi = *findDescriptor("kpi");
    std::string content;
    std::size_t tried = 0;
    {
        Document doc = Document::open(path, OpenMode::ReadOnly);
        CHECK(doc.readOnly());
        content = exportAssessmentJson(doc.assessment());
        const std::vector<std::function<void()>> edits = {
            [&] { doc.setField("cyc-b", kpi, "kpi-1b", "name", FieldValue{std::string("x")}); },
            [&] { doc.insertItem("cyc-b", kpi, 0); },
            [&] { doc.removeItem("cyc-b", kpi, "kpi-1b"); },
            [&] { doc.moveItem("cyc-b", kpi, "kpi-1b", 0); },
            [&] {
                doc.setDocumentProperties({"x", "y", "z", "EUR"});
            },
            [&] { doc.setCycleName("cyc-b", "x"); },
            [&] { doc.setCycleDate("cyc-b", std::nullopt); },
            [&] { doc.setProfileValue("segment.weight.size", 0.5); },
            [&] { doc.startNewCycle("cyc-b", "2027", std::nullopt); },
            [&] { doc.deleteCycle("cyc-a"); },
        };
        for (const auto& edit : edits) {
            CHECK_THAT(refusal(edit, StoreErrorKind::ReadOnly),
                       Catch::Contains("is read-only; save a copy"));
            ++tried;
        }
        CHECK(exportAssessmentJson(doc.assessment()) == content);
    }
    CHECK(readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));

    // A connection that SQLite itself does not let write (PRAGMA query_only): the edit fails
    // with a ReadOnly error; memory and file keep the last saved state.
    Document doc = Document::open(path);
    doc.database().execute("PRAGMA query_only = ON");
    CHECK_THAT(
        refusal([&] { doc.setField("cyc-b", kpi, "kpi-1b", "name", FieldValue{std::string("x")}); },
                StoreErrorKind::ReadOnly),
        Catch::Contains("readonly"));
    ++tried;
    CHECK(exportAssessmentJson(doc.assessment()) == content);
    CHECK(readBytes(path) == before);
    doc.database().execute("PRAGMA query_only = OFF");
    doc.setField("cyc-b", kpi, "kpi-1b", "name", FieldValue{std::string("written")});
    CHECK(doc.assessment().findCycle("cyc-b")->kpis[0].name == "written");
    reportTried("edits of a read-only document (every kind of edit + one refused by SQLite)",
                tried);
}

TEST_CASE("a full disk: the edit fails with a clear message and nothing saved is lost",
          "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-full");
    const std::string path = (dir / "a.crmw").string();
    const EntityDescriptor& statement = *findDescriptor("statement");
    const EntityDescriptor& objective = *findDescriptor("objective");
    std::string saved;
    std::size_t tried = 0;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        doc.setField("cyc-b", statement, "cyc-b", "value_proposition",
                     FieldValue{std::string("saved before")});
        saved = exportAssessmentJson(doc.assessment());
        // The file may not grow by a single page from here on: the disk is "full".
        const std::int64_t pages = doc.database().pragmaInteger("PRAGMA page_count");
        doc.database().execute("PRAGMA max_page_count = " + std::to_string(pages));
        const std::string large(256 * 1024, 'z');
        const std::vector<std::function<void()>> edits = {
            [&] { doc.setField("cyc-b", statement, "cyc-b", "business_model", FieldValue{large}); },
            [&] {
                doc.insertItem("cyc-b", objective, 0, EntityRecord{"", "", {FieldValue{large}}});
            },
            [&] {
                doc.setField("cyc-a", *findDescriptor("kpi"), "kpi-1", "name", FieldValue{large});
            },
        };
        for (const auto& edit : edits) {
            const std::string message = refusal(edit, StoreErrorKind::Io);
            CHECK_THAT(message, Catch::StartsWith(path) && Catch::EndsWith("the disk is full"));
            CHECK(exportAssessmentJson(doc.assessment()) == saved);
            ++tried;
        }
        // Space again: the same document goes on working.
        doc.database().execute("PRAGMA max_page_count = 1073741823");
        doc.setField("cyc-b", statement, "cyc-b", "business_model",
                     FieldValue{std::string("after")});
        saved = exportAssessmentJson(doc.assessment());
    }
    Document reopened = Document::open(path);
    CHECK(exportAssessmentJson(reopened.assessment()) == saved);
    Statement check = reopened.database().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    reportTried("edits on a full disk (max_page_count)", tried);
}
