// Opening files: every refused file gives its documented error and stays byte-identical.
#include <sqlite3.h>
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include "store/document.h"
#include "store/json_io.h"
#include "store/migrations.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using crm::testing::freshDir;
using crm::testing::readBytes;

namespace {

StoreErrorKind openErrorKind(const std::string& path, std::string* message = nullptr) {
    try {
        Document::open(path);
    } catch (const StoreError& e) {
        if (message) *message = e.what();
        return e.kind();
    }
    FAIL("expected the open to be refused");
    return StoreErrorKind::Io;
}

void runSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("a created document reopens with the same content", "[store]") {
    auto dir = freshDir("reopen");
    const std::string path = (dir / "a.crmw").string();
    const Assessment original = crm::testing::smallAssessment();
    { Document::create(path, original); }
    Document doc = Document::open(path);
    CHECK(exportAssessmentJson(doc.assessment()) == exportAssessmentJson(original));
    CHECK(doc.assessment().cycles.at(0).segments.at(0).revenue == Money{1234567891});
    CHECK(doc.assessment().profile.value("segment.weight.size") == 0.2);
}

TEST_CASE("create refuses to replace an existing file", "[store]") {
    auto dir = freshDir("exists");
    const std::string path = (dir / "a.crmw").string();
    crm::testing::writeBytes(path, "keep me");
    CHECK_THROWS_AS(Document::create(path, crm::testing::smallAssessment()), StoreError);
    CHECK(readBytes(path) == "keep me");
}

TEST_CASE("a missing file is reported as not found", "[store][errors]") {
    std::string message;
    CHECK(openErrorKind("/nonexistent/x.crmw", &message) == StoreErrorKind::NotFound);
    CHECK(message == "/nonexistent/x.crmw: no such file");
}

TEST_CASE("a text file is not ours and stays untouched", "[store][errors]") {
    auto dir = freshDir("text");
    const auto path = (dir / "notes.crmw").string();
    crm::testing::writeBytes(path, "just some notes\n");
    std::string message;
    CHECK(openErrorKind(path, &message) == StoreErrorKind::NotOurs);
    CHECK_THAT(message, Catch::Contains("not a CRM Workbench document"));
    CHECK(readBytes(path) == "just some notes\n");
}

TEST_CASE("another program's SQLite database is not ours and stays untouched", "[store][errors]") {
    auto dir = freshDir("foreign");
    const auto path = (dir / "other.crmw").string();
    runSql(path, "CREATE TABLE t(a); INSERT INTO t VALUES (1);");
    const std::string before = readBytes(path);
    std::string message;
    CHECK(openErrorKind(path, &message) == StoreErrorKind::NotOurs);
    CHECK_THAT(message, Catch::Contains("another program"));
    CHECK(readBytes(path) == before);
}

TEST_CASE("a document from a newer version is refused untouched", "[store][errors]") {
    auto dir = freshDir("newer");
    const auto path = (dir / "new.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    runSql(path, "PRAGMA user_version = 99;");
    const std::string before = readBytes(path);
    std::string message;
    CHECK(openErrorKind(path, &message) == StoreErrorKind::NewerVersion);
    CHECK_THAT(message,
               Catch::Contains("document version 99") &&
                   Catch::Contains("reads up to " + std::to_string(currentSchemaVersion())));
    CHECK(readBytes(path) == before);
}

TEST_CASE("a damaged document is refused untouched", "[store][errors]") {
    auto dir = freshDir("corrupt");
    const auto path = (dir / "broken.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    std::string bytes = readBytes(path);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096 + 16; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(0xA5);  // pages 2.., header kept
    crm::testing::writeBytes(path, bytes);
    std::string message;
    CHECK(openErrorKind(path, &message) == StoreErrorKind::Corrupt);
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("a document open elsewhere is refused with a lock message", "[store][errors]") {
    auto dir = freshDir("locked");
    const auto path = (dir / "a.crmw").string();
    Document first = Document::create(path, crm::testing::smallAssessment());
    std::string message;
    CHECK(openErrorKind(path, &message) == StoreErrorKind::Locked);
    CHECK_THAT(message, Catch::Contains("already open"));
    // The first window keeps working.
    first.setDocumentProperties({"Still here", "", "", ""});
    CHECK(first.assessment().companyName == "Still here");
}

TEST_CASE("the lock is released when the document closes", "[store]") {
    auto dir = freshDir("unlock");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    { Document second = Document::open(path); }
    CHECK_NOTHROW(Document::open(path));
}

TEST_CASE("a read-only document opens for reading and refuses edits", "[store][errors]") {
    auto dir = freshDir("readonly");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    ::chmod(path.c_str(), 0444);
    const std::string before = readBytes(path);
    if (::geteuid() == 0) {
        // root writes anyway; make the folder read-only instead is also bypassed: skip the edit
        // part.
        ::chmod(path.c_str(), 0644);
        SUCCEED("running as root: file permissions do not bind");
        return;
    }
    Document doc = Document::open(path);
    CHECK(doc.readOnly());
    CHECK_THROWS_AS(doc.setDocumentProperties({"x", "", "", ""}), StoreError);
    CHECK(readBytes(path) == before);
}
