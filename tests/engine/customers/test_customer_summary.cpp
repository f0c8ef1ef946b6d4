// Per-customer summary in the conventions of lifetimes' summary_data_from_transaction_data.
// Expected model inputs were computed by hand and checked with pandas (Debian python3-pandas),
// on the purchase lines only (positive quantity), with this command:
//   /usr/bin/python3 -c "
//   import pandas as pd
//   df = pd.DataFrame([('X','2024-01-03',10.),('X','2024-01-03',5.),('X','2024-01-07',20.),
//        ('X','2024-01-08',30.),('X','2024-02-01',40.),('Z','2024-02-10',12.5)],
//        columns=['c','d','v'])
//   df['d'] = pd.to_datetime(df.d); end = pd.Timestamp('2024-02-14')
//   for freq, mult in [('D',1), ('W',1), ('D',7)]:
//       p = df.assign(p=df.d.dt.to_period(freq)).groupby(['c','p'], as_index=False).v.sum()
//       g = p.groupby('c'); first = g.p.min(); e = end.to_period(freq)
//       rep = p[p.p != p.c.map(first)]
//       print(freq, mult, g.p.count() - 1, (g.p.max() - first).apply(lambda x: x.n) / mult,
//             first.apply(lambda f: (e - f).n) / mult, rep.groupby('c').v.mean())"
// It prints, for X: D: 3, 29, 42, 30;  W: 2, 4, 6, 35;  D/7: 3, 4.142857, 6, 30.
//                for Z: D: 0, 0, 4;      W: 0, 0, 1;      D/7: 0, 0, 0.571429.
#include <catch2/catch.hpp>

#include "engine/customers/customer_summary.h"
#include "table_builder.h"

using namespace crm::customers;
using namespace crm::customers::testing;
using crm::Money;

namespace {

// 2024-01-03 is a Wednesday, 01-07 a Sunday, 01-08 a Monday: the first two share a week.
TableBuilder handCase() {
    TableBuilder b;
    b.withCost()
        .add("X", "2024-01-03", "10.00", "6")
        .add("X", "2024-01-03", "5.00", "3")  // same day: one period
        .add("X", "2024-01-07", "20.00", "12")
        .add("Y", "2024-02-20", "15.00", "9")  // first purchase after the end: left out
        .add("X", "2024-01-08", "30.00", "18")
        .add("X", "2024-01-20", "-5.00", "-3")  // a return: reduces net value, not a period
        .add("W", "2024-01-10", "-7.25", "-4")  // only a return: no purchase
        .add("X", "2024-02-01", "40.00", "24")
        .add("Z", "2024-02-10", "12.50", "7.5")
        .add("Z", "2024-02-15", "99.00", "50");  // after the end: ignored
    return b;
}

const CustomerSummary& find(const CustomerSummaries& s,
                            const crm::transactions::TransactionTable& t, const std::string& id) {
    for (const CustomerSummary& c : s.customers) {
        if (t.customerIds[c.customer] == id) return c;
    }
    throw std::runtime_error("customer not in summary: " + id);
}

}  // namespace

TEST_CASE("summary: daily periods, net value, margin and the window", "[customers][summary]") {
    const TableBuilder b = handCase();
    const auto& t = b.table();
    const CustomerSummaries s = summarizeCustomers(
        t, {.period = PeriodConvention::Days, .observationEnd = dayOf("2024-02-14")});

    CHECK(s.customers.size() == 3);              // X, W, Z; Y starts after the end
    CHECK(s.customersAfterObservationEnd == 1);  // Y
    CHECK(s.linesAfterObservationEnd == 2);      // Y's line and Z's 02-15 line
    CHECK(s.customersWithoutPurchase == 1);      // W

    const CustomerSummary& x = find(s, t, "X");
    CHECK(x.firstPurchaseDay == dayOf("2024-01-03"));
    CHECK(x.lastPurchaseDay == dayOf("2024-02-01"));
    CHECK(x.purchaseDays == 4);  // 01-03, 01-07, 01-08, 02-01
    CHECK(x.lines == 6);
    CHECK(x.netValue == money("100"));  // 10 + 5 + 20 + 30 - 5 + 40
    CHECK(x.margin == money("40"));     // 100 - (6 + 3 + 12 + 18 - 3 + 24)
    CHECK(x.frequency == 3.0);
    CHECK(x.recency == 29.0);                               // 02-01 - 01-03
    CHECK(x.T == 42.0);                                     // 02-14 - 01-03
    CHECK(x.monetaryValue == Approx(30.0).epsilon(1e-12));  // (20 + 30 + 40) / 3

    const CustomerSummary& w = find(s, t, "W");
    CHECK_FALSE(w.hasPurchase());
    CHECK(w.netValue == money("-7.25"));
    CHECK(w.margin == money("-3.25"));
    CHECK(w.frequency == 0.0);
    CHECK(w.T == 0.0);

    const CustomerSummary& z = find(s, t, "Z");
    CHECK(z.netValue == money("12.5"));
    CHECK(z.frequency == 0.0);
    CHECK(z.recency == 0.0);
    CHECK(z.T == 4.0);  // 02-14 - 02-10
    CHECK(z.monetaryValue == 0.0);
}

TEST_CASE("summary: calendar weeks as lifetimes freq='W' (Monday..Sunday)",
          "[customers][summary]") {
    const TableBuilder b = handCase();
    const auto& t = b.table();
    const CustomerSummaries s = summarizeCustomers(
        t, {.period = PeriodConvention::CalendarWeeks, .observationEnd = dayOf("2024-02-14")});
    const CustomerSummary& x = find(s, t, "X");
    CHECK(x.purchaseDays == 4);  // days stay days
    CHECK(x.frequency == 2.0);   // weeks of 01-01, 01-08, 01-29
    CHECK(x.recency == 4.0);     // (01-29 - 01-01) / 7
    CHECK(x.T == 6.0);           // (02-12 - 01-01) / 7
    CHECK(x.monetaryValue ==
          Approx(35.0).epsilon(1e-12));  // (30 + 40) / 2; week 1 = 35 is left out
    CHECK(find(s, t, "Z").T == 1.0);     // 02-10 (Sat) and 02-14 (Wed) are in consecutive weeks
}

TEST_CASE("summary: days over 7 as lifetimes freq='D', freq_multiplier=7", "[customers][summary]") {
    const TableBuilder b = handCase();
    const auto& t = b.table();
    const CustomerSummaries s = summarizeCustomers(
        t, {.period = PeriodConvention::DaysInWeeks, .observationEnd = dayOf("2024-02-14")});
    const CustomerSummary& x = find(s, t, "X");
    CHECK(x.frequency == 3.0);
    CHECK(x.recency == Approx(29.0 / 7.0).epsilon(1e-12));
    CHECK(x.T == Approx(6.0).epsilon(1e-12));
    CHECK(x.monetaryValue == Approx(30.0).epsilon(1e-12));
    CHECK(find(s, t, "Z").T == Approx(4.0 / 7.0).epsilon(1e-12));
}

TEST_CASE("summary: calendar months as lifetimes freq='M'", "[customers][summary]") {
    // By hand: X buys in January (01-03, 01-07, 01-08: 10 + 5 + 20 + 30 = 65) and February
    // (02-01: 40); the end 02-14 is in February. Z buys only in February (02-10).
    const TableBuilder b = handCase();
    const auto& t = b.table();
    const CustomerSummaries s = summarizeCustomers(
        t, {.period = PeriodConvention::CalendarMonths, .observationEnd = dayOf("2024-02-14")});
    const CustomerSummary& x = find(s, t, "X");
    CHECK(x.purchaseDays == 4);                             // days stay days
    CHECK(x.frequency == 1.0);                              // 2 months - 1
    CHECK(x.recency == 1.0);                                // February - January
    CHECK(x.T == 1.0);                                      // February - January
    CHECK(x.monetaryValue == Approx(40.0).epsilon(1e-12));  // February only; January's 65 left out
    const CustomerSummary& z = find(s, t, "Z");
    CHECK(z.frequency == 0.0);
    CHECK(z.T == 0.0);  // first purchase in the observation end's month
}

TEST_CASE("summary: month numbers count from January 1970", "[customers][summary]") {
    CHECK(periodOfDay(dayOf("1970-01-31"), PeriodConvention::CalendarMonths) == 0);
    CHECK(periodOfDay(dayOf("1970-02-01"), PeriodConvention::CalendarMonths) == 1);
    CHECK(periodOfDay(dayOf("1969-12-31"), PeriodConvention::CalendarMonths) == -1);
    CHECK(periodOfDay(dayOf("2024-01-03"), PeriodConvention::CalendarMonths) == 648);  // 54 * 12
    CHECK(periodOfDay(dayOf("2024-02-29"), PeriodConvention::CalendarMonths) == 649);
    CHECK(firstDayOfPeriod(648, PeriodConvention::CalendarMonths) == dayOf("2024-01-01"));
    CHECK(firstDayOfPeriod(-1, PeriodConvention::CalendarMonths) == dayOf("1969-12-01"));
    CHECK(firstDayOfPeriod(1, PeriodConvention::CalendarWeeks) == dayOf("1970-01-05"));
    CHECK(firstDayOfPeriod(-4, PeriodConvention::Days) == -4);
}

TEST_CASE("summary: default observation end is the last date in the data", "[customers][summary]") {
    const TableBuilder b = handCase();
    const CustomerSummaries s = summarizeCustomers(b.table());
    CHECK(s.observationEnd == dayOf("2024-02-20"));  // Y's line, the latest of all
    CHECK(s.customers.size() == 4);
    CHECK(s.linesAfterObservationEnd == 0);
    CHECK(find(s, b.table(), "Z").netValue == money("111.5"));  // 12.5 + 99
}

TEST_CASE("summary: week numbers are Monday-based, also before 1970", "[customers][summary]") {
    // 1969-12-29 is a Monday (day -3); 1970-01-04 a Sunday (day 3).
    CHECK(periodOfDay(dayOf("1969-12-28"), PeriodConvention::CalendarWeeks) == -1);
    CHECK(periodOfDay(dayOf("1969-12-29"), PeriodConvention::CalendarWeeks) == 0);
    CHECK(periodOfDay(dayOf("1970-01-04"), PeriodConvention::CalendarWeeks) == 0);
    CHECK(periodOfDay(dayOf("1970-01-05"), PeriodConvention::CalendarWeeks) == 1);
    CHECK(periodOfDay(-4, PeriodConvention::Days) == -4);
}

TEST_CASE("summary: an empty table and inconsistent columns", "[customers][summary]") {
    crm::transactions::TransactionTable empty;
    CHECK(summarizeCustomers(empty).customers.empty());

    TableBuilder b;
    b.add("A", "2024-01-01", "1");
    crm::transactions::TransactionTable broken = b.table();
    broken.day.pop_back();
    CHECK_THROWS_AS(summarizeCustomers(broken), std::invalid_argument);
    broken = b.table();
    broken.customer[0] = 7;  // no such customer id
    CHECK_THROWS_AS(summarizeCustomers(broken), std::invalid_argument);
}

TEST_CASE("summary: segments of a customer", "[customers][summary]") {
    TableBuilder b;
    b.withSegment()
        .add("A", "2024-01-01", "10", "0", "Books")
        .add("A", "2024-01-02", "10", "0", "Music")  // tie with Books: Books, first by name
        .add("A", "2024-01-03", "-3", "0", "Films")  // a return only: not a purchase segment
        .add("B", "2024-01-01", "5", "0", "Films")
        .add("B", "2024-01-02", "8", "0", "Music")
        // C names Music first, then Books for as much: a tie goes to the name first in byte
        // order ("B" < "M"), not to the one seen first, so a database can agree.
        .add("C", "2024-01-01", "7", "0", "Music")
        .add("C", "2024-01-02", "7", "0", "Books");
    const CustomerSummaries s = summarizeCustomers(b.table());
    const auto& names = b.table().segmentNames;
    const CustomerSummary& a = find(s, b.table(), "A");
    CHECK(names[a.primarySegment] == "Books");
    CHECK(a.purchaseSegments == 2);
    const CustomerSummary& bb = find(s, b.table(), "B");
    CHECK(names[bb.primarySegment] == "Music");
    CHECK(bb.purchaseSegments == 2);
    CHECK(names[find(s, b.table(), "C").primarySegment] == "Books");
    CHECK(a.margin == Money{0});  // no cost column: margin stays zero
}
