// Default agenda minutes for the ten steps, checked by hand.
#include <catch2/catch.hpp>

#include <numeric>

#include "engine/workshop/agenda_plan.h"

using namespace crm::workshop;

TEST_CASE("a three-hour workshop: 180 minutes in 5-minute slots, by hand", "[agenda]") {
    // Weights 8 6 12 8 12 12 10 10 8 14 (sum 100); shares of 180: 14.4 10.8 21.6 14.4 21.6 21.6
    // 18 18 14.4 25.2 -> nearest 5: 15 10 20 15 20 20 20 20 15 25 = 180, nothing left over.
    const auto m = planAgendaMinutes(180);
    const std::array<std::int64_t, 10> expected = {15, 10, 20, 15, 20, 20, 20, 20, 15, 25};
    CHECK(m == expected);
}

TEST_CASE("the rounding remainder goes to the longest step", "[agenda]") {
    // 120 minutes: shares 9.6 7.2 14.4 9.6 14.4 14.4 12 12 9.6 16.8 -> 10 5 15 10 15 15 10 10 10 15
    // = 115; the 5 left go to step 10 (weight 14, the largest): 20.
    const auto m = planAgendaMinutes(120);
    const std::array<std::int64_t, 10> expected = {10, 5, 15, 10, 15, 15, 10, 10, 10, 20};
    CHECK(m == expected);
    // 2:05 = 125: shares 10 7.5 15 10 15 15 12.5 12.5 10 17.5 -> halves up: 10 10 15 10 15 15 15
    // 15 10 20 = 135; 10 too many come off step 10: 10.
    const auto over = planAgendaMinutes(125);
    CHECK(over[1] == 10);
    CHECK(over[9] == 10);
}

TEST_CASE("every length from one to ten hours adds up exactly, no slot empty", "[agenda]") {
    for (std::int64_t total = 60; total <= 600; total += 5) {
        const auto m = planAgendaMinutes(total);
        CAPTURE(total);
        CHECK(std::accumulate(m.begin(), m.end(), std::int64_t{0}) == total);
        for (auto minutes : m) CHECK(minutes > 0);
    }
    const auto shortest = planAgendaMinutes(10);  // below an hour is planned as one hour
    CHECK(std::accumulate(shortest.begin(), shortest.end(), std::int64_t{0}) == 60);
}
