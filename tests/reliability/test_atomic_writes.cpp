// Whole-document writes are all or nothing: Document::create (what `crmw import-json` and
// "save a copy" use) writes a temporary file and renames it, so a failure half-way leaves no
// file, or the previous file byte for byte. (Edits: see the full-disk test; CSV imports:
// tests/store/test_transactions_store.cpp "[atomic]".)
#include <catch2/catch.hpp>

#include <filesystem>

#include "hostile_support.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using crm::testing::readBytes;

namespace {

// Valid for JSON and in memory, but the file refuses it late in the write: two goal-plan links
// (step 10, among the last rows written) share an id, the table's primary key.
Assessment failsHalfWay() {
    Assessment a = crm::testing::smallAssessment();
    Cycle& last = a.cycles.back();
    last.goalPlans.push_back(GoalPlanLink{});
    last.goalPlans.back().id = "plan-1";
    last.goalPlans.push_back(last.goalPlans.back());
    return a;
}

std::size_t filesIn(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

}  // namespace

TEST_CASE("a document write that fails half-way leaves no file behind", "[reliability][atomic]") {
    auto dir = crm::testing::freshDir("atomic-new");
    const std::string path = (dir / "import.crmw").string();
    const Assessment content =
        importAssessmentJson(exportAssessmentJson(failsHalfWay()));  // as import-json
    CHECK_THROWS_AS(Document::create(path, content), StoreError);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(filesIn(dir) == 0);  // no temporary file either
}

TEST_CASE("replacing a document with one that fails half-way keeps the old file",
          "[reliability][atomic]") {
    auto dir = crm::testing::freshDir("atomic-replace");
    const std::string path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    const std::string before = readBytes(path);
    CHECK_THROWS_AS(Document::create(path, failsHalfWay(), /*replaceExisting=*/true), StoreError);
    CHECK(readBytes(path) == before);
    CHECK(filesIn(dir) == 1);
    CHECK(exportAssessmentJson(Document::open(path).assessment()) ==
          exportAssessmentJson(crm::testing::smallAssessment()));
}
