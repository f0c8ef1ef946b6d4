// The whole analysis in one call (customer_analysis.h): the model inputs, the alignment of the
// model's figures with the customers, the holdout check, and the published CDNOW fit through it.
#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "engine/customers/customer_analysis.h"
#include "engine/transactions/transaction_parser.h"
#include "small_fixture.h"

using namespace crm;
using namespace crm::customers;
using namespace crm::customers::testing;

TEST_CASE("model inputs: one row per customer with a purchase, in lifetimes' columns",
          "[customers][analysis]") {
    const TableBuilder builder = smallFixture();
    const CustomerSummaries s =
        summarizeCustomers(builder.table(), {.observationEnd = dayOf(kSmallFixtureEnd)});
    const ModelInputs inputs = modelInputs(s);
    REQUIRE(s.customers.size() == 12);
    REQUIRE(inputs.customers.size() == 11);  // C07 only returned goods
    REQUIRE(inputs.position.size() == 11);
    for (std::size_t k = 0; k < inputs.customers.size(); ++k) {
        const CustomerSummary& c = s.customers[inputs.position[k]];
        CHECK(c.hasPurchase());
        CHECK(inputs.customers[k].frequency == static_cast<int>(c.frequency));
        CHECK(inputs.customers[k].recency == c.recency);
        CHECK(inputs.customers[k].age == c.T);
        CHECK(inputs.customers[k].monetary == c.monetaryValue);
    }
    CHECK(builder.table().customerIds[s.customers[6].customer] == "C07");
    CHECK(inputs.position[6] == 7);  // C07 (position 6) is skipped
    CHECK(periodsPerMonth(PeriodConvention::Days) == 30.0);
    CHECK(periodsPerMonth(PeriodConvention::DaysInWeeks) == 4.345);
    CHECK(periodsPerMonth(PeriodConvention::CalendarWeeks) == 4.345);
}

TEST_CASE("the analysis gives the same figures as its parts, aligned with the customers",
          "[customers][analysis]") {
    const TableBuilder builder = smallFixture();
    const auto& table = builder.table();
    AnalysisOptions options;
    options.observationEnd = dayOf(kSmallFixtureEnd);
    options.topCount = 3;
    const CustomerAnalysis a = analyzeCustomers(table, options);
    const CustomerSummaries s =
        summarizeCustomers(table, {.observationEnd = options.observationEnd});
    REQUIRE(a.summaries.customers.size() == s.customers.size());
    const RfmResult rfm = scoreRfm(s);
    CHECK(a.rfm.groupCounts == rfm.groupCounts);
    const Concentration c = analyzeConcentration(s, table);
    CHECK(a.concentration.netValue.total == c.netValue.total);
    CHECK(a.concentration.netValue.gini == c.netValue.gini);
    CHECK(a.concentration.margin.has_value());
    CHECK(a.levels.oneTime + a.levels.repeat + a.levels.noPurchase == 12);
    CHECK(a.firstDay == dayOf("2024-01-02"));
    CHECK(a.lastDay == dayOf("2024-06-29"));

    const CustomerModel& m = a.model;
    CHECK(m.customers == 11);
    CHECK(m.periodsPerMonth == 30.0);
    CHECK(m.horizonPeriods == 360.0);
    REQUIRE(m.probabilityAlive.size() == 12);
    REQUIRE(m.lifetimeValue.size() == 12);
    CHECK(std::isnan(m.probabilityAlive[6]));  // C07: no purchase, no model figure
    CHECK(std::isnan(m.lifetimeValue[6]));
    if (m.purchasesUsable() && m.spendUsable()) {
        for (std::size_t i = 0; i < 12; ++i)
            if (i != 6) CHECK(std::isfinite(m.lifetimeValue[i]));
        REQUIRE(a.topLifetimeValue.size() == 3);
        CHECK(m.lifetimeValue[a.topLifetimeValue[0]] >= m.lifetimeValue[a.topLifetimeValue[1]]);
        CHECK(m.lifetimeValue[a.topLifetimeValue[1]] >= m.lifetimeValue[a.topLifetimeValue[2]]);
    } else {
        // Twelve customers may be too few for a fit: then nothing is invented.
        for (double v : m.lifetimeValue) CHECK(std::isnan(v));
        CHECK(a.topLifetimeValue.empty());
    }
    CHECK(a.segments.basis == RollupBasis::Segment);
    std::size_t inRows = 0;
    for (const SegmentRollup& r : a.segments.rows) inRows += r.customers;
    CHECK(inRows == 12);
    CHECK_FALSE(a.holdout.has_value());
}

TEST_CASE("a calibration end must come before the observation end", "[customers][analysis]") {
    const TableBuilder builder = smallFixture();
    AnalysisOptions options;
    options.observationEnd = dayOf("2024-03-31");
    options.calibrationEnd = dayOf("2024-03-31");
    CHECK_THROWS_AS(analyzeCustomers(builder.table(), options), std::invalid_argument);
}

TEST_CASE("holdout: purchase periods after the calibration end, per calibration customer",
          "[customers][analysis]") {
    TableBuilder builder;
    builder.add("A", "2024-01-01", "10")
        .add("A", "2024-01-20", "10")
        .add("A", "2024-02-05", "10")  // holdout: day 1
        .add("A", "2024-02-05", "5")   //   same day: the same period
        .add("A", "2024-02-20", "-5")  //   a return is not a purchase
        .add("A", "2024-03-01", "7")   //   day 2
        .add("B", "2024-01-10", "3")
        .add("C", "2024-02-10", "8");  // first bought in the holdout: not in the calibration
    for (int i = 0; i < 12; ++i)       // enough customers for the fit to have something to chew on
        builder.add("X" + std::to_string(i), "2024-01-0" + std::to_string(1 + i % 9), "1");
    AnalysisOptions options;
    options.period = PeriodConvention::DaysInWeeks;
    options.observationEnd = dayOf("2024-03-31");
    options.calibrationEnd = dayOf("2024-01-31");
    const CustomerAnalysis a = analyzeCustomers(builder.table(), options);
    REQUIRE(a.holdout.has_value());
    const HoldoutCheck& h = *a.holdout;
    CHECK(h.calibrationEnd == dayOf("2024-01-31"));
    CHECK(h.observationEnd == dayOf("2024-03-31"));
    CHECK(h.durationPeriods == Approx(60.0 / 7.0));
    CHECK(h.customers == 14);  // A, B and the twelve X
    const auto& ids = builder.table().customerIds;
    for (std::size_t i = 0; i < a.summaries.customers.size(); ++i) {
        const std::string& id = ids[a.summaries.customers[i].customer];
        INFO(id);
        if (id == "A")
            CHECK(h.actualPurchases[i] == 2.0);
        else if (id == "C")
            CHECK(std::isnan(h.actualPurchases[i]));
        else
            CHECK(h.actualPurchases[i] == 0.0);
    }
    if (std::isfinite(h.bgnbd.params.r)) CHECK(h.comparison.actualTotal == 2.0);
}

TEST_CASE("holdout: inputs made elsewhere (a database's) give the same check without lines",
          "[customers][analysis]") {
    TableBuilder builder;
    builder.add("A", "2024-01-01", "10")
        .add("A", "2024-01-20", "10")  // calibration: x 1, t_x 19, T 30 (days)
        .add("A", "2024-02-05", "10")  // holdout: 1 period
        .add("B", "2024-01-10", "3")   // calibration: x 0, T 21; no holdout purchase
        .add("C", "2024-02-10", "8");  // first bought after the split: no calibration customer
    for (int i = 0; i < 12; ++i)
        builder.add("X" + std::to_string(i), "2024-01-0" + std::to_string(1 + i % 9), "1");
    AnalysisOptions options;
    options.observationEnd = dayOf("2024-03-31");
    options.calibrationEnd = dayOf("2024-01-31");
    const auto& table = builder.table();
    const CustomerAnalysis fromLines = analyzeCustomers(table, options);
    const HoldoutInputs inputs = holdoutInputs(table, fromLines.summaries, dayOf("2024-01-31"));
    REQUIRE(inputs.calibration.size() == 14);  // A, B and the twelve X; not C
    const auto& ids = table.customerIds;
    for (std::size_t k = 0; k < inputs.calibration.size(); ++k) {
        const std::string& id = ids[fromLines.summaries.customers[inputs.position[k]].customer];
        if (id != "A") continue;
        CHECK(inputs.calibration[k].frequency == 1);
        CHECK(inputs.calibration[k].recency == 19.0);
        CHECK(inputs.calibration[k].age == 30.0);
        CHECK(inputs.holdoutPurchases[k] == 1.0);
    }
    // A's purchase on 01-20 is the one repeat by the split; 02-05 the one after it.
    CHECK(inputs.history.repeatDays ==
          std::vector<std::int32_t>{dayOf("2024-01-20"), dayOf("2024-02-05")});

    // The same summaries with the dictionaries only (no lines), and the inputs given.
    transactions::TransactionTable dictionaries;
    dictionaries.customerIds = table.customerIds;
    CustomerAnalysis partial;
    partial.summaries = fromLines.summaries;
    CHECK_THROWS_AS(analyzeCustomerSummaries(partial, dictionaries, options),
                    std::invalid_argument);  // no lines and no inputs: no holdout to check
    const CustomerAnalysis given =
        analyzeCustomerSummaries(partial, dictionaries, options, &inputs);
    REQUIRE(given.holdout.has_value());
    const HoldoutCheck &a = *fromLines.holdout, &b = *given.holdout;
    CHECK(b.customers == a.customers);
    REQUIRE(b.scorecards.size() == a.scorecards.size());
    for (std::size_t m = 0; m < a.scorecards.size(); ++m) {
        CHECK(b.scorecards[m].actualTotal == a.scorecards[m].actualTotal);
        CHECK(b.scorecards[m].predictedTotal == a.scorecards[m].predictedTotal);
    }
    REQUIRE(b.tracking.size() == a.tracking.size());
    for (std::size_t k = 0; k < a.tracking.size(); ++k)
        CHECK(b.tracking[k].actual == a.tracking[k].actual);
    CHECK(b.tracking.back().actual == 2.0);  // A's two repeat days, by the observation end
}

TEST_CASE("cdnow: the published fit and prediction through the whole analysis",
          "[customers][analysis][cdnow]") {
    // Every line of the 2,357 customers of the published sample (tests/data/make_cdnow_sample.py).
    transactions::ImportOptions read;
    read.mapping.customer = transactions::ColumnRef::byName("customer_id");
    read.mapping.date = transactions::ColumnRef::byName("date");
    read.mapping.dateFormat = transactions::DateFormat::Compact;
    read.mapping.amount = transactions::ColumnRef::byName("dollar_value");
    read.mapping.quantity = transactions::ColumnRef::byName("number_of_cds");
    const auto parsed = transactions::parseTransactionsFile(
        std::string(TEST_DATA_DIR) + "/cdnow-sample-transactions.csv", read);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.table.size() == 6954);
    AnalysisOptions options;
    options.period = PeriodConvention::DaysInWeeks;
    options.calibrationEnd = dayOf("1997-09-30");
    const CustomerAnalysis a = analyzeCustomers(parsed.table, options);
    CHECK(a.summaries.observationEnd == dayOf("1998-06-30"));
    REQUIRE(a.holdout.has_value());
    const auto& p = a.holdout->bgnbd.params;
    CHECK(std::round(p.r * 1000) / 1000 == 0.243);
    CHECK(std::round(p.alpha * 1000) / 1000 == 4.414);
    CHECK(std::round(p.a * 1000) / 1000 == 0.793);
    CHECK(std::round(p.b * 1000) / 1000 == 2.426);
    CHECK(std::abs(a.holdout->bgnbd.diagnostics.logLikelihood - (-9582.4256)) < 1e-2);
    CHECK(a.holdout->durationPeriods == 39.0);
    CHECK(a.holdout->customers == 2357);
    // Sample customer 1 = master 00004 (x = 2, t_x = 30.43, T = 38.86): 1.226 in weeks 40-78.
    REQUIRE(parsed.table.customerIds[a.summaries.customers[0].customer] == "00004");
    REQUIRE(a.holdout->fits.size() == 3);
    const clv::PurchaseModelFit& bgnbd = a.holdout->fits[0];
    CHECK(std::abs(clv::expectedPurchases(bgnbd, 39.0, 2, 213.0 / 7.0, 272.0 / 7.0) - 1.226) <
          1e-3);
    // The per-customer prediction comes from the model chosen for the lifetime value.
    REQUIRE(a.model.comparison.chosen.has_value());
    const auto chosen = static_cast<std::size_t>(*a.model.comparison.chosen);
    CHECK(a.holdout->predictedPurchases[0] ==
          clv::expectedPurchases(a.holdout->fits[chosen], 39.0, 2, 213.0 / 7.0, 272.0 / 7.0));
    CHECK(a.holdout->actualPurchases[0] == 1.0);  // 1997-12-12
    CHECK(a.model.customers == 2357);
    CHECK(a.model.bgnbd.diagnostics.converged);
    CHECK(a.topLifetimeValue.size() == 10);
}

TEST_CASE("a stored calibration end counts only inside the lines' dates", "[customers][analysis]") {
    // The fixture's lines run from 2024-01-02 (C11) to 2024-06-29 (C03).
    const TableBuilder builder = smallFixture();
    const auto& table = builder.table();
    CHECK(calibrationEndWithin(table, dayOf("2024-03-31")) == dayOf("2024-03-31"));
    CHECK(calibrationEndWithin(table, dayOf("2024-01-02")) == dayOf("2024-01-02"));  // first day
    CHECK_FALSE(calibrationEndWithin(table, dayOf("2024-01-01")));  // before every line
    CHECK_FALSE(calibrationEndWithin(table, dayOf("2024-06-29")));  // nothing after it
    CHECK_FALSE(calibrationEndWithin(table, std::nullopt));
    CHECK_FALSE(calibrationEndWithin(transactions::TransactionTable{}, dayOf("2024-03-31")));
}

TEST_CASE("returns are counted per customer and in total; the spend model says who it leaves out",
          "[customers][analysis][returns]") {
    // By hand (days in January 2024, observation end 01-09 = the last line):
    //   A  buys 30 (01-01) and 20 (01-09), returns -10 (01-05, no quantity: the amount's sign)
    //      -> 1 return line, -10; net 30 - 10 + 20 = 40; repeat spend 20 > 0: in the spend fit
    //   B  buys 15 (01-02) and a free item (01-06: quantity +1, amount 0)
    //      -> frequency 1, repeat spend 0: left out of the spend fit
    //   C  only returns -4.50 (01-03) -> 1 return line, -4.50, no purchase
    //   D  buys 12 (01-04), returns -6 with a negative quantity (01-08), buys 5 (01-08)
    //      -> 1 return line, -6; frequency 1, repeat spend 5: the return is not spending
    //   E  buys 9 (01-07) and a credit line (01-09: quantity +1, amount -2)
    //      -> frequency 1, repeat spend -2: left out of the spend fit
    // Totals: 3 return lines, -10 - 4.50 - 6 = -20.50; 2 customers left out (B, E).
    TableBuilder builder;
    builder.add("A", "2024-01-01", "30")
        .add("A", "2024-01-05", "-10")
        .add("A", "2024-01-09", "20")
        .add("B", "2024-01-02", "15")
        .add("B", "2024-01-06", "0", "0", "", 1)
        .add("C", "2024-01-03", "-4.50")
        .add("D", "2024-01-04", "12")
        .add("D", "2024-01-08", "-6", "0", "", -1)
        .add("D", "2024-01-08", "5", "0", "", 1)
        .add("E", "2024-01-07", "9")
        .add("E", "2024-01-09", "-2", "0", "", 1);
    const CustomerAnalysis a = analyzeCustomers(builder.table(), {});
    const CustomerSummaries& s = a.summaries;
    REQUIRE(s.customers.size() == 5);  // in customer order: A, B, C, D, E
    CHECK(s.returnsCounted);
    CHECK(s.returnLines == 3);
    CHECK(s.returnValue == money("-20.50"));
    CHECK(s.customers[0].returnLines == 1);
    CHECK(s.customers[0].returnValue == money("-10"));
    CHECK(s.customers[0].netValue == money("40"));
    CHECK(s.customers[0].monetaryValue == 20.0);
    CHECK(s.customers[1].returnLines == 0);
    CHECK(s.customers[1].returnValue == money("0"));
    CHECK(s.customers[2].returnLines == 1);
    CHECK(s.customers[2].returnValue == money("-4.50"));
    CHECK(s.customers[3].returnLines == 1);
    CHECK(s.customers[3].returnValue == money("-6"));
    CHECK(s.customers[3].monetaryValue == 5.0);
    CHECK(s.customers[4].monetaryValue == -2.0);
    CHECK(a.model.repeatCustomers == 4);               // A, B, D, E
    CHECK(a.model.customersLeftOutOfSpendModel == 2);  // B and E
}
