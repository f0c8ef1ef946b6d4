// JSON import/export: lossless round trip and errors that name the JSON path.
#include <catch2/catch.hpp>

#include <filesystem>

#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;

namespace {
std::string importError(const std::string& json) {
    try {
        importAssessmentJson(json);
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::InvalidInput);
        return e.what();
    }
    return "no error";
}
const std::string kHead = R"({"format": "crm-workbench-assessment", "version": 1, )";
}  // namespace

TEST_CASE("export -> import into a new file -> export is byte-identical", "[json]") {
    auto dir = crm::testing::freshDir("roundtrip");
    const std::string first = exportAssessmentJson(crm::testing::smallAssessment());
    Document doc = Document::create((dir / "b.crmw").string(), importAssessmentJson(first));
    CHECK(exportAssessmentJson(doc.assessment()) == first);
}

TEST_CASE("the sample workshop round-trips byte-identically", "[json][sample]") {
    std::filesystem::path samples = SAMPLES_DIR;
    int seen = 0;
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
        if (entry.path().extension() != ".json") continue;
        ++seen;
        auto dir = crm::testing::freshDir("sample");
        Assessment a = importAssessmentJson(crm::testing::readBytes(entry.path()));
        const std::string exported = exportAssessmentJson(a);
        Document doc = Document::create((dir / "s.crmw").string(), importAssessmentJson(exported));
        CHECK(exportAssessmentJson(doc.assessment()) == exported);
        CHECK(a.cycles.size() >= 2);
    }
    CHECK(seen >= 1);
}

TEST_CASE("malformed JSON names the line and column", "[json][errors]") {
    CHECK_THAT(importError("{\n  \"format\": \n}"),
               Catch::Contains("not valid JSON") && Catch::Contains("line 3"));
}

TEST_CASE("a wrong field type names its JSON path", "[json][errors]") {
    const std::string json = kHead + R"("cycles": [{"id": "c1", "metrics": [
        {"id": "m0"}, {"id": "m1"}, {"id": "m2"}, {"id": "m3", "baseline": "high"}]}]})";
    CHECK(importError(json) == "/cycles/0/metrics/3/baseline: expected a number");
}

TEST_CASE("other import errors name their path", "[json][errors]") {
    CHECK(
        importError(R"({"format": "something-else", "version": 1})") ==
        "/format: expected \"crm-workbench-assessment\" (this is not a CRM Workbench assessment)");
    CHECK_THAT(importError(kHead.substr(0, kHead.size() - 2) + "}"),
               Catch::Contains("/cycles: expected at least one cycle"));
    CHECK(importError(R"({"format": "crm-workbench-assessment", "version": 9, "cycles": []})") ==
          "/version: written by a newer version (format 9, this program reads up to 8)");
    CHECK(importError(kHead +
                      R"("cycles": [{"id": "c1", "segments": [{"id": "s", "revenue": 12}]}]})") ==
          "/cycles/0/segments/0/revenue: expected an amount as a string, e.g. \"1250.50\"");
    CHECK(
        importError(kHead +
                    R"("cycles": [{"id": "c1", "capabilities": [{"id": "k", "current": 9}]}]})") ==
        "/cycles/0/capabilities/0/current: expected a whole number from 1 to 5");
    CHECK(importError(kHead +
                      R"("cycles": [{"id": "c1", "kpis": [{"id": "k", "level": "galactic"}]}]})") ==
          "/cycles/0/kpis/0/level: expected one of: strategy, tactic");
    CHECK(importError(kHead +
                      R"("cycles": [{"id": "c1", "kpis": [{"id": "k", "colour": "red"}]}]})") ==
          "/cycles/0/kpis/0/colour: unknown field");
    CHECK(importError(
              kHead +
              R"("cycles": [{"id": "c1", "milestones": [{"id": "m", "due": "2026-02-30"}]}]})") ==
          "/cycles/0/milestones/0/due: expected a date as YYYY-MM-DD");
}

TEST_CASE("the currency round-trips through JSON; absent or empty reads as not set", "[json]") {
    Assessment a = crm::testing::smallAssessment();
    REQUIRE(a.currency == "GBP");
    const std::string json = exportAssessmentJson(a);
    CHECK_THAT(json, Catch::Contains(R"("currency": "GBP")"));
    CHECK(importAssessmentJson(json).currency == "GBP");

    const std::string older =
        kHead + R"("company": {"name": "Old Ltd"}, "cycles": [{"id": "c1"}]})";
    CHECK(importAssessmentJson(older).currency.empty());
    CHECK(importAssessmentJson(older).companyName == "Old Ltd");
}

TEST_CASE("the document language is written only when not English, as format version 7", "[json]") {
    Assessment a = crm::testing::smallAssessment();
    REQUIRE(a.language == "en");
    const std::string english = exportAssessmentJson(a);
    CHECK(english.find(R"("language")") == std::string::npos);  // golden files stay as they are
    CHECK_THAT(english, Catch::Contains(R"("version": 4)"));
    CHECK(importAssessmentJson(english).language == "en");

    a.language = "de";
    const std::string german = exportAssessmentJson(a);
    CHECK_THAT(german, Catch::Contains(R"("language": "de")"));
    CHECK_THAT(german, Catch::Contains(R"("version": 7)"));
    CHECK(importAssessmentJson(german).language == "de");
    CHECK(exportAssessmentJson(importAssessmentJson(german)) == german);
    CHECK(importError(kHead + R"("company": {"language": "fr"}, "cycles": [{"id": "c1"}]})") ==
          "/company/language: expected a language code: en, de");
}

TEST_CASE("a malformed currency code names its JSON path", "[json][errors]") {
    CHECK(importError(kHead + R"("company": {"currency": "euro"}, "cycles": [{"id": "c1"}]})") ==
          "/company/currency: expected a currency code of three capital letters, such as EUR");
}

TEST_CASE("the report sections left out round-trip through JSON as format version 5", "[json]") {
    Assessment a = crm::testing::smallAssessment();
    const std::string plain = exportAssessmentJson(a);
    // Nothing left out: version 4, readable by the program before this one, no "report" key.
    CHECK_THAT(plain, Catch::Contains(R"("version": 4)"));
    CHECK(plain.find(R"("report")") == std::string::npos);

    a.reportSectionsLeftOut = {"methodology", "parking-lot"};
    const std::string json = exportAssessmentJson(a);
    CHECK_THAT(json, Catch::Contains(R"("version": 5)"));
    CHECK_THAT(json, Catch::Contains(R"("sections_left_out": [)"));
    CHECK(importAssessmentJson(json).reportSectionsLeftOut ==
          std::vector<std::string>{"methodology", "parking-lot"});
    CHECK(exportAssessmentJson(importAssessmentJson(json)) == json);

    // Read sorted and without repeats; an unknown field under "report" names its path.
    const std::string unsorted =
        kHead + R"("report": {"sections_left_out": ["step-2", "changes", "step-2"]},)" +
        R"( "cycles": [{"id": "c1"}]})";
    CHECK(importAssessmentJson(unsorted).reportSectionsLeftOut ==
          std::vector<std::string>{"changes", "step-2"});
    CHECK(importError(kHead + R"("report": {"shape": []}, "cycles": [{"id": "c1"}]})") ==
          "/report/shape: unknown field");
    CHECK(
        importError(kHead + R"("report": {"sections_left_out": [3]}, "cycles": [{"id": "c1"}]})") ==
        "/report/sections_left_out/0: expected a string");
}

TEST_CASE("the customer analysis's calibration end round-trips through JSON as format version 6",
          "[json]") {
    Assessment a = crm::testing::smallAssessment();
    CHECK(exportAssessmentJson(a).find(R"("customer_analysis")") == std::string::npos);
    a.customerAnalysis.calibrationEnd = parseIsoDate("2026-04-30");
    const std::string json = exportAssessmentJson(a);
    CHECK_THAT(json, Catch::Contains(R"("version": 6)"));
    CHECK_THAT(json, Catch::Contains(R"("calibration_end": "2026-04-30")"));
    CHECK(importAssessmentJson(json).customerAnalysis == a.customerAnalysis);
    CHECK(exportAssessmentJson(importAssessmentJson(json)) == json);

    CHECK(importError(kHead + R"("customer_analysis": {"calibration_end": "30.04.2026"}, )"
                              R"("cycles": [{"id": "c1"}]})") ==
          "/customer_analysis/calibration_end: expected a date written YYYY-MM-DD");
    CHECK(
        importError(kHead + R"("customer_analysis": {"horizon": 12}, "cycles": [{"id": "c1"}]})") ==
        "/customer_analysis/horizon: unknown field");
}

TEST_CASE("the calibration end is kept in the document file and can be cleared", "[json][store]") {
    auto dir = crm::testing::freshDir("calibration-end");
    const auto path = (dir / "a.crmw").string();
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        CHECK_FALSE(doc.assessment().customerAnalysis.calibrationEnd);
        doc.setCustomerAnalysisSettings({parseIsoDate("2026-04-30")});
    }
    {
        Document doc = Document::open(path);
        CHECK(doc.assessment().customerAnalysis.calibrationEnd == parseIsoDate("2026-04-30"));
        doc.setCustomerAnalysisSettings({});
    }
    CHECK_FALSE(Document::open(path).assessment().customerAnalysis.calibrationEnd);
}
