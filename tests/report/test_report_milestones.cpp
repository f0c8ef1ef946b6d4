// Long milestone lists: counts and a table of what fell due in this period in the step, every
// milestone in the appendix "Milestones in full". Expected values worked out by hand below.
#include <catch2/catch.hpp>

#include "report/builder/report_builder.h"
#include "report_blocks.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

using Row = std::vector<std::string>;

// Assessed 2026-06-30, no earlier cycle: the period starts 365 days before, 2025-06-30;
// "due next" runs to 2026-09-29 (91 days).
//   Churn (lower is better): 2025-03-31 12/13 missed (before the period); 2025-09-30 11/10.5
//     reached; 2025-12-31 10.5/11 missed; 2026-03-31 10/none no actual; 2026-06-30 9.5/9.4
//     reached; 2026-08-31 9.2 due next; 2026-09-30 9 and 2026-12-31 8.5 later.
//   NPS (higher is better): 2026-01-31 20/22 reached; 2026-02-28 21/19 missed; 2026-03-31 22/23
//     reached; 2026-04-30 23/20 missed; 2026-12-31 30 later.
// 13 milestones; due by 2026-06-30: 1 + 4 + 4 = 9 (reached 2 + 2, missed 1 + 1 + 2, no actual
// 1); not yet due 3 + 1 = 4.
Assessment thirteenMilestones() {
    Assessment a;
    a.companyName = "Milestone Test";
    Cycle c;
    c.id = "c";
    c.name = "2026";
    c.assessmentDate = day(2026, 6, 30);
    Kpi churn, nps;
    churn.id = "k-churn", churn.name = "Churn", churn.direction = Direction::LowerIsBetter;
    nps.id = "k-nps", nps.name = "NPS";
    c.kpis = {churn, nps};
    int n = 0;
    auto add = [&](const char* owner, Date due, double target, std::optional<double> actual) {
        c.milestones.push_back({{"ms-" + std::to_string(++n), ""},
                                owner,
                                due,
                                target,
                                actual,
                                "note " + std::to_string(n)});
    };
    add("k-churn", day(2025, 3, 31), 12, 13);
    add("k-churn", day(2025, 9, 30), 11, 10.5);
    add("k-churn", day(2025, 12, 31), 10.5, 11);
    add("k-churn", day(2026, 3, 31), 10, std::nullopt);
    add("k-churn", day(2026, 6, 30), 9.5, 9.4);
    add("k-churn", day(2026, 8, 31), 9.2, std::nullopt);
    add("k-churn", day(2026, 9, 30), 9, std::nullopt);
    add("k-churn", day(2026, 12, 31), 8.5, std::nullopt);
    add("k-nps", day(2026, 1, 31), 20, 22);
    add("k-nps", day(2026, 2, 28), 21, 19);
    add("k-nps", day(2026, 3, 31), 22, 23);
    add("k-nps", day(2026, 4, 30), 23, 20);
    add("k-nps", day(2026, 12, 31), 30, std::nullopt);
    a.cycles = {c};
    a.currentCycleId = "c";
    return a;
}

ReportData reportOf(const Assessment& a) {
    return buildReportData(a, a.cycles[0], {day(2026, 7, 15), std::nullopt, std::nullopt});
}

}  // namespace

TEST_CASE(
    "more than twelve milestones: counts and this period's table, the full list in an "
    "appendix",
    "[report][builder][milestones]") {
    const ReportData r = reportOf(thirteenMilestones());
    const Section* step8 = findSection(r, "step-8");
    REQUIRE(step8);
    const auto paragraphs = blocksOf<Paragraph>(*step8);
    REQUIRE(paragraphs.size() == 1);
    CHECK(paragraphs[0]->heading == "Milestones of the KPIs");
    CHECK(paragraphs[0]->text ==
          "13 milestones in all. Of the 9 due by 2026-06-30, 4 were reached, 4 missed and 1 "
          "without an actual value; 4 are not yet due. The table counts, per measure, those due "
          "in this period and shows the next one; the appendix \u201cMilestones in full\u201d "
          "lists every milestone with its note.");
    const Table* period = nullptr;
    for (const Table* t : blocksOf<Table>(*step8))
        if (t->heading ==
            "Milestones of the KPIs due since 2025-06-30 and in the next three months")
            period = t;
    REQUIRE(period);
    CHECK(period->rows ==
          std::vector<Row>{{"Churn", "4", "2", "1", "1", "9.5 / 9.4", "2026-08-31", "9.2"},
                           {"NPS", "4", "2", "2", "0", "23 / 20", "", ""}});

    const Section* appendix = findSection(r, "milestones");
    REQUIRE(appendix);
    CHECK(appendix->number == "B");
    CHECK(appendix->title == "Milestones in full");
    const auto full = blocksOf<Table>(*appendix);
    REQUIRE(full.size() == 1);  // the segment objectives have none
    CHECK(full[0]->heading == "Milestones of the KPIs");
    REQUIRE(full[0]->rows.size() == 13);
    CHECK(full[0]->rows[3] == Row{"Churn", "2026-03-31", "10", "", "note 4"});
}

TEST_CASE("twelve milestones stay listed in the step, without an appendix",
          "[report][builder][milestones]") {
    Assessment a = thirteenMilestones();
    a.cycles[0].milestones.pop_back();
    const ReportData r = reportOf(a);
    CHECK_FALSE(findSection(r, "milestones"));
    const Section* step8 = findSection(r, "step-8");
    REQUIRE(step8);
    bool listed = false;
    for (const Table* t : blocksOf<Table>(*step8))
        if (t->heading == "Milestones of the KPIs") {
            listed = true;
            CHECK(t->rows.size() == 12);
        }
    CHECK(listed);
}
