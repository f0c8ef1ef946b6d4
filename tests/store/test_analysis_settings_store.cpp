// The customer analysis's period, horizon and discount rate: kept in the document file and in
// the JSON export, written only when they differ from a new document's, and refused with the
// setting named when a stored value is not one the program writes.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using crm::customers::PeriodConvention;

namespace {

const std::string kHead = R"({"format": "crm-workbench-assessment", "version": 8, )";

std::string importError(const std::string& json) {
    try {
        importAssessmentJson(json);
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::InvalidInput);
        return e.what();
    }
    return "no error";
}

std::string openError(const std::string& path) {
    try {
        Document::open(path);
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::Corrupt);
        return e.what();
    }
    return "no error";
}

void runSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

CustomerAnalysisSettings weeklyFiveYears() {
    CustomerAnalysisSettings s;
    s.calibrationEnd = parseIsoDate("2026-04-30");
    s.period = PeriodConvention::DaysInWeeks;
    s.horizonMonths = 60;
    s.monthlyDiscountRate = 0.015;
    return s;
}

}  // namespace

TEST_CASE("a new document has the analysis defaults: by day, 12 months, 1% a month", "[store]") {
    const CustomerAnalysisSettings s;
    CHECK(s.period == PeriodConvention::Days);
    CHECK(s.horizonMonths == 12);
    CHECK(s.monthlyDiscountRate == 0.01);
    CHECK(s.modelSettingsAreDefault());
    CHECK_FALSE(weeklyFiveYears().modelSettingsAreDefault());
}

TEST_CASE("the analysis settings are kept in the document file and go back to the defaults",
          "[store]") {
    auto dir = crm::testing::freshDir("analysis-settings");
    const auto path = (dir / "a.crmw").string();
    {
        Document::create(path, crm::testing::smallAssessment())
            .setCustomerAnalysisSettings(weeklyFiveYears());
    }
    {
        Document doc = Document::open(path);
        CHECK(doc.assessment().customerAnalysis == weeklyFiveYears());
        doc.setCustomerAnalysisSettings({});
    }
    CHECK(Document::open(path).assessment().customerAnalysis == CustomerAnalysisSettings{});
}

TEST_CASE("a stored analysis setting the program does not write is refused, naming it",
          "[store][errors]") {
    auto dir = crm::testing::freshDir("analysis-settings-bad");
    const auto path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    const std::string good = crm::testing::readBytes(path);
    struct Case {
        const char* key;
        const char* value;
        const char* says;
    };
    for (const Case& c : {
             Case{"analysis_period", "fortnight", "analysis_period = 'fortnight' is not a period"},
             Case{"horizon_months", "twelve", "horizon_months = 'twelve' is not a whole number"},
             Case{"horizon_months", "0", "the horizon must be 1 to 1200 months, not 0"},
             Case{"horizon_months", "12.5", "horizon_months = '12.5' is not a whole number"},
             Case{"monthly_discount_rate", "1%", "monthly_discount_rate = '1%' is not a number"},
             Case{"monthly_discount_rate", "-0.01", "the monthly discount rate must be 0 to 1"},
             Case{"monthly_discount_rate", "nan", "the monthly discount rate must be 0 to 1"},
             Case{"calibration_end", "30.04.2026", "calibration_end = '30.04.2026' is not a date"},
         }) {
        INFO(c.key << " = " << c.value);
        crm::testing::writeBytes(path, good);
        runSql(path, std::string("INSERT OR REPLACE INTO document_meta (key, value) VALUES ('") +
                         c.key + "', '" + c.value + "')");
        CHECK_THAT(openError(path), Catch::Contains(c.says));
    }
}

TEST_CASE("the analysis settings round-trip through JSON; only non-defaults raise the format",
          "[json]") {
    Assessment a = crm::testing::smallAssessment();
    a.customerAnalysis.calibrationEnd = parseIsoDate("2026-04-30");
    const std::string holdoutOnly = exportAssessmentJson(a);
    CHECK_THAT(holdoutOnly, Catch::Contains(R"("version": 6)"));  // older programs still read it
    CHECK(holdoutOnly.find(R"("horizon_months")") == std::string::npos);

    a.customerAnalysis = weeklyFiveYears();
    const std::string json = exportAssessmentJson(a);
    CHECK_THAT(json, Catch::Contains(R"("version": 8)"));
    CHECK_THAT(json, Catch::Contains(R"("period": "week")"));
    CHECK_THAT(json, Catch::Contains(R"("horizon_months": 60)"));
    CHECK_THAT(json, Catch::Contains(R"("monthly_discount_rate": 0.015)"));
    CHECK(importAssessmentJson(json).customerAnalysis == weeklyFiveYears());
    CHECK(exportAssessmentJson(importAssessmentJson(json)) == json);

    a.customerAnalysis = {};
    a.customerAnalysis.horizonMonths = 24;  // one setting alone is enough for format 8
    CHECK_THAT(exportAssessmentJson(a), Catch::Contains(R"("version": 8)"));
}

TEST_CASE("a bad analysis setting in JSON names its path", "[json][errors]") {
    const std::string tail = R"(}, "cycles": [{"id": "c1"}]})";
    CHECK(importError(kHead + R"("customer_analysis": {"period": "fortnight")" + tail) ==
          "/customer_analysis/period: expected a period: day, week, calendar-week, month");
    CHECK(importError(kHead + R"("customer_analysis": {"horizon_months": 0)" + tail) ==
          "/customer_analysis/horizon_months: expected a whole number of months from 1 to 1200");
    CHECK(importError(kHead + R"("customer_analysis": {"horizon_months": "12")" + tail) ==
          "/customer_analysis/horizon_months: expected a whole number of months from 1 to 1200");
    CHECK(importError(kHead + R"("customer_analysis": {"monthly_discount_rate": 1.5)" + tail) ==
          "/customer_analysis/monthly_discount_rate: expected a fraction from 0 to 1 (0.01 is 1% "
          "a month)");
    CHECK(importError(kHead + R"("customer_analysis": {"monthly_discount_rate": -0.01)" + tail) ==
          "/customer_analysis/monthly_discount_rate: expected a fraction from 0 to 1 (0.01 is 1% "
          "a month)");
}
