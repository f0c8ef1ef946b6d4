// Totals of the lifetime-value model and the order "highest lifetime value first"
// (engine/customers/lifetime_value_totals.h), on a hand-made model; each expected figure is
// the sum or count written beside it.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "engine/customers/lifetime_value_totals.h"
#include "small_fixture.h"

using namespace crm::customers;
using namespace crm::customers::testing;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("lifetime value totals leave out customers the model gives no figure",
          "[customers][lifetime]") {
    CustomerModel m;
    m.lifetimeValue = {120.0, kNaN, 30.5, 0.0, -4.25};
    m.probabilityAlive = {0.9, kNaN, 0.2, 0.5, 0.49};
    const LifetimeValueTotals t = lifetimeValueTotals(m, 0.5);
    CHECK(t.valuedCustomers == 4);  // all but the NaN
    CHECK(t.total == 146.25);       // 120 + 30.5 + 0 - 4.25, exact in binary
    REQUIRE(t.mean.has_value());
    CHECK(*t.mean == 146.25 / 4);      // 36.5625
    CHECK(t.churnRiskCustomers == 2);  // 0.2 and 0.49 are below 0.5; 0.5 itself is not

    const LifetimeValueTotals none = lifetimeValueTotals(CustomerModel{}, 0.5);
    CHECK(none.valuedCustomers == 0);
    CHECK(none.total == 0.0);
    CHECK_FALSE(none.mean.has_value());
    CHECK(none.churnRiskCustomers == 0);
}

TEST_CASE("highest lifetime value first, customers without one last, ties by customer id",
          "[customers][lifetime]") {
    CustomerAnalysis a;
    const std::vector<std::string> ids = {"e", "b", "d", "a", "c"};
    a.summaries.customers.resize(ids.size());
    for (std::uint32_t i = 0; i < ids.size(); ++i) a.summaries.customers[i].customer = i;
    a.model.lifetimeValue = {120.0, kNaN, 30.5, 120.0, kNaN};
    // 120 twice: "a" (3) before "e" (0); then 30.5 (2); then no figure: "b" (1) before "c" (4).
    CHECK(positionsByLifetimeValue(a, ids) == std::vector<std::uint32_t>{3, 0, 2, 1, 4});
}

TEST_CASE("the analysis's top customers are the start of that order", "[customers][lifetime]") {
    const TableBuilder builder = smallFixture();
    AnalysisOptions options;
    options.observationEnd = dayOf(kSmallFixtureEnd);
    options.topCount = 3;
    const CustomerAnalysis a = analyzeCustomers(builder.table(), options);
    const std::vector<std::uint32_t> order =
        positionsByLifetimeValue(a, builder.table().customerIds);
    REQUIRE(order.size() == a.summaries.customers.size());
    REQUIRE(a.topLifetimeValue.size() <= order.size());
    for (std::size_t k = 0; k < a.topLifetimeValue.size(); ++k)
        CHECK(a.topLifetimeValue[k] == order[k]);
}
