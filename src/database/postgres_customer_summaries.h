#pragma once
// The per-customer summaries of transaction lines that live in PostgreSQL: the server
// computes them with one query (summary_sql.h) and only one row per customer travels. The
// figures are those summarizeCustomers gives for the same lines read from a CSV file.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "database/summary_sql.h"
#include "engine/customers/customer_analysis.h"
#include "engine/customers/customer_summary.h"
#include "engine/transactions/transaction_table.h"

namespace crm::database {

struct SummaryRequest {
    std::string conninfo;  // libpq connection string ("host=... dbname=... user=...")
    SummarySource source;
    SummaryColumns columns;
    customers::PeriodConvention period = customers::PeriodConvention::Days;
    std::optional<std::int32_t> observationEnd;  // default: the last date in the data
    // With it, the server also splits each history there for the holdout check.
    std::optional<std::int32_t> calibrationEnd;
};

struct DatabaseSummaries {
    std::string description;  // "database D on H"
    customers::CustomerSummaries summaries;
    // The customer ids the summaries index, ordered by their bytes; no lines.
    transactions::TransactionTable dictionaries;
    std::optional<std::int32_t> firstDay, lastDay;    // of all good lines
    std::size_t rowsRead = 0;                         // every row of the source
    std::size_t goodLines = 0;                        // with a customer, a date and an amount
    std::size_t badLines = 0;                         // a customer, but a date or amount missing
    std::size_t noCustomerLines = 0;                  // no (or an empty) customer id
    std::optional<customers::HoldoutInputs> holdout;  // with a calibration end
};

class QueryCanceller;

// How a fetch reports where it is and how it is stopped (both optional).
struct FetchControl {
    QueryCanceller* canceller = nullptr;
    // Called on the fetching thread: once connected (0 of 0), then every few thousand rows and
    // at the last, with the rows received and the rows the result holds.
    std::function<void(std::size_t received, std::size_t total)> onRows;
};

// Before the summary query, the mapped columns are checked against the source's: a missing
// table or column is named in the error. Throws DatabaseError (postgres_connection.h):
// Connection when the server cannot be reached or refuses the login, Query when it refuses the
// query (or a canceller stopped it) or returns a value out of range.
DatabaseSummaries fetchCustomerSummaries(const SummaryRequest& request,
                                         const FetchControl& control = {});

}  // namespace crm::database
