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
