// The report's model check in step 6: the models compared, the top customers' ranges and the
// holdout check with its charts, from figures written by hand and from a hand-made table.
#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "engine/model/field_value.h"
#include "report/builder/build_context.h"
#include "report/builder/report_builder.h"
#include "report/charts/chart_svg.h"
#include "report_blocks.h"

using namespace crm;
using namespace crm::report;
using crm::report::testing::blocksOf;

namespace {

CustomerFigures handFigures(bool withHoldout) {
    CustomerFigures f;
    LifetimeValueFigures v;
    v.months = 12;
    // AIC = 2k - 2 LL with k = 4: 8 + 200 = 208; BIC = k ln N - 2 LL, here written as given.
    v.models = {
        {"BG/NBD", true, true, true, -100.0, 208.0, 214.5, 0.5, 0.75, -0.125},
        {"MBG/NBD", true, true, false, -99.0, 206.0, 212.5, 0.51, 0.76, 0.1},
        {"Pareto/NBD", true, false, false, -98.0, 204.0, 210.5, 0.6, 0.8, 0.2},
        {"X", false, false, false, 0.0, 0.0, 0.0, std::nullopt, std::nullopt, std::nullopt}};
    v.modelNotes = {crm::text::phrase("The data do not determine the {0} model.",
                                      crm::text::userText("Pareto/NBD"))};
    v.totalRange = FigureRange{1000.0, 900.0, 1100.0, true};
    v.topCustomers = {
        {"C<1>", {0.9, 0.85, 0.95, true}, {3.0, 2.5, 3.5, true}, {120.0, 100.0, 140.0, true}},
        {"C2", {0.5, 0.5, 0.5, false}, {1.0, 1.0, 1.0, false}, {10.0, 10.0, 10.0, false}}};
    f.lifetimeValue = v;
    if (withHoldout) {
        HoldoutFigures h;
        h.calibrationEnd = "2026-04-30";
        h.observationEnd = "2026-10-31";
        h.customers = 4;
        h.model = "BG/NBD";
        h.actualTotal = 4.0;
        h.predictedTotal = 3.25;
        h.bins = {{"0", 1, 0.0, 0.5}, {"1", 2, 2.0, 1.0}, {"2+", 1, 0.0, 1.25}};
        h.models = {"BG/NBD", "MBG/NBD"};
        h.tracking = {{-1.0, 1.0, {0.5, 0.6}}, {0.0, 2.0, {1.5, 1.6}}, {1.0, 4.0, {3.0, 3.2}}};
        f.holdout = h;
    }
    return f;
}

}  // namespace

TEST_CASE("the model comparison table marks the chosen model and what the data do not determine",
          "[report][customers][models]") {
    Section s;
    addModelCheck(s, handFigures(true), "EUR");
    const auto tables = blocksOf<Table>(s);
    REQUIRE(tables.size() == 3);  // the fits, the holdout errors, the top customers
    const Table& models = *tables[0];
    CHECK(models.heading == "Repeat-purchase models compared");
    REQUIRE(models.columns.size() == 6);
    CHECK(models.columns[5].header == "Used for the values");
    CHECK(models.rows[0] ==
          std::vector<std::string>{"BG/NBD", "-100.00", "208.0", "214.5", "determined", "chosen"});
    CHECK(models.rows[2][4] == "not determined");
    CHECK(models.rows[2][5] == "");
    CHECK(models.rows[3] ==
          std::vector<std::string>{"X", "\u2014", "\u2014", "\u2014", "no fit", ""});

    const Table& errors = *tables[1];
    CHECK(errors.heading == "Holdout errors of each model");
    REQUIRE(errors.columns.size() == 4);
    CHECK(errors.columns[1].header == "Holdout MAE");
    CHECK(errors.rows[0] == std::vector<std::string>{"BG/NBD", "0.500", "0.750", "-0.125"});
    CHECK(errors.rows[3] == std::vector<std::string>{"X", "\u2014", "\u2014", "\u2014"});

    const Table& top = *tables[2];
    CHECK(top.columns[5].header == "Purchases in 12 months");
    CHECK(top.rows[0] == std::vector<std::string>{"C<1>", "120.00", "100.00 to 140.00", "0.900",
                                                  "0.850 to 0.950", "3.00", "2.50 to 3.50"});
    CHECK(top.rows[1][2] == "\u2014");  // no covariance: no range

    const auto paragraphs = blocksOf<Paragraph>(s);
    REQUIRE(paragraphs.size() == 3);
    CHECK_THAT(paragraphs[0]->text,
               Catch::Contains("\n\nThe data do not determine the Pareto/NBD model."));
    CHECK_THAT(
        paragraphs[1]->text,
        Catch::EndsWith("The total lifetime value lies between 900.00 EUR and 1,100.00 EUR."));
    CHECK(paragraphs[2]->heading == "Holdout check");
    CHECK(paragraphs[2]->text ==
          "The models were also fitted on the transactions up to 2026-04-30 and their predictions "
          "for the days after it, up to 2026-10-31, compared with the purchases made. The 4 "
          "customers with a purchase by 2026-04-30 made 4 repeat purchases after it; BG/NBD "
          "predicted 3.3.");

    const auto charts = blocksOf<Chart>(s);
    REQUIRE(charts.size() == 2);
    const auto& bins = std::get<LineChart>(charts[0]->spec);
    CHECK(bins.xTickLabels == std::vector<std::string>{"0", "1", "2+"});
    REQUIRE(bins.series.size() == 2);
    CHECK(bins.series[1].name == "Predicted by BG/NBD");
    CHECK(bins.series[0].points[1].y == 2.0);
    CHECK(bins.series[1].points[2].y == 1.25);
    const auto& tracking = std::get<LineChart>(charts[1]->spec);
    REQUIRE(tracking.series.size() == 3);  // actual and one line per model
    CHECK(tracking.series[2].name == "Predicted by MBG/NBD");
    CHECK(tracking.series[2].points[2].y == 3.2);
    CHECK(tracking.markerX == 0.0);
}

TEST_CASE("without a holdout the comparison has no holdout columns and no charts",
          "[report][customers][models]") {
    Section s;
    addModelCheck(s, handFigures(false), "");
    const auto tables = blocksOf<Table>(s);
    REQUIRE(tables.size() == 2);
    CHECK(tables[0]->columns.size() == 6);
    CHECK(tables[0]->rows[0].back() == "chosen");
    CHECK(blocksOf<Chart>(s).empty());
}

TEST_CASE("the line chart draws each series and escapes its labels", "[report][charts]") {
    LineChart c;
    c.title = "Check <b>";
    c.series = {{"Actual & more", {{0, 0}, {1, 2}}, false, true},
                {"Predicted", {{0, 1}, {1, 1}}, true, false}};
    c.xTickLabels = {"0", "1+"};
    c.markerX = 0.5;
    c.markerLabel = "calibration end";
    const std::string svg = chartSvg(ChartSpec{c});
    CHECK_THAT(svg, Catch::Contains("Check &lt;b&gt;"));
    CHECK_THAT(svg, Catch::Contains("Actual &amp; more"));
    CHECK_THAT(svg, Catch::Contains("1+"));
    CHECK_THAT(svg, Catch::Contains("calibration end"));
    CHECK(svg.find("<b>") == std::string::npos);
    LineChart empty;
    CHECK_THAT(chartSvg(empty), Catch::Contains("No figures to draw"));
}

TEST_CASE("a stored calibration end gives the report a holdout check counted by hand",
          "[report][customers][models]") {
    // Days from 20000. Calibration end day 15, last line day 30.
    //   A: 0, 10 | 20, 30  -> 1 repeat purchase before, 2 purchases after
    //   B: 0, 5  | 18, 25  -> 1 before, 2 after
    //   C: 3     |         -> 0 before, 0 after
    //   E: 1, 2, 4 |       -> 2 before, 0 after
    //   D:       | 16      -> first bought after the calibration end: not counted
    //   X0..X11: one purchase each on day 1..9, so the models have enough customers to fit
    // 16 calibration customers made 2 + 2 = 4 purchases after it; by calibration purchases:
    // 0 -> C and the twelve X (mean 0), 1 -> A and B (mean 2), 2 -> E (mean 0).
    transactions::TransactionTable t;
    const auto add = [&t](std::uint32_t c, std::int32_t day) {
        t.customer.push_back(c);
        t.day.push_back(20000 + day);
        t.amount.push_back(10000);
        t.cost.push_back(0);
        t.quantitySign.push_back(1);
        t.segment.push_back(0);
        t.order.push_back(0);
        t.sourceLine.push_back(static_cast<std::uint32_t>(t.customer.size() + 1));
    };
    t.customerIds = {"A", "B", "C", "D", "E"};
    for (int d : {0, 10, 20, 30}) add(0, d);
    for (int d : {0, 5, 18, 25}) add(1, d);
    add(2, 3);
    add(3, 16);
    for (int d : {1, 2, 4}) add(4, d);
    for (std::uint32_t i = 0; i < 12; ++i) {
        t.customerIds.push_back("X" + std::to_string(i));
        add(5 + i, 1 + static_cast<std::int32_t>(i % 9));
    }

    CustomerAnalysisSettings settings;
    settings.calibrationEnd = Date(date::days(20015));
    const auto data = analyzeForReport(t, MethodologyProfile{}, settings);
    REQUIRE(data);
    REQUIRE(data->figures.holdout);
    const HoldoutFigures& h = *data->figures.holdout;
    CHECK(h.calibrationEnd == "2024-10-19");  // day 20015 counted from 1970-01-01
    CHECK(h.observationEnd == "2024-11-03");  // day 20030, the last line
    CHECK(h.customers == 16);
    CHECK(h.actualTotal == 4.0);
    REQUIRE(h.bins.size() >= 3);
    CHECK(h.bins[0].calibrationPurchases == "0");
    CHECK(h.bins[0].customers == 13.0);
    CHECK(h.bins[0].actualMean == 0.0);
    CHECK(h.bins[1].customers == 2.0);
    CHECK(h.bins[1].actualMean == 2.0);
    CHECK(h.bins[2].customers == 1.0);
    CHECK(h.bins[2].actualMean == 0.0);
    REQUIRE(data->figures.lifetimeValue);
    CHECK(data->figures.lifetimeValue->models.size() == 3);

    CHECK(data->figures.lifetimeValue->months == 12);  // the defaults

    // The document's horizon and discount rate reach the report's figures too.
    settings.horizonMonths = 36;
    settings.monthlyDiscountRate = 0.02;
    const auto longer = analyzeForReport(t, MethodologyProfile{}, settings);
    REQUIRE(longer);
    REQUIRE(longer->figures.lifetimeValue);
    CHECK(longer->figures.lifetimeValue->months == 36);
    CHECK(longer->figures.lifetimeValue->monthlyDiscountRate == 0.02);
    settings = CustomerAnalysisSettings{};

    // Outside the lines' dates the setting gives no holdout check, and no error.
    settings.calibrationEnd = Date(date::days(20030));
    const auto outside = analyzeForReport(t, MethodologyProfile{}, settings);
    REQUIRE(outside);
    CHECK_FALSE(outside->figures.holdout);
}

TEST_CASE("a holdout without a calibration fit says what happened and predicts nothing",
          "[report][customers][models]") {
    CustomerFigures f = handFigures(true);
    f.holdout->predictedTotal = std::numeric_limits<double>::quiet_NaN();
    f.holdout->bins.clear();
    Section s;
    addModelCheck(s, f, "EUR");
    const auto paragraphs = blocksOf<Paragraph>(s);
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[2]->text ==
          "The models were also fitted on the transactions up to 2026-04-30, but no model could "
          "be fitted on that period, so nothing was predicted for the days after it. The 4 "
          "customers with a purchase by 2026-04-30 made 4 repeat purchases after it, up to "
          "2026-10-31.");
    CHECK(blocksOf<Chart>(s).empty());
}

TEST_CASE("step 6 gives mean P(alive) and lifetime value per RFM group and per segment",
          "[report][customers][rfm]") {
    CustomerFigures f;
    f.customers = 4;
    // Means as the engine's RfmValue gives them (tested on the 12-customer fixture there).
    f.rfmGroups = {{"Loyal", 2, Money{70000}, 350.0, std::nullopt, 0.875},
                   {"Lost", 2, Money{3000}, 1.5, std::nullopt, 0.15}};
    f.groupBasis = "segment";
    f.groups = {{"Retail", 4, Money{73000}, 175.75, 0.5, 0.5125}};
    Section s;
    addCustomerData(s, nullptr, &f, "EUR");
    const auto tables = blocksOf<Table>(s);
    REQUIRE(tables.size() == 2);
    const Table& rfm = *tables[0];
    REQUIRE(rfm.columns.size() == 6);  // no churn-risk column: the roll-up is by segment
    CHECK(rfm.columns[4].header == "Mean P(alive)");
    CHECK(rfm.columns[5].header == "Mean lifetime value (EUR)");
    CHECK(rfm.rows[0] == std::vector<std::string>{"Loyal", "2", "50%", "70", "0.88", "350.00"});
    CHECK(rfm.rows[1][4] == "0.15");
    const Table& segments = *tables[1];
    CHECK(segments.columns[3].header == "Mean P(alive)");
    CHECK(segments.rows[0] ==
          std::vector<std::string>{"Retail", "4", "73", "0.51", "175.75", "50%"});
}
