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
    // Steps 1-10, "What changed since 2025" (the sample has two cycles), the action plan,
    // recommendations, the methodology appendix and the sign-off; the sample has no workshop
    // ratings, parking lot or evidence.
    REQUIRE(r.sections.size() == 15);
    CHECK(r.sections[10].title == "What changed since 2025");
    CHECK(r.sections[11].id == "action-plan");
    CHECK(r.sections[14].id == "closing");
    for (const auto& s : r.sections) {
        INFO(s.id);
        CHECK_FALSE(s.blocks.empty());
    }
}
