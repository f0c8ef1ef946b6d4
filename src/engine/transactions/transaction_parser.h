#pragma once
// CSV buffer + mapping -> TransactionTable, all or nothing.
//
// Field rules beyond the scanner's (csv_scanner.h):
// - every mapped field is trimmed of spaces/tabs; an empty customer id means the line is
//   counted in skippedNoCustomer and listed in noCustomerLines, never imported;
// - empty order ids and segments are kept as the id "" (a line may lack them);
//   an empty date, amount, quantity, unit price, cost or margin is an error;
// - money follows decimal_parse.h (exact, strict); quantity x unit price keeps six
//   decimals of each and rounds the product once, half away from zero, to thousandths;
// - every line must have as many fields as the header (or, without a header, as most
//   of the first 100 lines); quoting errors are line errors too.
//
// Two threads (files of ImportOptions::twoThreadsFromBytes and more, 4 MB by default): the
// file is cut at the first line end after its middle with an even number of '"' before it
// (none in the third quarter, or a byte order mark right after it: one thread). Each half is
// parsed into its own table and dictionaries on its own thread; the second half's ids are
// then interned into the first's and its line numbers shifted by the first half's line
// breaks. The result is the one-thread result, byte for byte: same lines, ids in order of
// first appearance, same bad-line list, cap and counts. When the first half ends inside a
// quoted field (a '"' inside an unquoted field threw the count off), both halves are thrown
// away and the file is parsed again on one thread. The progress callback is only called on
// the calling thread, with both halves' bytes and records; returning false stops both.
#include <string>
#include <string_view>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/import_result.h"

namespace crm::transactions {

// `buffer` is the whole file (a UTF-8 BOM is skipped). Never throws for bad data;
// throws std::bad_alloc like any container.
ImportResult parseTransactions(std::string_view buffer, const ImportOptions& options,
                               const ProgressCallback& progress = {});

// Maps `path` and parses it; throws std::system_error when the file cannot be read.
ImportResult parseTransactionsFile(const std::string& path, const ImportOptions& options,
                                   const ProgressCallback& progress = {});

}  // namespace crm::transactions
