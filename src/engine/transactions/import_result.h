#pragma once
// The outcome of a transaction import: the table (only when complete), counts, and
// every bad line with its physical line number.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/transactions/transaction_table.h"

namespace crm::transactions {

struct LineError {
    std::size_t line = 0;          // 1-based physical line where the record starts
    std::size_t columnNumber = 0;  // 1-based; 0 = the whole line (wrong field count)
    std::string column;            // the header name of that column; "" without a header
    std::string text;              // the offending field (or line), at most 80 bytes
    std::string message;           // e.g. "\"2024-13-45\" is not a date in format %Y-%m-%d"

    // `line 17, column "date": "2024-13-45" is not a date in format %Y-%m-%d`,
    // `line 17, column 2: ...` without a header, `line 17: has 3 fields, expected 4`.
    std::string describe() const;
    bool operator==(const LineError&) const = default;
};

struct ImportStats {
    std::size_t rowsRead = 0;  // data records seen (header and blank lines excluded)
    std::size_t imported = 0;
    std::size_t skippedBad = 0;         // lines with an error (all of them, listed or not)
    std::size_t skippedNoCustomer = 0;  // lines whose customer id is empty
};

enum class ImportStatus : std::uint8_t {
    Ok,              // table holds every good line
    StoppedOnError,  // OnError::Stop met a bad line: errors[0] says which; table empty
    Cancelled,       // the progress callback returned false; table empty
    InvalidSetup,    // the mapping does not fit the file (unknown column, ...); see message
};

struct ImportResult {
    ImportStatus status = ImportStatus::Ok;
    std::string message;     // for InvalidSetup
    TransactionTable table;  // empty unless status == Ok
    ImportStats stats;
    std::vector<LineError> errors;             // capped at ImportOptions::maxListedErrors
    std::vector<std::size_t> noCustomerLines;  // capped likewise
    std::vector<std::string> header;           // the header fields when the file has one

    bool ok() const { return status == ImportStatus::Ok; }
};

// Called about every 64k records and once at the end; return false to cancel.
// Runs on the thread that called the import (also when the parse uses two threads).
using ProgressCallback =
    std::function<bool(std::size_t bytesDone, std::size_t bytesTotal, std::size_t rows)>;

}  // namespace crm::transactions
