// The earlier cycle and the workshop data of the test assessment.
#include "test_assessment.h"

namespace crm::report::testing {

// c-2025 against c-2026 (values of c-2026 in makeTestAssessment):
//   relationship: promoters 100, passives 180, detractors 120 -> NPS -5 (2026: 5, +10 better);
//     CSAT 280/400 = 70% (75%, +5 better); one-time 40% (35%, -5 better: lower is better);
//     repeat 48% (50%, +2 better); advanced 12% (15%, +3 better); customer-rated 7 (6, worse).
//   KPI k-1 current -5 (5, +10 better); metric m-1 baseline 58 (61, +3 better), m-3 baseline
//     90 days (94, +4 worse: lower is better). 9 measures: 7 better, 2 worse.
//   maturity: vision 2, processes 1, metrics 1 (each +1 in 2026), the rest as in 2026.
//   items: o-1 changed (target "+10% service revenue", 10), o-9 dropped, seg-1 changed
//     (80 customers), k-1 changed (current), so-1 unchanged; o-2, o-3, so-2, seg-2, k-2, t-1 added.
//   milestones due by 2026-03-31: ms-a missed (-2 < 0), ms-b hit (2 >= 2), ms-d no actual;
//     ms-c (due 2026-06-30) not yet due.
void addEarlierCycle(Assessment& a) {
    Cycle& now = a.cycles[0];
    now.previousCycleId = "c-2025";
    Cycle before;
    before.id = "c-2025";
    before.name = "2025";
    before.assessmentDate = day(2025, 3, 31);
    before.statement.id = before.id;
    auto linked = [](auto item, auto& later, const std::string& id) {
        item.id = id;
        later.originId = id;
        return item;
    };

    before.relationship = now.relationship;
    auto& r = before.relationship;
    r.id = before.id;
    r.promoters = 100;
    r.detractors = 120;
    r.csatSatisfied = 280;
    r.oneTimeSharePct = 40.0;
    r.repeatSharePct = 48.0;
    r.advancedSharePct = 12.0;
    r.customerRatedExperience = 7;

    before.metrics.push_back(linked(now.metrics[0], now.metrics[0], "m-1-25"));
    before.metrics.back().baseline = 58.0;
    before.metrics.push_back(linked(now.metrics[2], now.metrics[2], "m-3-25"));
    before.metrics.back().baseline = 90.0;

    before.objectives.push_back(linked(now.objectives[0], now.objectives[0], "o-1-25"));
    before.objectives.back().target = "+10% service revenue";
    before.objectives.back().targetValue = 10.0;
    before.objectives.push_back(
        {{"o-9-25", ""}, "Open a Rotterdam office", "Office open", std::nullopt, "", std::nullopt});

    before.segments.push_back(linked(now.segments[0], now.segments[0], "seg-1-25"));
    before.segments.back().customers = 80;
    before.segmentObjectives.push_back(
        linked(now.segmentObjectives[0], now.segmentObjectives[0], "so-1-25"));
    before.segmentObjectives.back().segmentId = "seg-1-25";
    before.kpis.push_back(linked(now.kpis[0], now.kpis[0], "k-1-25"));
    before.kpis.back().current = -5.0;

    for (auto& cap : now.capabilities) {
        before.capabilities.push_back(linked(cap, cap, cap.id + "-25"));
        if (cap.areaKey == "vision") before.capabilities.back().current = 2;
        if (cap.areaKey == "processes" || cap.areaKey == "metrics")
            before.capabilities.back().current = 1;
    }
    before.milestones = {{{"ms-a", ""}, "k-1-25", day(2025, 9, 30), 0.0, -2.0, ""},
                         {{"ms-b", ""}, "k-1-25", day(2025, 12, 31), 2.0, 2.0, ""},
                         {{"ms-c", ""}, "so-1-25", day(2026, 6, 30), 90.0, std::nullopt, ""},
                         {{"ms-d", ""}, "so-1-25", day(2025, 12, 31), 88.0, std::nullopt, ""}};
    a.cycles.push_back(std::move(before));
}

// Ratings (population standard deviation, threshold 1.0 from the default profile):
//   cap-vision current 2,3,3,5,5: mean 3.6, median 3, squares 2.56+0.36+0.36+1.96+1.96 = 7.2,
//     sd sqrt(7.2/5) = 1.2 -> disagreed; agreed 3 with a hostile reason.
//   a-2 performance 1,2,4,5,3: mean 3, median 3, sd sqrt(10/5) = 1.41 -> disagreed, no value.
//   cap-technology current 3,3,3,4: mean 3.25, median 3, sd sqrt(0.75/4) = 0.43.
//   pain-1 severity 4 (one rating: not in the section).
void addWorkshopData(Cycle& c) {
    c.participants = {
        {{"p-1", ""}, "Ana Ruiz", "Head of service", "Service", Perspective::Internal},
        {{"p-2", ""}, "Ben Osei", "Sales director", "Sales", Perspective::Internal},
        {{"p-3", ""}, "Chloe Lin", "Lab manager", "Customer", Perspective::External},
        {{"p-4", ""}, "Dev Patel", "CIO", "IT", Perspective::Internal},
        {{"p-5", ""}, kHostileName, "Analyst", "Finance", Perspective::Internal}};
    int n = 0;
    auto rate = [&](const char* item, RatingDimension dim, std::vector<std::int64_t> values) {
        for (std::size_t i = 0; i < values.size(); ++i)
            c.ratings.push_back({{"v-" + std::to_string(++n), ""},
                                 item,
                                 dim,
                                 "p-" + std::to_string(i + 1),
                                 values[i]});
    };
    rate("cap-vision", RatingDimension::Current, {2, 3, 3, 5, 5});
    rate("a-2", RatingDimension::Performance, {1, 2, 4, 5, 3});
    rate("cap-technology", RatingDimension::Current, {3, 3, 3, 4});
    rate("pain-1", RatingDimension::Severity, {4});
    c.consensus = {{{"cv-1", ""}, "cap-vision", RatingDimension::Current, 3, kHostileName}};
    c.parkingLot = {
        {{"pl-1", ""},
         3,
         "Can the field app show the last calibration certificate?",
         kHostileName,
         false,
         ""},
        {{"pl-2", ""},
         6,
         "Split key accounts by region?",
         "Dana Okafor",
         true,
         "Not this year: too few accounts per region"},
        {{"pl-3", ""}, 11, "Invite two customers to the next reset", "Head of service", false, ""}};
    c.evidence = {{{"ev-1", ""},
                   "cap-data",
                   "1,240 duplicates in 9,800 records (March export)",
                   "CRM data audit",
                   "audit-2026-03.xlsx",
                   false},
                  {{"ev-2", ""},
                   "pain-3",
                   "Three engineers showed it on site visits",
                   kHostileName,
                   "",
                   true},
                  {{"ev-3", ""}, "o-1", "Service contract forecast", "Finance", "", false}};
}

CustomerFigures makeTestCustomerFigures() {
    CustomerFigures f;
    f.customers = 5;
    f.netValue = Money::fromUnits(200);  // 0 + 10 + 20 + 30 + 140
    f.topCustomers = 1;                  // ceil(5 / 5)
    f.topShare = 0.7;                    // 140 / 200
    f.customerShareFor80 = 0.4;          // 140 + 30 = 170 >= 160 with 2 of 5 customers
    f.gini = 0.6;                        // as makeTestCurve()
    f.zeroCustomers = 1;
    f.oneTime = 3;
    f.repeat = 2;
    f.advanced = 1;
    f.rfmGroups = {{"Champions", 1, Money::fromUnits(140), 95.5, 0.0},
                   {"Needs attention", 2, Money::fromUnits(50), 20.25, 0.5},
                   {"Lost", 2, Money::fromUnits(10), std::nullopt, std::nullopt}};
    f.groupBasis = "RFM group";
    LifetimeValueFigures clv;
    clv.customersModelled = 5;
    clv.meanLifetimeValue = 42.5;
    clv.totalLifetimeValue = 212.5;  // 5 x 42.5
    clv.churnRiskCustomers = 2;      // 40% of 5
    clv.converged = true;
    f.lifetimeValue = clv;
    return f;
}

}  // namespace crm::report::testing
