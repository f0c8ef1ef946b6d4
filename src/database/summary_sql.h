#pragma once
// The one SQL query that turns transaction lines into one row per customer, in the
// definitions of engine/customers/customer_summary.h. Written for PostgreSQL; the query and
// its reasoning are in docs/analytics-sql.md for other SQL engines.
//
// Every name the user gives (table, columns) goes through quoteIdentifier; the observation
// end is the query's only parameter ($1: a day number since 1970-01-01, or NULL for "the
// last date in the data").
#include <functional>
#include <string>

#include "engine/customers/customer_summary.h"

namespace crm::database {

struct SummarySource {
    std::string table;  // one table (or view) name, or
    std::string query;  // a SELECT whose result holds the columns below
};

// Column names. amount, or quantity with unitPrice; cost or margin optional; segment optional.
struct SummaryColumns {
    std::string customer, date, amount, quantity, unitPrice, cost, margin;
    std::string segment;
};

// The result's columns, in this order.
enum SummaryField : int {
    kCustomerField,          // text; NULL or empty: the lines without a customer id
    kLinesField,             // good lines, any date
    kBadLinesField,          // lines with no date, amount, cost or quantity
    kWindowLinesField,       // good lines dated on or before the observation end
    kNetValueField,          // thousandths, in the window
    kMarginField,            // thousandths, in the window (0 without cost or margin)
    kPurchaseDaysField,      // distinct days with a purchase line, in the window
    kFirstPurchaseDayField,  // day numbers, NULL without a purchase
    kLastPurchaseDayField,
    kPurchasePeriodsField,  // distinct periods with a purchase line
    kFirstPeriodField,      // period numbers, NULL without a purchase
    kLastPeriodField,
    kRepeatValueField,  // thousandths: purchase amounts outside the first purchase period
    kFirstDayField,     // of the good lines, any date
    kLastDayField,
    // The same in every row, so the client can size its tables and compute T at the first:
    kRowCountField,     // rows of the result
    kDataLastDayField,  // the last date of all good lines
    kSummaryFieldCount,
    // With a holdout check only ($2: the calibration end as a day number):
    kCalibrationPeriodsField = kSummaryFieldCount,  // distinct purchase periods by the split
    kCalibrationFirstPeriodField,                   // NULL without such a purchase
    kCalibrationLastPeriodField,
    kHoldoutPeriodsField,  // distinct purchase periods after the split, in the window
    kHoldoutSummaryFieldCount
};

// With a segment column, two more fields follow (after the holdout fields, if any).
enum SegmentField : int {
    kPrimarySegmentOffset,    // text: the name of the segment with the largest net value
    kPurchaseSegmentsOffset,  // distinct segments with a purchase line, in the window
    kSegmentFieldCount
};

using QuoteIdentifier = std::function<std::string(const std::string&)>;

// Throws std::invalid_argument when the source or the columns are incomplete. With
// `holdout`, the calibration end is the parameter $2 and the holdout fields follow.
std::string customerSummarySql(const SummarySource& source, const SummaryColumns& columns,
                               customers::PeriodConvention period,
                               const QuoteIdentifier& quoteIdentifier, bool holdout = false);

// The segment names of all lines with a customer id, in byte order: a second query on the
// same lines (the first row of the summary would have to hold them all otherwise).
std::string segmentNamesSql(const SummarySource& source, const SummaryColumns& columns,
                            customers::PeriodConvention period,
                            const QuoteIdentifier& quoteIdentifier);

// The holdout tracking's counts (customers::RepeatPurchaseHistory), a second query on the
// same lines and parameters: one row per purchase period of the customers first seen by the
// calibration end ($2), ascending: the period, the customers whose first purchase period it
// is, and the later purchase periods of other customers that fall on it.
std::string repeatPurchasesByPeriodSql(const SummarySource& source, const SummaryColumns& columns,
                                       customers::PeriodConvention period,
                                       const QuoteIdentifier& quoteIdentifier);

}  // namespace crm::database
