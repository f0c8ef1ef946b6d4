// store::OpenMode::Snapshot, the way every crmw command that only reads opens its document:
// it works while another program (the window) holds the file open for writing, sees the last
// committed state, never writes a byte, is refused exactly like a normal open, and never makes
// the writer's commits fail.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "store/document.h"
#include "store/migrations.h"
#include "store/store_error.h"

using namespace crm;
using namespace crm::store;

namespace {

struct ScratchDir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("crmw-snapshot-" + std::to_string(std::random_device{}()));
    ScratchDir() { std::filesystem::create_directories(path); }
    ~ScratchDir() { std::filesystem::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    std::size_t files() const {
        return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(path),
                                                      std::filesystem::directory_iterator()));
    }
};

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Assessment content(const std::string& facilitator) {
    Assessment a = Document::blankAssessment("Snapshot Ltd", "2026");
    a.facilitator = facilitator;
    return a;
}

void setFacilitator(Document& doc, const std::string& name) {
    DocumentProperties p = doc.assessment().properties();
    p.facilitator = name;
    doc.setDocumentProperties(p);
}

void runSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

StoreErrorKind refusal(const std::string& path) {
    try {
        Document::open(path, OpenMode::Snapshot);
    } catch (const StoreError& e) {
        return e.kind();
    }
    FAIL("opened " << path);
    return StoreErrorKind::Io;
}

}  // namespace

TEST_CASE("a snapshot reads a document a window holds open and sees its committed edits",
          "[cli][snapshot]") {
    const ScratchDir dir;
    const std::string path = dir / "open.crmw";
    Document window = Document::create(path, content("Ann"));
    CHECK_THROWS_AS(Document::open(path), StoreError);  // a second writer is refused

    const std::string before = readBytes(path);
    Document first = Document::open(path, OpenMode::Snapshot);
    CHECK(first.readOnly());
    CHECK(first.assessment().facilitator == "Ann");
    CHECK(readBytes(path) == before);  // a reader writes nothing
    CHECK(dir.files() == 1);           // and leaves nothing beside the file

    setFacilitator(window, "Bea");  // the window edits while the snapshot is held
    CHECK(first.assessment().facilitator == "Ann");
    CHECK(Document::open(path, OpenMode::Snapshot).assessment().facilitator == "Bea");

    // A snapshot refuses every edit, and the file is the window's alone.
    const std::string edited = readBytes(path);
    CHECK_THROWS_AS(setFacilitator(first, "Cid"), StoreError);
    CHECK(readBytes(path) == edited);
}

TEST_CASE("a snapshot is refused like a normal open, and the file stays as it was",
          "[cli][snapshot]") {
    const ScratchDir dir;
    CHECK(refusal(dir / "missing.crmw") == StoreErrorKind::NotFound);
    CHECK_FALSE(std::filesystem::exists(dir / "missing.crmw"));

    const std::string text = dir / "text.crmw";
    std::ofstream(text) << "not a database\n";
    const std::string foreign = dir / "foreign.crmw";
    runSql(foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    const std::string newer = dir / "newer.crmw";
    { Document::create(newer, content("Ann")); }
    runSql(newer, "PRAGMA user_version = 99;");
    for (const auto& [path, kind] :
         {std::pair{text, StoreErrorKind::NotOurs}, std::pair{foreign, StoreErrorKind::NotOurs},
          std::pair{newer, StoreErrorKind::NewerVersion}}) {
        const std::string before = readBytes(path);
        CHECK(refusal(path) == kind);
        CHECK(readBytes(path) == before);
    }
}

TEST_CASE("a snapshot of an older document is upgraded in memory, never in the file",
          "[cli][snapshot]") {
    const ScratchDir dir;
    const std::string path = dir / "old.crmw";
    {
        Document doc = Document::create(path, content("Ann"));
        // As a file of the version-5 program: without the deliverables of version 6, the
        // step times of version 7 and the report sections left out of version 8.
        doc.database().execute(
            "DROP TABLE report_cover; DROP TABLE action_item; DROP TABLE section_narrative; "
            "DROP TABLE sign_off; DROP TABLE step_time; DROP TABLE report_section_left_out; "
            "PRAGMA user_version = 5;");
    }
    const std::string before = readBytes(path);
    Document snapshot = Document::open(path, OpenMode::Snapshot);
    CHECK(snapshot.assessment().facilitator == "Ann");
    CHECK(snapshot.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
    CHECK(readBytes(path) == before);
    CHECK(dir.files() == 1);  // no backup either: nothing was upgraded on disk
}

TEST_CASE("readers taking snapshots never make the window's edits fail", "[cli][snapshot]") {
    const ScratchDir dir;
    const std::string path = dir / "busy.crmw";
    Document window = Document::create(path, content("edit 0"));
    std::atomic<bool> done{false};
    std::atomic<int> reads{0}, readFailures{0};
    std::thread reader([&] {
        while (!done) {
            try {
                const Document snapshot = Document::open(path, OpenMode::Snapshot);
                const std::string& seen = snapshot.assessment().facilitator;
                if (seen.rfind("edit ", 0) != 0) ++readFailures;  // a committed state, whole
                ++reads;
            } catch (const StoreError&) {
                ++readFailures;
            }
        }
    });
    int editFailures = 0;
    for (int n = 1; n <= 200; ++n) {
        try {
            setFacilitator(window, "edit " + std::to_string(n));
        } catch (const StoreError&) {
            ++editFailures;
        }
    }
    done = true;
    reader.join();
    CHECK(editFailures == 0);
    CHECK(readFailures == 0);
    CHECK(reads > 0);
    CHECK(Document::open(path, OpenMode::Snapshot).assessment().facilitator == "edit 200");
}

TEST_CASE("a crashed edit's journal is rolled back before the snapshot, as any open does",
          "[cli][snapshot]") {
    const ScratchDir dir;
    const std::string path = dir / "crashed.crmw";
    { Document::create(path, content("Ann")); }
    // A writer that dies in the middle of a transaction, after SQLite had to write changed
    // pages into the file itself (a tiny cache): the journal it leaves is "hot".
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) ::_exit(2);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 2; BEGIN; UPDATE document_meta SET value = 'Zed' "
                     "WHERE key = 'facilitator'; CREATE TABLE junk (x); WITH RECURSIVE n(i) AS "
                     "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO junk "
                     "SELECT randomblob(1000) FROM n;",
                     nullptr, nullptr, nullptr);
        ::_exit(0);  // no COMMIT, no close: as a crash
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(std::filesystem::exists(path + "-journal"));

    Document snapshot = Document::open(path, OpenMode::Snapshot);
    CHECK(snapshot.assessment().facilitator == "Ann");
    Statement junk =
        snapshot.database().prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'junk'");
    REQUIRE(junk.step());
    CHECK(junk.integer(0) == 0);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
}
