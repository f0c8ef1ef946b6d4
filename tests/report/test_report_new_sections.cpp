// The sections that appear only with their data: what changed since the earlier cycle, where
// the room disagreed, the parking lot, the evidence appendix and the customer data of step 6.
// Expected values are worked out in test_assessment_history.cpp beside the fixture.
#include <catch2/catch.hpp>

#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "report_blocks.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

namespace {

ReportData fullReport() {
    auto a = makeTestAssessment();
    addEarlierCycle(a);
    addWorkshopData(a.cycles[0]);
    ReportInputs inputs{day(2026, 4, 2), makeTestScores(), makeTestCurve()};
    inputs.customerFigures = makeTestCustomerFigures();
    return buildReportData(a, a.cycles[0], inputs);
}

const Table* tableNamed(const Section& s, const std::string& heading) {
    for (const Table* t : blocksOf<Table>(s))
        if (t->heading == heading) return t;
    return nullptr;
}

using Row = std::vector<std::string>;

}  // namespace

TEST_CASE("the new sections come after step 10, the evidence appendix last", "[report][builder]") {
    const ReportData r = fullReport();
    std::vector<std::string> ids;
    for (const auto& s : r.sections) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"step-1", "step-2", "step-3", "step-4", "step-5",
                                          "step-6", "step-7", "step-8", "step-9", "step-10",
                                          "changes", "disagreement", "parking-lot",
                                          "recommendations", "methodology", "evidence"});
    CHECK(r.sections.back().number == "B");
}

TEST_CASE("without an earlier cycle or workshop data the new sections stay out",
          "[report][builder]") {
    auto a = makeTestAssessment();
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), std::nullopt, std::nullopt});
    CHECK(r.sections.size() == 12);
    CHECK_FALSE(findSection(r, "changes"));
    CHECK_FALSE(findSection(r, "disagreement"));
    CHECK_FALSE(findSection(r, "evidence"));
}

TEST_CASE("what changed since 2025: measures, maturity, milestones, items",
          "[report][builder][changes]") {
    const ReportData r = fullReport();
    const Section* s = findSection(r, "changes");
    REQUIRE(s);
    CHECK(s->title == "What changed since 2025");
    const auto paragraphs = blocksOf<Paragraph>(*s);
    REQUIRE(paragraphs.size() == 1);
    // 9 measures: 7 better, 2 worse; vision, processes, metrics rose; ms-b hit, ms-a missed,
    // ms-d without actual; o-2, o-3, so-2, seg-2, k-2, t-1 added; o-1, seg-1, k-1 changed; o-9
    // dropped.
    CHECK(paragraphs[0]->text ==
          "Of the 9 measures recorded in both cycles, 7 improved, 2 worsened and 0 did not move "
          "(better or worse is judged by each measure's own direction; changes of a share are in "
          "percentage points, pts). 3 building blocks rose "
          "in maturity and 0 fell. Of the 3 milestones of 2025 due by 2026-03-31, 1 was "
          "reached, 1 missed and 1 without an actual value. Compared with 2025, 6 items were "
          "added, 3 changed and 1 dropped.");

    const Table* measures = tableNamed(*s, "Measures in both cycles");
    REQUIRE(measures);
    REQUIRE(measures->rows.size() == 9);
    // NPS (100 - 120) / 400 = -5 -> (120 - 100) / 400 = +5: +10 points.
    CHECK(measures->rows[0] == Row{"Net promoter score", "Relationship", "-5 points", "5 points",
                                   "+10 points", "better"});
    // Sales cycle 90 -> 94 days, lower is better.
    CHECK(measures->rows[8] ==
          Row{"Sales cycle length", "Metric", "90 days", "94 days", "+4 days", "worse"});

    const Table* maturity = tableNamed(*s, "Maturity per building block (current level 1\u20135)");
    REQUIRE(maturity);
    CHECK(maturity->rows[0] == Row{"Vision", "2", "3", "+1", "4"});
    CHECK(maturity->rows[1] == Row{"Strategy", "3", "3", "0", "4"});

    // ms-a (missed) and ms-b (hit, the later one) for NPS; ms-d without actual; ms-c not due.
    const Table* milestones = tableNamed(*s, "Milestones of 2025 due by now, per measure");
    REQUIRE(milestones);
    CHECK(milestones->rows ==
          std::vector<Row>{
              {"Net promoter score", "2", "1", "1", "0", "2025-12-31", "2", "2"},
              {"Keep key accounts under contract", "1", "0", "0", "1", "2025-12-31", "88", ""}});

    const Table* items =
        tableNamed(*s, "Objectives, KPIs, segments and treatments added, changed or dropped");
    REQUIRE(items);
    CHECK(items->rows.size() == 10);
    CHECK(items->columns[3].header == "What changed: 2025 \u2192 2026");
    // o-1 in 2025: "+10% service revenue", 10 (test_assessment_history.cpp); now "+15%...", 15.
    CHECK(items->rows[0] == Row{"changed", "objective", "Grow service revenue",
                                "Measurable target: +10% service revenue \u2192 +15% service "
                                "revenue; Target value: 10 \u2192 15"});
    CHECK(items->rows[3] == Row{"dropped", "objective", "Open a Rotterdam office", ""});

    const auto charts = blocksOf<Chart>(*s);
    REQUIRE(charts.size() == 1);
    const auto& radar = std::get<RadarChart>(charts[0]->spec);
    CHECK(radar.series[0].name == "2026");
    CHECK(radar.series[1].name == "2025");
    CHECK(radar.axes.size() == 9);  // eight building blocks and data quality
}

TEST_CASE("where the room disagreed: spread, agreed value and reason",
          "[report][builder][workshop]") {
    const ReportData r = fullReport();
    const Section* s = findSection(r, "disagreement");
    REQUIRE(s);
    const auto paragraphs = blocksOf<Paragraph>(*s);
    REQUIRE(paragraphs.size() == 1);
    // 5 + 5 + 4 + 1 = 15 ratings; 3 items rated twice or more; sd 1.2 and 1.41 above 1.0.
    CHECK(paragraphs[0]->text ==
          "5 participants gave 15 individual ratings; 3 items were rated by two or more of them. "
          "2 of these spread more than the methodology profile allows (a standard deviation of "
          "more than 1.0 on the 1\u20135 scale), and the room agreed a value for 1. The scores "
          "use the agreed value where there is one, otherwise the median rounded half up.");
    const Table* t = tableNamed(*s, "Ratings per item, widest spread first");
    REQUIRE(t);
    CHECK(t->rows ==
          std::vector<Row>{
              {"Speed of service (performance) \u2014 disagreed", "5", "1\u20135", "3", "1.41",
               "\u2014", "No value agreed yet; the median is used"},
              {"Vision (current maturity) \u2014 disagreed", "5", "2\u20135", "3", "1.20", "3",
               kHostileName},
              {"Technology (current maturity)", "4", "3\u20134", "3", "0.43", "\u2014", ""}});
    const auto charts = blocksOf<Chart>(*s);
    REQUIRE(charts.size() == 1);
    const auto& bars = std::get<BarChart>(charts[0]->spec);
    REQUIRE(bars.bars.size() == 3);
    CHECK(bars.bars[0].value == Approx(std::sqrt(2.0)));
    CHECK(bars.bars[0].rag == Rag::Red);
    CHECK(bars.bars[2].rag == Rag::Green);
    CHECK(bars.referenceValue == Approx(1.0));
    CHECK_FALSE(bars.valueAxisLabel.empty());
    CHECK(bars.legend.size() == 2);
}

TEST_CASE("parking lot: open items with who raised them, closed ones with the resolution",
          "[report][builder][workshop]") {
    const ReportData r = fullReport();
    const Section* s = findSection(r, "parking-lot");
    REQUIRE(s);
    CHECK(blocksOf<Paragraph>(*s)[0]->text ==
          "2 of the 3 items are still open and go with the file into the next cycle; 1 is "
          "closed.");
    const Table* open = tableNamed(*s, "Still open (carried into the next cycle)");
    REQUIRE(open);
    CHECK(open->rows ==
          std::vector<Row>{
              {"3 Customer pain", "Can the field app show the last calibration certificate?",
               kHostileName},
              {"Annual reset", "Invite two customers to the next reset", "Head of service"}});
    const Table* closed = tableNamed(*s, "Closed in this cycle");
    REQUIRE(closed);
    CHECK(closed->rows.size() == 1);
}

TEST_CASE("evidence appendix: one row per note, grouped by item", "[report][builder][workshop]") {
    const ReportData r = fullReport();
    const Section* s = findSection(r, "evidence");
    REQUIRE(s);
    CHECK(blocksOf<Paragraph>(*s)[0]->text ==
          "3 notes on 3 items; 1 marked to be reviewed before the next cycle.");
    const Table* t = tableNamed(*s, "Evidence and notes per item");
    REQUIRE(t);
    REQUIRE(t->rows.size() == 3);
    CHECK(t->rows[0] == Row{"Customer data quality",
                            "1,240 duplicates in 9,800 records (March export)", "CRM data audit",
                            "audit-2026-03.xlsx", ""});
    CHECK(t->rows[1][0] == "Engineers cannot see the device history on site");
    CHECK(t->rows[1][4] == "yes");
}

TEST_CASE("customer data in step 6: the curve read out in a sentence, RFM groups, CLV",
          "[report][builder][customers]") {
    const ReportData r = fullReport();
    const Section& s = r.sections[5];
    const auto paragraphs = blocksOf<Paragraph>(s);
    REQUIRE(paragraphs.size() == 2);
    // makeTestCustomerFigures: 5 customers, 200 in all, top 1 customer 140 = 70%, 80% from 2 of
    // 5 = 40%, Gini 0.6; lifetime 5 x 42.5 = 212.5, 2 of 5 = 40% at churn risk.
    CHECK(paragraphs[0]->text ==
          "The imported transactions cover 5 customers with a net value of 200 (returns "
          "deducted). The top 20% of customers by net value (1 customer) bring 70% of it, and "
          "80% of it comes from 40% of customers. The Gini coefficient is 0.60 (0 would mean "
          "every customer is worth the same, 1 that one customer holds all the value). 0 "
          "customers have a negative net value and 1 a net value of zero.");
    CHECK(paragraphs[1]->text ==
          "Lifetime value is predicted over the next 12 months with a monthly discount rate of "
          "1%, from the BG/NBD and Gamma-Gamma models fitted on the 5 customers with a "
          "purchase. The mean customer is expected to be worth 42.50, all of them together "
          "212.50. 2 of them (40%) are less than 50% likely to still be buying: the churn risk. "
          "Both model fits converged.");
    const Table* rfm = tableNamed(s, "Customers by RFM group");
    REQUIRE(rfm);
    // The fixture has lifetime values but no P(alive): the mean P(alive) column shows a dash.
    CHECK(rfm->rows[0] == Row{"Champions", "1", "20%", "140", "\u2014", "95.50", "0%"});
    CHECK(rfm->rows[2] == Row{"Lost", "2", "40%", "10", "\u2014", "\u2014", "\u2014"});
}

TEST_CASE("the lifetime value names the model it comes from and why",
          "[report][builder][customers]") {
    auto a = makeTestAssessment();
    ReportInputs inputs{day(2026, 4, 2), makeTestScores(), makeTestCurve()};
    inputs.customerFigures = makeTestCustomerFigures();
    inputs.customerFigures->lifetimeValue->purchaseModel = "MBG/NBD";
    inputs.customerFigures->lifetimeValue->modelChoice =
        crm::text::phrase("{0} has the lowest BIC", crm::text::userText("MBG/NBD"));
    const ReportData r = buildReportData(a, a.cycles[0], inputs);
    const auto paragraphs = blocksOf<Paragraph>(r.sections[5]);
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[1]->text.rfind(
              "Lifetime value is predicted over the next 12 months with a monthly discount rate "
              "of 1%, from the MBG/NBD and Gamma-Gamma models fitted on the 5 customers with a "
              "purchase. MBG/NBD has the lowest BIC. The mean customer",
              0) == 0);
}

TEST_CASE("returns get their sentence when there are any", "[report][builder][customers]") {
    auto a = makeTestAssessment();
    ReportInputs inputs{day(2026, 4, 2), makeTestScores(), makeTestCurve()};
    inputs.customerFigures = makeTestCustomerFigures();
    inputs.customerFigures->returnLines = 3;  // the engine's hand fixture: -10 - 4.50 - 6
    inputs.customerFigures->returnValue = crm::Money{-20500};
    inputs.customerFigures->customersLeftOutOfSpendModel = 2;
    const ReportData r = buildReportData(a, a.cycles[0], inputs);
    const Paragraph* returns = nullptr;
    for (const Paragraph* p : blocksOf<Paragraph>(r.sections[5]))
        if (p->heading == "Returns") returns = p;
    REQUIRE(returns);
    CHECK(returns->text ==
          "Return lines: 3, together -20.50. Returns reduce net value; they are not purchases "
          "and not spending, so the models never see them. 2 repeat customers whose repeat "
          "purchases add up to zero or less are left out of the spend model.");

    inputs.customerFigures->returnsCounted = false;  // a database's summary
    inputs.customerFigures->customersLeftOutOfSpendModel = 1;
    const ReportData fromDatabase = buildReportData(a, a.cycles[0], inputs);
    const auto paragraphs = blocksOf<Paragraph>(fromDatabase.sections[5]);
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[1]->text.rfind("Return lines were not counted (the summary came from a "
                                    "database). ",
                                    0) == 0);
    CHECK(paragraphs[1]->text.find("1 repeat customer whose repeat purchases add up to zero or "
                                   "less is left out of the spend model.") != std::string::npos);

    inputs.customerFigures->returnsCounted = true;  // returns, nobody left out
    inputs.customerFigures->customersLeftOutOfSpendModel = 0;
    const ReportData noneLeftOut = buildReportData(a, a.cycles[0], inputs);
    CHECK(blocksOf<Paragraph>(noneLeftOut.sections[5])[1]->text ==
          "Return lines: 3, together -20.50. Returns reduce net value; they are not purchases "
          "and not spending, so the models never see them. No repeat customer is left out of the "
          "spend model: every one's repeat purchases add up to more than zero.");
}

TEST_CASE("the curve alone gets its notes as a sentence", "[report][builder][customers]") {
    auto a = makeTestAssessment();
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), std::nullopt, makeTestCurve()});
    const auto paragraphs = blocksOf<Paragraph>(r.sections[5]);
    REQUIRE(paragraphs.size() == 1);
    CHECK(paragraphs[0]->text ==
          "Read with the curve: Top 20% of customers: 70% of value; Gini coefficient: 0.6.");
}

TEST_CASE("customer figures from the engine's analysis of a hand-made table",
          "[report][builder][customers]") {
    // Net values: A 5 - 5 = 0 (one purchase day), B 10, C 20 (one line each), D 10 + 20 = 30
    // and E 100 + 40 = 140 (two purchase days each). Total 200; the top ceil(5/5) = 1 customer
    // has 140 = 70%; 140 + 30 = 170 >= 160 with 2 of 5 = 40%; Lorenz sums 0,0,10,30,60,200 give
    // Gini 1 - (0+10+40+90+260) / (5 x 200) = 0.6.
    transactions::TransactionTable t;
    t.customerIds = {"A", "B", "C", "D", "E"};
    auto line = [&t](std::uint32_t c, std::int32_t day, std::int64_t units, int sign) {
        t.customer.push_back(c);
        t.day.push_back(20000 + day);
        t.amount.push_back(units * 1000);
        t.cost.push_back(0);
        t.quantitySign.push_back(sign);
        t.segment.push_back(0);
        t.order.push_back(0);
        t.sourceLine.push_back(static_cast<std::uint32_t>(t.customer.size() + 1));
    };
    line(0, 100, 5, 1);
    line(0, 105, -5, -1);
    line(1, 110, 10, 1);
    line(2, 120, 20, 1);
    line(3, 100, 10, 1);
    line(3, 130, 20, 1);
    line(4, 90, 100, 1);
    line(4, 140, 40, 1);
    const auto data = analyzeForReport(t, MethodologyProfile{});
    REQUIRE(data);
    const CustomerFigures& f = data->figures;
    CHECK(f.customers == 5);
    CHECK(f.netValue.thousandths == 200000);
    CHECK(f.topCustomers == 1);
    CHECK(*f.topShare == Approx(0.7));
    CHECK(*f.customerShareFor80 == Approx(0.4));
    CHECK(*f.gini == Approx(0.6));
    CHECK(f.zeroCustomers == 1);
    CHECK(f.negativeCustomers == 0);
    CHECK(f.oneTime == 3);
    CHECK(f.repeat == 2);
    std::size_t grouped = 0;
    for (const auto& g : f.rfmGroups) grouped += g.customers;
    CHECK(grouped == 5);
    REQUIRE(f.lifetimeValue);
    CHECK(f.lifetimeValue->customersModelled == 5);
    CHECK_FALSE(f.lifetimeValue->converged);  // 5 customers are too few for the models
    CHECK(data->curve.points.front().y == Approx(0.0));
    CHECK(data->curve.points.back().y == Approx(1.0));
    CHECK(data->curve.notes[0] == "Top 20% of customers: 70% of net value");

    transactions::TransactionTable empty;
    CHECK_FALSE(analyzeForReport(empty, MethodologyProfile{}));
}

TEST_CASE("hostile workshop text is escaped in HTML and kept whole in JSON",
          "[report][html][json][escaping]") {
    const ReportData r = fullReport();
    const std::string html = renderHtml(r);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt; Bobby&#39;); DROP TABLE cycles;--") !=
          std::string::npos);
    const std::string json = renderJson(r);
    CHECK(json.find("<script>alert(2)</script> Bobby'); DROP TABLE cycles;--") !=
          std::string::npos);
}

TEST_CASE("what changed since 2025: last cycle's actions closed there or carried and since done",
          "[report][builder][changes][deliverables]") {
    auto a = makeTestAssessment();
    addEarlierCycle(a);
    Cycle& before = a.cycles.back();  // c-2025
    REQUIRE(before.id == "c-2025");
    auto action = [](const char* id, const char* title, ActionStatus status) {
        ActionItem item;
        item.id = id, item.title = title, item.owner = "Ops", item.status = status;
        return item;
    };
    before.actions = {action("a-1", "Clean the CRM", ActionStatus::Done),
                      action("a-2", "Loyalty cards", ActionStatus::Dropped),
                      action("a-3", "Renewal desk", ActionStatus::InProgress),
                      action("a-4", "Exit calls", ActionStatus::Blocked)};
    // As a new cycle carries them: the open two, one of them done since.
    ActionItem desk = action("a-13", "Renewal desk", ActionStatus::Done);
    desk.originId = "a-3";
    ActionItem calls = action("a-14", "Exit calls", ActionStatus::InProgress);
    calls.originId = "a-4";
    a.cycles[0].actions = {desk, calls};
    ReportInputs inputs{day(2026, 4, 2), makeTestScores(), makeTestCurve()};
    const ReportData r = buildReportData(a, a.cycles[0], inputs);
    const Section* s = findSection(r, "changes");
    REQUIRE(s);
    const Table* t = tableNamed(*s, "Actions of cycle 2025");
    REQUIRE(t);
    CHECK(t->rows == std::vector<Row>{{"Clean the CRM", "Ops", "Done", "Closed"},
                                      {"Loyalty cards", "Ops", "Dropped", "Closed"},
                                      {"Renewal desk", "Ops", "In progress", "Done"},
                                      {"Exit calls", "Ops", "Blocked", "In progress"}});
    // 4 actions: a-1 done, a-2 dropped; a-3 and a-4 carried, a-3 done since.
    const auto paragraphs = blocksOf<Paragraph>(*s);
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[1]->text ==
          "Of the 4 actions of cycle 2025: done by then 1, dropped 1; carried into this cycle 2, "
          "of which done since 1.");
}
