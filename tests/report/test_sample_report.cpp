// The sample workshop through the assessment engine and the HTML and JSON renderers, against
// golden files (report date pinned, numbers formatted without locale).
// Regenerate after an intended change:  UPDATE_GOLDEN=1 ctest --test-dir build/h-report -R golden
#include <catch2/catch.hpp>

#include "golden_file.h"
#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "sample_workshop.h"

using namespace crm::report;

namespace {

ReportData sampleReport() {
    std::string error;
    auto report =
        buildReport(testing::loadSampleWorkshop(), "", testing::kSampleReportDate, &error);
    REQUIRE(report);
    return *report;
}

}  // namespace

TEST_CASE("golden HTML report of the sample workshop", "[report][golden][sample]") {
    testing::compareWithGolden("report-quillmere.html", renderHtml(sampleReport()));
}

TEST_CASE("golden JSON report of the sample workshop", "[report][golden][sample]") {
    testing::compareWithGolden("report-quillmere.json", renderJson(sampleReport()));
}

TEST_CASE("the sample workshop is scored and every step has content", "[report][sample]") {
    const ReportData r = sampleReport();
    CHECK(r.title.company == "Quillmere Office Supply");
    CHECK(r.summary.scored);
    CHECK_FALSE(r.summary.maturityLevel.empty());
    CHECK(r.summary.topGaps.size() == 3);
    CHECK(r.summary.topRecommendations.size() == 3);
    // Steps 1-10, "What changed since 2025" (the sample has two cycles), where the room
    // disagreed, the parking lot, the action plan, recommendations, the methodology, milestone
    // (85 and 26 milestones, more than 12 each) and evidence appendices and the sign-off.
    std::vector<std::string> ids;
    for (const auto& s : r.sections) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{
                     "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "step-8",
                     "step-9", "step-10", "changes", "disagreement", "parking-lot", "action-plan",
                     "recommendations", "methodology", "milestones", "evidence", "closing"});
    REQUIRE(r.sections.size() == 19);
    CHECK(r.sections[10].title == "What changed since 2025");
    for (const auto& s : r.sections) {
        INFO(s.id);
        CHECK_FALSE(s.blocks.empty());
    }
}
