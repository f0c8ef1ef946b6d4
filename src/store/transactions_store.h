#pragma once
// Imported transaction lines in the document (schema v2: transaction_import, transaction_line).
//
// storeTransactions writes one import, all or nothing: the import row and every line go in one
// transaction, so an error, a cancel (the progress callback returns false) or a crash leaves the
// file exactly as it was. loadTransactions reads what the document holds back into the engine's
// TransactionTable for analysis.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/import_result.h"
#include "engine/transactions/transaction_table.h"
#include "store/document.h"
#include "store/sqlite_db.h"

namespace crm::store {

struct TransactionImportInfo {
    std::string sourceName;           // the file name the lines came from, as shown to the user
    std::string mappingJson;          // how it was read: transactionMappingJson(options), or "{}"
    transactions::ImportStats stats;  // rows read / skipped; `imported` is set from the table
    std::string importedAt;           // UTC "YYYY-MM-DDTHH:MM:SSZ"; empty = now
};

// Lines written so far and in total; return false to cancel (everything is rolled back).
using StoreProgress = std::function<bool(std::size_t linesDone, std::size_t linesTotal)>;

struct StoreTransactionsOptions {
    bool replaceExisting = false;  // delete every earlier import in the same transaction
    StoreProgress progress;        // called about every 64k lines and once at the end
};

struct StoreTransactionsResult {
    bool cancelled = false;     // nothing was written
    std::int64_t importId = 0;  // the new transaction_import row (0 when cancelled)
    std::size_t lines = 0;
};

// Throws StoreError: InvalidInput when the table is inconsistent (vector lengths, dictionary
// indices, quantity signs), ReadOnly for a read-only document, Io when the disk is full. In
// every one of those cases, and on cancel, the file is unchanged.
StoreTransactionsResult storeTransactions(Document& document,
                                          const transactions::TransactionTable& table,
                                          const TransactionImportInfo& info,
                                          const StoreTransactionsOptions& options = {});
StoreTransactionsResult storeTransactions(Database& db, const transactions::TransactionTable& table,
                                          const TransactionImportInfo& info,
                                          const StoreTransactionsOptions& options = {});

struct TransactionImportRecord {
    std::int64_t id = 0;
    std::string sourceName;
    std::string importedAt;
    std::string mappingJson;
    transactions::ImportStats stats;
    bool hasQuantity = false;
    bool hasCost = false;
    bool hasOrder = false;
    bool hasSegment = false;
};

// Every import in the document, oldest first.
std::vector<TransactionImportRecord> listTransactionImports(Document& document);
std::vector<TransactionImportRecord> listTransactionImports(Database& db);

// The lines of every import (or of one), in import order and then file order. Customer,
// order and segment dictionaries are rebuilt in order of first appearance, so loading one
// import gives back exactly the TransactionTable that was stored. Over several imports:
// hasQuantity and hasCost hold when every import had them; hasOrder and hasSegment when any
// had (lines of the others get the id ""); cost is 0 on lines without one.
transactions::TransactionTable loadTransactions(
    Document& document, std::optional<std::int64_t> importId = std::nullopt);
transactions::TransactionTable loadTransactions(
    Database& db, std::optional<std::int64_t> importId = std::nullopt);

// Deletes one import and its lines; false when there is no such import.
bool deleteTransactionImport(Document& document, std::int64_t importId);

// The import options as the JSON kept in transaction_import.mapping, e.g.
// {"delimiter":"comma","header":true,"decimal_separator":".","date_format":"%Y-%m-%d",
//  "on_error":"skip","columns":{"customer":"customer_id","date":2,"amount":"total"}}
// (a column by header name is a string, by 1-based number an integer).
std::string transactionMappingJson(const transactions::ImportOptions& options);

}  // namespace crm::store
