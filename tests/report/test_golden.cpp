// Golden files of the HTML and JSON report of the test assessment (clock and locale pinned:
// the report date is passed in and numbers are formatted without locale).
// Regenerate after an intended change:  UPDATE_GOLDEN=1 ctest --test-dir build/h-report -R golden
#include <catch2/catch.hpp>

#include "golden_file.h"
#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "test_assessment.h"

using namespace crm::report;

namespace {

ReportData goldenReport() {
    // Every optional section: an earlier cycle, workshop data and customer figures.
    auto a = testing::makeTestAssessment();
    testing::addEarlierCycle(a);
    testing::addWorkshopData(a.cycles[0]);
    ReportInputs inputs{testing::day(2026, 4, 2), testing::makeTestScores(),
                        testing::makeTestCurve()};
    inputs.customerFigures = testing::makeTestCustomerFigures();
    return buildReportData(a, a.cycles[0], inputs);
}

}  // namespace

TEST_CASE("golden HTML report of the test assessment", "[report][golden]") {
    testing::compareWithGolden("report-test-assessment.html", renderHtml(goldenReport()));
}

TEST_CASE("golden JSON report of the test assessment", "[report][golden]") {
    testing::compareWithGolden("report-test-assessment.json", renderJson(goldenReport()));
}
