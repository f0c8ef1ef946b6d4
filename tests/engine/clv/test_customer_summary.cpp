#include <catch2/catch.hpp>

#include "cdnow_summary.h"
#include "engine/clv/customer_summary.h"

using namespace crm::clv;

TEST_CASE("Identical histories become one weighted group", "[clv][summary]") {
    const std::vector<CustomerSummary> customers{{2, 5.0, 10.0, 12.5}, {0, 0.0, 10.0, 0.0},
                                                 {2, 5.0, 10.0, 99.0}, {0, -0.0, 10.0, 0.0},
                                                 {2, 5.0, 11.0, 1.0},  {1, 5.0, 10.0, 3.0}};
    const GroupedHistories grouped = groupByHistory(customers);
    REQUIRE(grouped.groups.size() == 4);
    CHECK(grouped.customers == 6.0);
    CHECK(grouped.groupOfCustomer == std::vector<std::uint32_t>{0, 1, 0, 1, 2, 3});
    CHECK(grouped.groups[0].customers == 2.0);  // monetary does not split groups
    CHECK(grouped.groups[1].customers == 2.0);  // -0.0 groups with 0.0
    CHECK(grouped.groups[2].age == 11.0);
    CHECK(grouped.groups[3].frequency == 1);
}

TEST_CASE("Grouping many customers keeps every customer", "[clv][summary]") {
    std::vector<CustomerSummary> customers;
    for (int i = 0; i < 50000; ++i)
        customers.push_back({i % 7, static_cast<double>(i % 7 == 0 ? 0 : i % 13), 20.0, 0.0});
    const GroupedHistories grouped = groupByHistory(customers);
    double total = 0.0;
    for (const HistoryGroup& g : grouped.groups) total += g.customers;
    CHECK(total == 50000.0);
    CHECK(grouped.groups.size() == 1 + 6 * 13);
    std::size_t misplaced = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const HistoryGroup& g = grouped.groups[grouped.groupOfCustomer[i]];
        if (g.frequency != customers[i].frequency || g.recency != customers[i].recency) ++misplaced;
    }
    CHECK(misplaced == 0);
}

TEST_CASE("CDNOW's 2,357 customers have 1,016 distinct histories", "[clv][summary][cdnow]") {
    CHECK(groupByHistory(test::readCdnowSummary()).groups.size() == 1016);
}

TEST_CASE("Impossible summaries are explained", "[clv][summary]") {
    CHECK_FALSE(findSummaryProblem({0, 0.0, 0.0, 0.0}));
    CHECK_FALSE(findSummaryProblem({3, 7.0, 7.0, 10.0}));
    CHECK(findSummaryProblem({-1, 0.0, 1.0, 0.0}));
    CHECK(crm::text::english(findSummaryProblem({1, 2.0, 1.0, 0.0}).value())
              .find("later than the age") != std::string::npos);
    CHECK(findSummaryProblem({0, 1.0, 2.0, 0.0}));
    CHECK(findSummaryProblem({1, -1.0, 2.0, 0.0}));
    CHECK(findSummaryProblem({1, 1.0, std::nan(""), 0.0}));
}
