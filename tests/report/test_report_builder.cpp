#include <catch2/catch.hpp>

#include <algorithm>

#include "report/builder/report_builder.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;

namespace {

ReportData scoredReport() {
    auto a = testing::makeTestAssessment();
    return buildReportData(
        a, a.cycles[0],
        {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()});
}

const Table* findTable(const Section& s, const std::string& heading) {
    for (const auto& b : s.blocks)
        if (const auto* t = std::get_if<Table>(&b); t && t->heading == heading) return t;
    return nullptr;
}

std::size_t chartCount(const Section& s) {
    return static_cast<std::size_t>(
        std::count_if(s.blocks.begin(), s.blocks.end(),
                      [](const Block& b) { return std::holds_alternative<Chart>(b); }));
}

}  // namespace

TEST_CASE("sections follow the wizard, then recommendations and the appendix",
          "[report][builder]") {
    const ReportData r = scoredReport();
    std::vector<std::string> ids;
    for (const auto& s : r.sections) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"step-1", "step-2", "step-3", "step-4", "step-5",
                                          "step-6", "step-7", "step-8", "step-9", "step-10",
                                          "recommendations", "methodology"});
    CHECK(r.sections[0].title == "Business strategy");
    CHECK(r.sections[9].number == "10");
    CHECK(r.sections[11].number == "A");
}

TEST_CASE("the title page carries company, cycle, dates, facilitator and profile",
          "[report][builder]") {
    const ReportData r = scoredReport();
    CHECK(r.title.company == "Harbour Instruments");
    CHECK(r.title.cycleName == "2026");
    CHECK(r.title.reportDate == "2026-04-02");  // passed in, not the clock
    CHECK(r.title.assessmentDate == "2026-03-31");
    CHECK(r.title.facilitator == "Dana Okafor");
    CHECK(r.title.profileName == "Workbench default");
    CHECK(r.title.profileHash.size() == 16);
}

TEST_CASE("the executive summary takes the top three of each list", "[report][builder][summary]") {
    const ExecutiveSummary s = scoredReport().summary;
    REQUIRE(s.scored);
    // 31.25 lies between the band edges 20 and 40: the second of five levels.
    CHECK(s.maturityLevel == "Practicing, level 2 of 5");
    CHECK(s.maturityIndex == "31.3");  // 31.25 rounded half away from zero
    REQUIRE(s.topGaps.size() == 3);
    CHECK(s.topGaps[0].capability == "Customer data quality");
    CHECK(s.topGaps[0].score == "10");
    CHECK(s.topGaps[0].current == "2");
    CHECK(s.topGaps[0].target == "4");
    REQUIRE(s.topRecommendations.size() == 3);
    CHECK(s.topRecommendations[0].action ==
          "Give engineers the device history on site before the next audit");
    CHECK(s.topRecommendations[0].impact == "High");
    // Only the red items are "off track": NPS and key-account renewals.
    REQUIRE(s.offTrackMetrics.size() == 2);
    CHECK(s.offTrackMetrics[0].name == "Net promoter score");
    CHECK(s.offTrackMetrics[1].name == "Keep key accounts under contract");
    REQUIRE(s.chart);
    CHECK(std::holds_alternative<RadarChart>(s.chart->spec));
    // Completeness, then the step-4 figures NPS and CSAT.
    REQUIRE(s.headlineFigures.size() == 3);
    CHECK(s.headlineFigures[0].value == "92%");
    CHECK(s.headlineFigures[1].value == "5");
    CHECK(s.headlineFigures[2].value == "75%");
}

TEST_CASE("without engine scores the report still shows every step and says what is missing",
          "[report][builder]") {
    auto a = testing::makeTestAssessment();
    const ReportData r =
        buildReportData(a, a.cycles[0], {testing::day(2026, 4, 2), std::nullopt, std::nullopt});
    CHECK_FALSE(r.summary.scored);
    CHECK_FALSE(r.summary.note.empty());
    CHECK(r.sections.size() == 12);
    const auto& recs = r.sections[10];
    REQUIRE(recs.blocks.size() == 1);
    CHECK(std::get<Paragraph>(recs.blocks[0]).text.find("not been scored") != std::string::npos);
    CHECK(chartCount(r.sections[9]) == 1);  // the radar needs no score; the gap bars do
}

TEST_CASE("step tables show entered data with names, not ids", "[report][builder]") {
    const ReportData r = scoredReport();
    const Table* metrics = findTable(r.sections[1], "Metrics in use, by department");
    REQUIRE(metrics);
    // Sorted by department (sales before service), in entered order within one.
    CHECK(metrics->rows[0][1] == "Close rate");
    CHECK(metrics->rows[1][1] == "Sales cycle length");
    CHECK(metrics->rows[2][1] == "First-contact resolution");
    CHECK(metrics->rows[1][3] == "94 days");

    const Table* external =
        findTable(r.sections[2], "Pain points \u2014 external voice (customers, partners)");
    REQUIRE(external);
    CHECK(external->rows[0][2] == std::string("Key accounts, ") + testing::kScriptName);
    CHECK(external->rows[0][6] == "48");  // 4 x 4 x 3

    const Table* objectives = findTable(r.sections[5], "Objectives per segment");
    REQUIRE(objectives);
    CHECK(objectives->rows[0][0] == "Key accounts");
    CHECK(objectives->rows[0][4] == "88 \u2192 94%");
    CHECK(objectives->rows[0][6] == "Off track (8%)");
}

TEST_CASE("money totals are exact sums in the builder", "[report][builder]") {
    const ReportData r = scoredReport();
    const Table* resources = findTable(r.sections[9], "Resource requirements");
    REQUIRE(resources);
    const auto& total = resources->rows.back();
    CHECK(total[0] == "Total");
    CHECK(total[2] == "120,000.50");  // 0 + 120,000.5
    CHECK(total[3] == "83,000");      // 65,000 + 18,000
}

TEST_CASE("the alignment matrix marks each KPI's objectives", "[report][builder]") {
    const ReportData r = scoredReport();
    const Table* matrix = findTable(r.sections[8], "KPIs \u00d7 corporate objectives");
    REQUIRE(matrix);
    REQUIRE(matrix->columns.size() == 4);  // KPI + three objectives
    CHECK(matrix->rows[0] == std::vector<std::string>{"Net promoter score", "", "\u25cf", ""});
    CHECK(matrix->rows[1] ==
          std::vector<std::string>{"First-contact resolution", "\u25cf", "", ""});
}

TEST_CASE("every chart of the issue appears where its data is", "[report][builder][charts]") {
    const ReportData r = scoredReport();
    CHECK(chartCount(r.sections[3]) == 1);  // relationship levels
    CHECK(chartCount(r.sections[4]) == 1);  // importance-performance
    CHECK(chartCount(r.sections[5]) == 2);  // segment value + Lorenz curve
    CHECK(chartCount(r.sections[7]) == 1);  // attainment
    CHECK(chartCount(r.sections[9]) == 2);  // radar + gap bars
}

TEST_CASE("the methodology appendix names the profile and lists its settings in words",
          "[report][builder]") {
    auto a = testing::makeTestAssessment();
    a.profile.name = "Board 2026";
    const ReportData r = buildReportData(
        a, a.cycles[0], {testing::day(2026, 4, 2), testing::makeTestScores(), std::nullopt});
    const Section& appendix = r.sections.back();
    const auto& profile = std::get<KeyValueList>(appendix.blocks[0]);
    CHECK(profile.items[0].value == "Board 2026");
    CHECK(profile.items[1].value == a.profile.hash());
    const Table* params = findTable(appendix, "Settings of this profile");
    REQUIRE(params);
    CHECK(params->rows.size() == profileParameters().size());
    // The first setting (attainment.on_track_ratio in the profile file) by what it means.
    CHECK(params->rows[0][0] == profileParameters()[0].meaning);
    CHECK(params->rows[0][0].find('_') == std::string::npos);
    CHECK(params->rows[0][1] == "0.95");
}

TEST_CASE("buildReport finds the cycle or says which one is missing", "[report][builder]") {
    auto a = testing::makeTestAssessment();
    std::string error;
    CHECK(buildReport(a, "", testing::day(2026, 4, 2), &error));  // the current cycle
    CHECK_FALSE(buildReport(a, "c-1999", testing::day(2026, 4, 2), &error));
    CHECK(error == "there is no cycle 'c-1999' in the assessment");
}

TEST_CASE("buildReport scores the cycle with the assessment engine", "[report][builder][engine]") {
    const auto a = testing::makeTestAssessment();
    std::string error;
    const auto r = buildReport(a, "c-2026", testing::day(2026, 4, 2), &error);
    REQUIRE(r);
    const ExecutiveSummary& s = r->summary;
    CHECK(s.scored);
    // Engine formula: mean current rating (3+3+2+2+2+1+3+2+2)/9 = 2.222; (2.222 - 1) / 4 x 100
    // = 30.56.
    CHECK(s.maturityIndex == "30.6");
    CHECK(s.maturityLevel == "Practicing, level 2 of 5");  // 20 <= 30.56 < 40
    CHECK(s.maturityReason.find("The 9 rated capabilities score 2.2 on average") !=
          std::string::npos);
    REQUIRE(s.topGaps.size() == 3);
    CHECK(s.topGaps[0].capability == "Customer data quality");  // (4 - 2) x 5 = 10, the largest
    CHECK(s.topGaps[0].score == "10");
    REQUIRE_FALSE(s.topRecommendations.empty());
    for (const auto& rec : s.topRecommendations) {
        CHECK_FALSE(rec.action.empty());
        CHECK_FALSE(rec.cause.empty());  // every recommendation is traced to a finding
    }
    // NPS = (120 - 100) / 400 x 100 = 5; CSAT = 300 / 400 = 75%.
    CHECK(std::find_if(s.headlineFigures.begin(), s.headlineFigures.end(), [](const KeyValue& kv) {
              return kv.key == "Net promoter score" && kv.value == "5";
          }) != s.headlineFigures.end());
    CHECK(std::find_if(s.headlineFigures.begin(), s.headlineFigures.end(), [](const KeyValue& kv) {
              return kv.key == "Customer satisfaction" && kv.value == "75%";
          }) != s.headlineFigures.end());
    // The engine judges NPS off track: (5 - 2) / (20 - 2) = 16.7% of the way.
    REQUIRE_FALSE(s.offTrackMetrics.empty());
    CHECK(s.offTrackMetrics[0].name == "Net promoter score");
    const Section& recs = r->sections[10];
    REQUIRE(std::holds_alternative<Table>(recs.blocks[0]));
    CHECK(std::get<Table>(recs.blocks[0]).rows.size() >= 3);
}

TEST_CASE("items marked not applicable are listed in the appendix", "[report][builder]") {
    auto a = testing::makeTestAssessment();
    ReportInputs inputs{testing::day(2026, 4, 2),
                        std::nullopt,
                        std::nullopt,
                        {"KPI 'Brand recall': no survey this year"}};
    const ReportData r = buildReportData(a, a.cycles[0], inputs);
    const Table* excluded =
        findTable(r.sections.back(), "Marked not applicable (left out of every score)");
    REQUIRE(excluded);
    CHECK(excluded->rows ==
          std::vector<std::vector<std::string>>{{"KPI 'Brand recall': no survey this year"}});
}
