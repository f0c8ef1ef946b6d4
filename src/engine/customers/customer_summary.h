#pragma once
// One row per customer: first/last purchase, purchase days, exact net value and margin, and
// the model inputs of `lifetimes`' summary_data_from_transaction_data (frequency, recency,
// T, monetary_value). The full rules are in docs/methodology.md, "Customer data".
//
// Window: only lines dated on or before the observation end count, for every figure.
// A customer appears when they have at least one line in the window; one without a purchase
// line there (only returns or zero-quantity lines) appears with purchaseDays == 0 so their
// (negative) value is not lost, but has no model inputs: hasPurchase() is false.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/model/money.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers {

// How days become the periods in which frequency, recency and T are counted.
enum class PeriodConvention {
    Days,            // lifetimes freq='D': one period per calendar day.
    CalendarWeeks,   // lifetimes freq='W': weeks Monday..Sunday (pandas W-SUN), in whole weeks.
    DaysInWeeks,     // lifetimes freq='D', freq_multiplier=7: daily periods, recency and T in
                     // days / 7 (how the published CDNOW summary was made).
    CalendarMonths,  // lifetimes freq='M': calendar months, recency and T in whole months.
};

struct SummaryOptions {
    PeriodConvention period = PeriodConvention::Days;
    // Last observed day (days since 1970-01-01, inclusive). Default: the last date in the data.
    std::optional<std::int32_t> observationEnd;
};

struct CustomerSummary {
    std::uint32_t customer = 0;          // index into TransactionTable::customerIds
    std::int32_t firstPurchaseDay = 0;   // purchase = a line with quantitySign > 0;
    std::int32_t lastPurchaseDay = 0;    //   both valid only when hasPurchase()
    std::uint32_t purchaseDays = 0;      // distinct days with a purchase line
    std::uint32_t lines = 0;             // lines in the window, of any kind
    std::uint32_t returnLines = 0;       // lines with quantitySign < 0 (returns)
    Money returnValue;                   // sum of the return lines' amounts
    Money netValue;                      // sum of all amounts (returns reduce it)
    Money margin;                        // sum of (amount - cost); zero unless the table has cost
    std::uint32_t primarySegment = 0;    // segment with the largest net value (ties: first name)
    std::uint32_t purchaseSegments = 0;  // distinct segments with a purchase line
    // lifetimes' summary columns, in periods of the convention (x, t_x, T in BG/NBD terms).
    double frequency = 0.0;      // purchase periods - 1
    double recency = 0.0;        // last purchase period - first purchase period
    double T = 0.0;              // observation end period - first purchase period
    double monetaryValue = 0.0;  // mean purchase value of the repeat periods, currency units

    bool hasPurchase() const { return purchaseDays > 0; }
};

struct CustomerSummaries {
    std::vector<CustomerSummary> customers;  // ordered by customer index
    std::int32_t observationEnd = 0;
    PeriodConvention period = PeriodConvention::Days;
    bool hasCost = false;
    bool hasSegment = false;
    std::size_t customersWithoutPurchase = 0;      // in `customers`, with hasPurchase() false
    std::size_t customersAfterObservationEnd = 0;  // left out: no line in the window
    std::size_t linesAfterObservationEnd = 0;
    // Return lines in the window: a negative quantity, or a negative amount without a quantity
    // column. They reduce net value and are neither purchases nor spending. False when the
    // summaries came from elsewhere without these counts (a database's summary query).
    bool returnsCounted = true;
    std::size_t returnLines = 0;
    Money returnValue;
};

// Period number of a day under the convention (weeks: Monday-based, floor division; months:
// counted from January 1970).
std::int32_t periodOfDay(std::int32_t day, PeriodConvention period);
// The first day of a period number of the convention (the inverse of periodOfDay's floor).
std::int32_t firstDayOfPeriod(std::int32_t periodNumber, PeriodConvention period);
// Model time units per period: recency and T are period differences times this (1/7 for
// DaysInWeeks, whose periods are days but whose unit is the week; 1 otherwise).
double modelUnitsPerPeriod(PeriodConvention period);

// Throws std::invalid_argument when the table's columns are inconsistent.
CustomerSummaries summarizeCustomers(const transactions::TransactionTable& table,
                                     const SummaryOptions& options = {});

}  // namespace crm::customers
