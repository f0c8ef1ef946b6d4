// Writes the seed corpora of the JSON and .crmw fuzz targets, and the JSON dictionary:
//   fuzz_make_seeds tests/fuzz
// The .crmw seeds use 512-byte pages (the program uses SQLite's 4096): the same structure in a
// tenth of the bytes, so the fuzzer's mutations hit b-tree pages rather than empty space.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "engine/model/descriptor.h"
#include "store/document.h"
#include "store/document_rows.h"
#include "store/json_io.h"
#include "store/migrations.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    std::printf("wrote %s (%zu bytes)\n", path.c_str(), text.size());
}

// What Document::create writes, with small pages. With fewer migrations: the empty schema of an
// older version (the content is written only at the current version, whose tables it fills).
void writeDocument(const fs::path& path, const Assessment& content, std::size_t migrations) {
    fs::remove(path);
    {
        Database db(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        db.execute("PRAGMA page_size = 512");
        db.execute("PRAGMA foreign_keys = ON");
        const auto& all = schemaMigrations();
        migrate(db, std::vector<Migration>(all.begin(),
                                           all.begin() + static_cast<std::ptrdiff_t>(migrations)));
        if (migrations == schemaMigrations().size()) {
            Transaction tx(db);
            writeAssessment(db, content);
            tx.commit();
        }
        db.execute("VACUUM");
    }
    std::printf("wrote %s (%ju bytes)\n", path.c_str(),
                static_cast<std::uintmax_t>(fs::file_size(path)));
}

std::string dictionaryEntry(const std::string& token) {
    std::string out = "\"";
    for (char c : token) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"\n";
}

std::string dictionary() {
    std::set<std::string> words = {"format",
                                   "version",
                                   "company",
                                   "name",
                                   "facilitator",
                                   "industry",
                                   "current_cycle",
                                   "profile",
                                   "parameters",
                                   "cycles",
                                   "id",
                                   "origin_id",
                                   "assessment_date",
                                   "previous_cycle",
                                   "crm-workbench-assessment"};
    for (const auto* kind : entityDescriptors()) {
        words.insert(std::string(kind->jsonKey));
        for (const auto& f : kind->fields) {
            words.insert(std::string(f.key));
            for (auto c : f.choiceKeys) words.insert(std::string(c));
        }
    }
    for (const auto& p : profileParameters()) words.insert(std::string(p.key));
    std::string out = "# Keys and values of the assessment JSON (written by fuzz_make_seeds)\n";
    for (const auto& w : words) out += dictionaryEntry("\"" + w + "\"");
    for (const char* token : {"\"2026-03-31\"", "\"1250.50\"", "null", "true", "false", "[]", "{}",
                              "1e400", "18446744073709551615", "-0.0"})
        out += dictionaryEntry(token);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds TESTS_FUZZ_FOLDER\n");
        return 2;
    }
    const fs::path root = argv[1];
    fs::create_directories(root / "json/corpus");
    fs::create_directories(root / "crmw/corpus");
    const Assessment small = crm::testing::smallAssessment();
    const Assessment blank = Document::blankAssessment("Blank", "2026");
    writeText(root / "json/corpus/small.json", exportAssessmentJson(small));
    writeText(root / "json/corpus/blank.json", exportAssessmentJson(blank));
    writeText(root / "json/json.dict", dictionary());
    writeDocument(root / "crmw/corpus/small.crmw", small, schemaMigrations().size());
    writeDocument(root / "crmw/corpus/blank.crmw", blank, schemaMigrations().size());
    writeDocument(root / "crmw/corpus/empty-v1.crmw", small, 1);  // takes the upgrade path on open
    return 0;
}
