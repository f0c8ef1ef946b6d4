// The SQL a new document holds, statement by statement, against tests/golden/document-schema.sql.
// SQLite keeps each CREATE statement as it was written, so this text is the file format; the
// schema files build much of it from shared pieces (src/store/schema_sql.h), and a change to
// those must not reach released versions. After adding a migration, regenerate the golden file
// with sqlite3's own output:
//   build/dev/src/cli/crmw import-json resources/samples/quillmere.json new.crmw
//   sqlite3 new.crmw .schema > tests/golden/document-schema.sql
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "store/document.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {

// As sqlite3's .schema prints them: in the order they were created, each ending with ';'.
std::vector<std::string> schemaStatements(Database& db) {
    std::vector<std::string> out;
    Statement st = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid");
    while (st.step()) out.push_back(st.text(0) + ";");
    return out;
}

// A statement ends at a line ending with ';' (none of ours has one inside).
std::vector<std::string> goldenStatements() {
    std::ifstream in(std::string(GOLDEN_DIR) + "/document-schema.sql", std::ios::binary);
    std::vector<std::string> out;
    std::string line, statement;
    while (std::getline(in, line)) {
        statement += statement.empty() ? line : "\n" + line;
        if (line.ends_with(';')) {
            out.push_back(statement);
            statement.clear();
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a new document's schema is the golden one, to the byte", "[store][schema]") {
    auto dir = crm::testing::freshDir("schema-text");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    Database db(path, SQLITE_OPEN_READONLY);
    const auto actual = schemaStatements(db);
    const auto golden = goldenStatements();
    REQUIRE(actual.size() == golden.size());
    for (std::size_t i = 0; i < actual.size(); ++i) CHECK(actual[i] == golden[i]);
}
