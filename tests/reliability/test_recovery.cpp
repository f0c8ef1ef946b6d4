// recoverCopy: a damaged document is salvaged into "NAME (recovered).crmw"; the original is
// never written, and what could be read is all there.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <set>

#include "store/document.h"
#include "store/json_io.h"
#include "store/recovery.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using crm::testing::readBytes;
using crm::testing::writeBytes;

namespace {

// The document of test_support plus 600 objectives with long names (many leaf pages) and one
// imported transaction batch (a table outside the assessment).
std::string bigDocument(const std::filesystem::path& dir) {
    Assessment a = crm::testing::smallAssessment();
    Cycle& cycle = *a.findCycle("cyc-b");
    for (int i = 0; i < 600; ++i) {
        CorporateObjective o;
        o.id = "big-" + std::to_string(i);
        o.name = "Objective " + std::to_string(i) + std::string(120, '.');
        cycle.objectives.push_back(o);
    }
    const std::string path = (dir / "big.crmw").string();
    Document doc = Document::create(path, a);
    doc.database().execute(
        "INSERT INTO transaction_import VALUES (7, 'sales.csv', '2026-01-02T03:04:05Z', '{}', 3, "
        "3, 0, 0, 0, 0, 0, 0);"
        "INSERT INTO transaction_line (import_id, customer_id, day, amount, quantity_sign, "
        "source_line) "
        "VALUES (7, 'C1', 20000, 1500, 1, 2), (7, 'C2', 20001, -250, -1, 3), (7, 'C1', 20002, "
        "99000, 1, 4);");
    return path;
}

std::vector<std::int64_t> leafPages(const std::string& path, const char* table) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(
                db,
                "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno",
                -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    std::vector<std::int64_t> pages;
    while (sqlite3_step(st) == SQLITE_ROW) pages.push_back(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return pages;
}

void garblePage(const std::string& path, std::int64_t page) {
    std::string bytes = readBytes(path);
    const auto offset = static_cast<std::size_t>(page - 1) * 4096;
    REQUIRE(offset + 4096 <= bytes.size());
    for (std::size_t i = offset; i < offset + 4096; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0x3f));
    writeBytes(path, bytes);
}

StoreErrorKind openKind(const std::string& path) {
    try {
        Document::open(path);
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreErrorKind::Io;
}

std::int64_t count(Document& doc, const char* sql) {
    Statement st = doc.database().prepare(sql);
    REQUIRE(st.step());
    return st.integer(0);
}

}  // namespace

TEST_CASE("recoverCopy salvages every readable row around a damaged page",
          "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-page");
    const std::string path = bigDocument(dir);
    const Assessment original = Document::open(path).assessment();
    const auto pages = leafPages(path, "corporate_objective");
    REQUIRE(pages.size() >= 10);
    garblePage(path, pages[pages.size() / 2]);
    REQUIRE(openKind(path) == StoreErrorKind::Corrupt);
    const std::string damaged = readBytes(path);

    RecoveryReport report;
    const std::string recovered = recoverCopy(path, &report);
    CHECK(recovered == (dir / "big (recovered).crmw").string());
    CHECK(readBytes(path) == damaged);  // the original is never written
    CHECK(report.damagedTables == std::vector<std::string>{"corporate_objective"});

    Document doc = Document::open(recovered);
    Statement check = doc.database().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    const Assessment& got = doc.assessment();
    // Only the rows of the damaged page are missing: one gap in the objectives, in order.
    const auto& before = original.findCycle("cyc-b")->objectives;
    const auto& after = got.findCycle("cyc-b")->objectives;
    CHECK(after.size() < before.size());
    CHECK(after.size() + 40 > before.size());  // a 4 KB page holds about 25 of these rows
    std::size_t j = 0;
    for (std::size_t i = 0; i < before.size() && j < after.size(); ++i)
        if (before[i].id == after[j].id) {
            CHECK(before[i].name == after[j].name);
            ++j;
        }
    CHECK(j == after.size());
    // Everything else is exactly as it was.
    Assessment expected = original, actual = got;
    expected.findCycle("cyc-b")->objectives.clear();
    actual.findCycle("cyc-b")->objectives.clear();
    CHECK(exportAssessmentJson(actual) == exportAssessmentJson(expected));
    CHECK(count(doc, "SELECT count(*) FROM transaction_line WHERE import_id = 7") == 3);
    CHECK(count(doc, "SELECT sum(amount) FROM transaction_line") == 100250);
    CHECK(report.rowsRecovered > 600);
    std::cout << "recovery: " << report.rowsRecovered << " rows recovered, "
              << before.size() - after.size() << " objectives lost with the damaged page"
              << std::endl;

    // A second recovery does not overwrite the first one.
    CHECK(recoverCopy(path) == (dir / "big (recovered 2).crmw").string());
}

// Points every branch of a table's root page at its first leaf: a tree that leads back to the
// same rows again and again (nested, such branches made the salvage run for hours).
std::int64_t loopBranchesToFirstLeaf(const std::string& path, const char* table) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT rootpage, (SELECT ncell FROM dbstat WHERE pageno = "
                               "(SELECT min(pageno) FROM dbstat WHERE name = ?1 AND pagetype = "
                               "'leaf')) FROM sqlite_schema WHERE name = ?1",
                               -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const std::int64_t root = sqlite3_column_int64(st, 0);
    const std::int64_t rowsOnFirstLeaf = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
    const auto firstLeaf = static_cast<std::uint32_t>(leafPages(path, table).front());

    std::string bytes = readBytes(path);
    const auto page = static_cast<std::size_t>(root - 1) * 4096;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(bytes[at]); };
    REQUIRE(byte(page) == 0x05);  // an interior page of a rowid table
    const auto putPageNumber = [&](std::size_t at) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = static_cast<char>((firstLeaf >> (24 - 8 * i)) & 0xff);
    };
    const std::size_t cells = byte(page + 3) << 8 | byte(page + 4);
    for (std::size_t c = 0; c < cells; ++c)
        putPageNumber(page + (byte(page + 12 + 2 * c) << 8 | byte(page + 13 + 2 * c)));
    putPageNumber(page + 8);  // the right-most branch
    writeBytes(path, bytes);
    return rowsOnFirstLeaf;
}

TEST_CASE("recoverCopy reads each row once when the tree leads back to the same page",
          "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-loop");
    const std::string path = bigDocument(dir);
    const std::int64_t rowsOnFirstLeaf = loopBranchesToFirstLeaf(path, "corporate_objective");
    REQUIRE(rowsOnFirstLeaf > 5);

    RecoveryReport report;
    Document doc = Document::open(recoverCopy(path, &report));
    // The first leaf's rows, once each; the loop is reported as damage, not read as data.
    CHECK(count(doc, "SELECT count(*) FROM corporate_objective") == rowsOnFirstLeaf);
    CHECK(report.damagedTables == std::vector<std::string>{"corporate_objective"});
    CHECK(count(doc, "SELECT count(*) FROM transaction_line WHERE import_id = 7") == 3);
}

TEST_CASE("recoverCopy salvages a file cut short", "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-torn");
    const std::string path = bigDocument(dir);
    const Assessment original = Document::open(path).assessment();
    std::string bytes = readBytes(path);
    bytes.resize(bytes.size() * 3 / 4);  // the last quarter of the pages never reached the disk
    writeBytes(path, bytes);
    REQUIRE(openKind(path) == StoreErrorKind::Corrupt);
    RecoveryReport report;
    const std::string recovered = recoverCopy(path, &report);
    CHECK(readBytes(path) == bytes);
    Document doc = Document::open(recovered);
    CHECK_FALSE(report.damagedTables.empty());
    CHECK(doc.assessment().cycles.size() == original.cycles.size());
    CHECK(doc.assessment().companyName == original.companyName);
    // The objectives' pages were at the end of the file and are gone; tables whose pages were
    // before the cut are back whole.
    for (const auto& cycle : original.cycles) {
        const Cycle& back = *doc.assessment().findCycle(cycle.id);
        CHECK(back.kpis.size() == cycle.kpis.size());
        CHECK(back.segments.size() == cycle.segments.size());
        CHECK(back.painPoints.size() == cycle.painPoints.size());
        CHECK(back.statement.businessModel == cycle.statement.businessModel);
    }
    std::cout << "recovery of a torn file: " << report.rowsRecovered
              << " rows recovered, damaged tables: " << report.damagedTables.size() << std::endl;
}

TEST_CASE("recoverCopy of a file damaged beyond reading says so and writes nothing",
          "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-hopeless");
    const auto path = (dir / "broken.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    std::string bytes = readBytes(path);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096 + 16; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(0xA5);  // as tests/store
    writeBytes(path, bytes);
    REQUIRE(openKind(path) == StoreErrorKind::Corrupt);
    try {
        recoverCopy(path);
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::Corrupt);
        CHECK_THAT(e.what(), Catch::StartsWith(path + ": too badly damaged to recover anything") &&
                                 Catch::EndsWith("the file is unchanged"));
    }
    CHECK(readBytes(path) == bytes);
    CHECK(std::distance(std::filesystem::directory_iterator(dir),
                        std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("recoverCopy refuses a file that is not ours or open elsewhere, untouched",
          "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-refuse");
    const auto notes = (dir / "notes.crmw").string();
    writeBytes(notes, "just some notes\n");
    CHECK_THROWS_AS(recoverCopy(notes), StoreError);
    CHECK(readBytes(notes) == "just some notes\n");
    const auto path = (dir / "open.crmw").string();
    Document open = Document::create(path, crm::testing::smallAssessment());
    try {
        recoverCopy(path);
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::Locked);
    }
    CHECK(std::distance(std::filesystem::directory_iterator(dir),
                        std::filesystem::directory_iterator()) == 2);
}

TEST_CASE("recoverCopy of a sound document gives an identical copy", "[reliability][recovery]") {
    auto dir = crm::testing::freshDir("recover-sound");
    const auto path = (dir / "fine.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    const std::string before = readBytes(path);
    RecoveryReport report;
    const std::string recovered = recoverCopy(path, &report);
    CHECK(report.damagedTables.empty());
    CHECK(report.valuesDropped == 0);
    CHECK(exportAssessmentJson(Document::open(recovered).assessment()) ==
          exportAssessmentJson(Document::open(path).assessment()));
    CHECK(readBytes(path) == before);
}
