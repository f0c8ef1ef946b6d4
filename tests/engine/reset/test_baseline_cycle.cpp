// The cycle a cycle is compared with (engine/reset/baseline_cycle.h), on hand-made documents.
// Each expected cycle is read off the dates written beside the cycles.
#include <catch2/catch.hpp>

#include "engine/reset/baseline_cycle.h"

using namespace crm;
using crm::reset::baselineCycleOf;

namespace {

Cycle cycle(const std::string& id, const char* date, const std::string& copiedFrom = {}) {
    Cycle c;
    c.id = id;
    c.name = id;
    if (date) c.assessmentDate = parseIsoDate(date);
    c.previousCycleId = copiedFrom;
    return c;
}

const std::string& idOf(const Cycle* c) {
    static const std::string none = "(none)";
    return c ? c->id : none;
}

}  // namespace

TEST_CASE("baseline: the cycle it was copied from, whatever the dates", "[reset][baseline]") {
    Assessment a;
    a.cycles = {cycle("y2023", "2023-06-01"), cycle("y2024", "2024-06-01"),
                cycle("y2025", "2025-06-01", "y2023")};
    // y2024 is the latest earlier one, but y2025 was copied from y2023.
    CHECK(idOf(baselineCycleOf(a, a.cycles[2])) == "y2023");
}

TEST_CASE(
    "baseline: a cycle not made by copying takes the latest earlier date, not its place "
    "in the document",
    "[reset][baseline]") {
    // Document order 2023, 2025, 2024; none was copied. For 2024 the cycle before it in the
    // document is 2025 (the rule the reset pages used to follow), but 2025 was assessed later:
    // the latest cycle assessed before 2024-06-01 is 2023 (2023-06-01), the report's rule.
    Assessment a;
    a.cycles = {cycle("y2023", "2023-06-01"), cycle("y2025", "2025-06-01"),
                cycle("y2024", "2024-06-01")};
    CHECK(idOf(baselineCycleOf(a, a.cycles[2])) == "y2023");
    // For 2025 (second in the document) both earlier cycles qualify; 2024-06-01 is the later.
    CHECK(idOf(baselineCycleOf(a, a.cycles[1])) == "y2024");
    // 2023 has nothing assessed before it.
    CHECK(baselineCycleOf(a, a.cycles[0]) == nullptr);
}

TEST_CASE("baseline: a copy whose source is gone, or that names itself, falls back to the dates",
          "[reset][baseline]") {
    Assessment a;
    a.cycles = {cycle("y2023", "2023-06-01"), cycle("y2024", "2024-06-01", "deleted"),
                cycle("y2025", "2025-06-01", "y2025")};
    CHECK(idOf(baselineCycleOf(a, a.cycles[1])) == "y2023");  // 2023-06-01 < 2024-06-01
    CHECK(idOf(baselineCycleOf(a, a.cycles[2])) == "y2024");  // 2024-06-01 is the latest before
}

TEST_CASE("baseline: without a date and not copied there is none; dates must be strictly earlier",
          "[reset][baseline]") {
    Assessment a;
    a.cycles = {cycle("first", "2024-01-10"), cycle("second", "2024-01-10"),
                cycle("undated", nullptr), cycle("later", "2024-03-01")};
    // "undated" comes after two cycles in the document but has no date to compare with.
    CHECK(baselineCycleOf(a, a.cycles[2]) == nullptr);
    // "second" shares its date with "first": neither is earlier than the other.
    CHECK(baselineCycleOf(a, a.cycles[1]) == nullptr);
    // For "later" both are assessed 2024-01-10; of equal dates the first in the document wins,
    // and the undated cycle never counts.
    CHECK(idOf(baselineCycleOf(a, a.cycles[3])) == "first");
}
