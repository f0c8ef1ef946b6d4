// Replays every seed and every input that once broke a promise of a fuzz target
// (tests/fuzz/<name>/corpus and tests/fuzz/<name>/regressions) through the same checks as the
// fuzzers, in the ordinary dev and asan builds, so a fixed crash stays fixed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "crmw/crmw_check.h"
#include "json/json_check.h"
#include "room_votes/room_votes_check.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

#ifdef CRMW_FUZZ_CSV
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size);  // tests/fuzz/csv
#endif

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputsOf(const std::string& name) {
    std::vector<fs::path> files;
    for (const char* kind : {"corpus", "regressions"}) {
        const fs::path folder = fs::path(FUZZ_DIR) / name / kind;
        if (!fs::exists(folder)) continue;
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
                files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("the JSON importer keeps its promises on every fuzz seed and regression",
          "[reliability][fuzz]") {
    const auto files = inputsOf("json");
    REQUIRE(files.size() >= 5);
    for (const auto& file : files) {
        INFO(file.string());
        CHECK_NOTHROW(crm::fuzz::checkJsonImport(crm::testing::readBytes(file)));
    }
}

TEST_CASE("the vote round's requests keep their promises on every fuzz seed and regression",
          "[reliability][fuzz]") {
    const auto files = inputsOf("room_votes");
    REQUIRE(files.size() >= 5);
    for (const auto& file : files) {
        INFO(file.string());
        CHECK_NOTHROW(crm::fuzz::checkRoomVotesRequests(crm::testing::readBytes(file)));
    }
}

TEST_CASE("numbers JSON cannot hold exactly are refused with a message", "[reliability][fuzz]") {
    const std::string overflow =
        crm::testing::readBytes(fs::path(FUZZ_DIR) / "json/regressions/number-overflow-1e400.json");
    try {
        crm::store::importAssessmentJson(overflow);
        FAIL("expected a refusal");
    } catch (const crm::store::StoreError& e) {
        CHECK(e.kind() == crm::store::StoreErrorKind::InvalidInput);
        CHECK_THAT(e.what(),
                   Catch::StartsWith("not valid JSON") && Catch::Contains("number overflow"));
    }
    const std::string version =
        crm::testing::readBytes(fs::path(FUZZ_DIR) / "json/regressions/version-beyond-int64.json");
    CHECK_THROWS_WITH(
        crm::store::importAssessmentJson(version),
        Catch::StartsWith("/version: written by a newer version (format 18446744073709551615,"));
}

TEST_CASE("the .crmw opener keeps its promises on every fuzz seed and regression",
          "[reliability][fuzz]") {
    const auto files = inputsOf("crmw");
    REQUIRE(files.size() >= 3);
    const auto folder = crm::testing::freshDir("fuzz-open");
    for (const auto& file : files) {
        INFO(file.string());
        CHECK_NOTHROW(crm::fuzz::checkCrmwFile(crm::testing::readBytes(file), folder,
                                               crm::fuzz::CrmwCheck::Open));
    }
}

TEST_CASE("recoverCopy keeps its promises on every fuzz seed and regression",
          "[reliability][fuzz]") {
    const auto folder = crm::testing::freshDir("fuzz-recover");
    for (const auto& file : inputsOf("crmw")) {
        INFO(file.string());
        CHECK_NOTHROW(crm::fuzz::checkCrmwFile(crm::testing::readBytes(file), folder,
                                               crm::fuzz::CrmwCheck::Recover));
    }
}

TEST_CASE("recoverCopy restores a sound document with small pages whole", "[reliability][fuzz]") {
    const auto folder = crm::testing::freshDir("fuzz-recover-whole");
    for (const char* seed : {"small.crmw", "blank.crmw"}) {
        INFO(seed);
        const fs::path path = folder / seed;
        fs::copy_file(fs::path(FUZZ_DIR) / "crmw/corpus" / seed, path);
        crm::store::RecoveryReport report;
        const std::string recovered = crm::store::recoverCopy(path.string(), &report);
        CHECK(report.damagedTables.empty());
        for (const auto& t : report.damagedTables) INFO("damaged: " << t);
        CHECK(report.valuesDropped == 0);
        const std::string expected = crm::store::exportAssessmentJson(
            crm::store::Document::open(path.string()).assessment());
        CHECK(crm::store::exportAssessmentJson(
                  crm::store::Document::open(recovered).assessment()) == expected);
    }
}

#ifdef CRMW_FUZZ_CSV
TEST_CASE("the CSV reader keeps its promises on every fuzz seed and regression",
          "[reliability][fuzz]") {
    const auto files = inputsOf("csv");
    REQUIRE(files.size() >= 3);
    for (const auto& file : files) {
        INFO(file.string());
        const std::string bytes = crm::testing::readBytes(file);
        CHECK(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                     bytes.size()) == 0);
    }
}
#endif
