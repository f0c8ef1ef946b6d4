#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/builder/report_builder.h"
#include "report/json/json_renderer.h"
#include "test_assessment.h"

using namespace crm::report;
using Json = nlohmann::ordered_json;

namespace {

ReportData scored() {
    auto a = testing::makeTestAssessment();
    return buildReportData(
        a, a.cycles[0],
        {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()});
}

std::vector<std::string> keysOf(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) keys.push_back(item.key());
    return keys;
}

}  // namespace

TEST_CASE("the JSON is the report model with keys in the documented order", "[report][json]") {
    const Json doc = Json::parse(renderJson(scored()));
    CHECK(keysOf(doc) ==
          std::vector<std::string>{"format", "version", "title", "summary", "sections"});
    CHECK(doc["format"] == "crmw-report");
    CHECK(doc["version"] == kReportJsonVersion);
    CHECK(keysOf(doc["summary"]) ==
          std::vector<std::string>{"scored", "maturity", "headlineFigures", "topGaps",
                                   "topRecommendations", "offTrackMetrics", "chart", "note"});
    CHECK(doc["summary"]["maturity"]["indexValue"] == 31.25);
    CHECK(doc["summary"]["topGaps"].size() == 3);
    CHECK(doc["summary"]["chart"]["chart"]["kind"] == "radar");
    CHECK(doc["sections"].size() == 12);
    CHECK(doc["sections"][0]["id"] == "step-1");
}

TEST_CASE("JSON blocks carry their type and chart data as numbers", "[report][json]") {
    const Json doc = Json::parse(renderJson(scored()));
    const Json& step8 = doc["sections"][7];
    bool sawAttainment = false;
    for (const auto& block : step8["blocks"]) {
        CHECK(block.contains("type"));
        if (block["type"] == "chart" && block["chart"]["kind"] == "bars") {
            sawAttainment = true;
            CHECK(block["chart"]["bars"][0]["value"] == 16.67);
            CHECK(block["chart"]["bars"][0]["rag"] == "red");
        }
    }
    CHECK(sawAttainment);
}

TEST_CASE("user text is kept verbatim in JSON strings", "[report][json][escaping]") {
    const std::string text = renderJson(scored());
    CHECK(text.find(testing::kScriptName) != std::string::npos);  // "<" needs no escaping in JSON
    CHECK(text == renderJson(scored()));                          // deterministic
}

TEST_CASE("invalid UTF-8 in user text does not stop the report", "[report][json]") {
    ReportData r = scored();
    r.title.company = "Bad \xff byte";
    const Json doc = Json::parse(renderJson(r));
    CHECK(doc["title"]["company"] == "Bad \xef\xbf\xbd byte");
}
