// Concentration on the 12-customer fixture. Expected values: by hand, and printed by
//   /usr/bin/python3 tests/engine/customers/expected_small_fixture.py
// (lines "net concentration" and "margin concentration", exact fractions).
#include <catch2/catch.hpp>

#include "engine/customers/concentration.h"
#include "engine/customers/customer_summary.h"
#include "small_fixture.h"

using namespace crm::customers;
using namespace crm::customers::testing;

namespace {

struct Fixture {
    TableBuilder builder = smallFixture();
    CustomerSummaries summaries = summarizeCustomers(
        builder.table(),
        {.period = PeriodConvention::Days, .observationEnd = dayOf(kSmallFixtureEnd)});

    std::string idAt(std::uint32_t position) const {
        return builder.table().customerIds[summaries.customers[position].customer];
    }
};

}  // namespace

TEST_CASE("concentration: net value of the fixture", "[customers][concentration]") {
    const Fixture f;
    const Concentration c = analyzeConcentration(f.summaries, f.builder.table());
    const ValueConcentration& v = c.netValue;
    CHECK(v.customers == 12);
    // 500 + 260 + 40 + 1300 + 0 + 35 - 45.5 + 135 - 20 + 165 + 25 + 150 = 2544.5 (= 5089/2)
    CHECK(v.total == money("2544.5"));
    CHECK(v.negativeCustomers == 2);  // C07 -45.5, C09 -20
    CHECK(v.zeroCustomers == 1);      // C05: 0.1 + 0.2 - 0.3, exactly 0 in thousandths
    CHECK(v.negativeTotal == money("-65.5"));
    CHECK(v.topCustomers == 3);          // ceil(12 / 5)
    CHECK(v.topValue == money("2060"));  // 1300 + 500 + 260
    REQUIRE(v.topShare);
    CHECK(*v.topShare == Approx(2060.0 / 2544.5).epsilon(1e-12));  // 0.8095893102770682
    // 80% of 2544.5 = 2035.6: top 2 = 1800 < 2035.6 <= top 3 = 2060, so 3 of 12.
    CHECK(v.customersFor80 == 3);
    REQUIRE(v.customerShareFor80);
    CHECK(*v.customerShareFor80 == 0.25);
    REQUIRE(v.gini);
    CHECK(*v.gini ==
          Approx(44881.0 / 61068.0).epsilon(1e-12));  // Fraction 44881/61068 = 0.73493...
    // Lorenz: all 13 points (n + 1 <= 101); the third is (2/12, (-45.5 - 20) / 2544.5).
    REQUIRE(v.lorenz.size() == 13);
    CHECK(v.lorenz.front().customerShare == 0.0);
    CHECK(v.lorenz.front().valueShare == 0.0);
    CHECK(v.lorenz[2].customerShare == Approx(2.0 / 12.0));
    CHECK(v.lorenz[2].valueShare == Approx(-65.5 / 2544.5).epsilon(1e-12));  // -0.02574179603065435
    CHECK(v.lorenz[11].valueShare == Approx(0.4890941245824327).epsilon(1e-12));
    CHECK(v.lorenz.back().customerShare == 1.0);
    CHECK(v.lorenz.back().valueShare == 1.0);
    REQUIRE(v.worst.size() == 2);
    CHECK(f.idAt(v.worst[0]) == "C07");
    CHECK(f.idAt(v.worst[1]) == "C09");
}

TEST_CASE("concentration: margin of the fixture (money-losing customers)",
          "[customers][concentration]") {
    const Fixture f;
    const Concentration c = analyzeConcentration(f.summaries, f.builder.table(), {.worstCount = 5});
    REQUIRE(c.margin);
    const ValueConcentration& m = *c.margin;
    // 200 + 100 + 15 + 400 + 0 - 8 - 8 + 45 + 0 + 55 + 10 + 45 = 854
    CHECK(m.total == money("854"));
    CHECK(m.negativeCustomers == 2);    // C06 and C07, -8 each
    CHECK(m.zeroCustomers == 2);        // C05 (0.15 - 0.15) and C09 (20 - 20)
    CHECK(m.topValue == money("700"));  // 400 + 200 + 100
    CHECK(*m.topShare == Approx(700.0 / 854.0).epsilon(1e-12));
    CHECK(m.customersFor80 == 3);                              // 700 >= 0.8 * 854 = 683.2 > 600
    CHECK(*m.gini == Approx(1245.0 / 1708.0).epsilon(1e-12));  // Fraction 1245/1708 = 0.72892...
    REQUIRE(m.worst.size() == 2);        // only the negative ones, though 5 were allowed
    CHECK(f.idAt(m.worst[0]) == "C06");  // a tie at -8: ids in order
    CHECK(f.idAt(m.worst[1]) == "C07");
}

TEST_CASE("concentration: no margin without cost, undefined ratios for a non-positive total",
          "[customers][concentration]") {
    TableBuilder b;
    b.add("A", "2024-01-01", "10").add("B", "2024-01-02", "-10", "0", "", -1);
    const CustomerSummaries s = summarizeCustomers(b.table());
    const Concentration c = analyzeConcentration(s, b.table());
    CHECK_FALSE(c.margin);
    CHECK(c.netValue.total == money("0"));
    CHECK(c.netValue.negativeCustomers == 1);
    CHECK_FALSE(c.netValue.topShare);
    CHECK_FALSE(c.netValue.customerShareFor80);
    CHECK_FALSE(c.netValue.gini);
    CHECK(c.netValue.lorenz.empty());
}

TEST_CASE("concentration: Gini is 0 for equal values and (n - 1) / n for one owner of all",
          "[customers][concentration]") {
    TableBuilder equal;
    for (const char* id : {"A", "B", "C", "D"}) equal.add(id, "2024-01-01", "2.5");
    const auto e = analyzeConcentration(summarizeCustomers(equal.table()), equal.table());
    CHECK(*e.netValue.gini == 0.0);
    CHECK(*e.netValue.topShare == 0.25);  // ceil(4 / 5) = 1 customer of 4

    TableBuilder one;
    one.add("A", "2024-01-01", "100").add("B", "2024-01-01", "0", "0", "", 1);
    one.add("C", "2024-01-01", "0", "0", "", 1).add("D", "2024-01-01", "0", "0", "", 1);
    const auto o = analyzeConcentration(summarizeCustomers(one.table()), one.table());
    CHECK(*o.netValue.gini ==
          Approx(0.75).epsilon(1e-15));  // C = 0,0,0,0,100: 1 - (0 + 0 + 0 + 100) / (4 * 100)
    CHECK(*o.netValue.customerShareFor80 == 0.25);
    CHECK(o.netValue.zeroCustomers == 3);
}

TEST_CASE("concentration: the Lorenz curve is downsampled on real points",
          "[customers][concentration]") {
    TableBuilder b;
    // 1000 customers with values 1..1000: C_i = i(i+1)/2, total 500500.
    for (int i = 1; i <= 1000; ++i) {
        const std::string value = std::to_string(i);
        b.add(value, "2024-01-01", value);  // the value doubles as the customer id
    }
    const auto c = analyzeConcentration(summarizeCustomers(b.table()), b.table());
    const auto& lorenz = c.netValue.lorenz;
    REQUIRE(lorenz.size() == 101);
    CHECK(lorenz[50].customerShare == 0.5);                                  // i = 500
    CHECK(lorenz[50].valueShare == Approx(500.0 * 501.0 / 2.0 / 500500.0));  // 125250 / 500500
    CHECK(lorenz.back().valueShare == 1.0);
    // Gini of 1..n is (n - 1) / (3n): 999 / 3000 = 0.333
    CHECK(*c.netValue.gini == Approx(999.0 / 3000.0).epsilon(1e-12));
    // top 200 of 1..1000: (801 + 1000) * 200 / 2 = 180100
    CHECK(c.netValue.topValue == money("180100"));
}
