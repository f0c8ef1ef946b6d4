// Choosing the report's sections: the list `crmw report --sections` takes, and a document that
// leaves sections out gets a report without them, its appendices lettered again from A.
#include <catch2/catch.hpp>

#include "report/builder/report_builder.h"
#include "report/report_sections.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

std::vector<std::string> sectionIds(const ReportData& r) {
    std::vector<std::string> ids;
    for (const auto& s : r.sections) ids.push_back(s.number.empty() ? s.id : s.id + " " + s.number);
    return ids;
}

}  // namespace

TEST_CASE("a section list names what goes in, and the rest is left out, sorted",
          "[report][sections]") {
    std::string error;
    const auto leftOut = sectionsLeftOutFromList("step-1, changes,step-6", &error);
    REQUIRE(leftOut);
    // 19 choosable sections, 3 kept.
    CHECK(leftOut->size() == 16);
    CHECK(std::is_sorted(leftOut->begin(), leftOut->end()));
    CHECK(std::find(leftOut->begin(), leftOut->end(), "step-6") == leftOut->end());
    CHECK(std::find(leftOut->begin(), leftOut->end(), "step-2") != leftOut->end());
    CHECK(sectionsLeftOutFromList("all", &error)->empty());
    CHECK_FALSE(sectionsLeftOutFromList("step-1,<b>summary</b>", &error));
    CHECK_THAT(error, Catch::StartsWith("no report section '<b>summary</b>'; the sections are: "
                                        "all, step-1, step-2"));
}

TEST_CASE("a document that leaves sections out gets a report without them", "[report][sections]") {
    auto a = makeTestAssessment();
    addEarlierCycle(a);
    addWorkshopData(a.cycles[0]);
    a.reportSectionsLeftOut = {"methodology", "parking-lot", "step-2"};
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
    // The full list (test_report_new_sections.cpp) without the three; evidence was B, now A.
    CHECK(sectionIds(r) == std::vector<std::string>{"step-1 1", "step-3 3", "step-4 4", "step-5 5",
                                                    "step-6 6", "step-7 7", "step-8 8", "step-9 9",
                                                    "step-10 10", "changes", "disagreement",
                                                    "recommendations", "evidence A"});
}
