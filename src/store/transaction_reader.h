#pragma once
// The transaction lines a document file holds, read away from the window's thread (the
// customer-data page, the report export) while the window keeps the document open.
//
// The read goes through a read-only SQLite connection of its own: the document's connection
// belongs to the thread that edits. The file passes the same header checks as Document::open
// before SQLite opens it (a missing, foreign or newer file is refused untouched). It takes no
// lock: the window that has the file open holds it, and a reader never writes a byte. The file
// is copied into memory in one short read transaction (Database::inMemoryCopy) and read from
// there, so the window's writes never wait for the lines to be read.
#include <string>
#include <vector>

#include "engine/transactions/transaction_table.h"
#include "store/transactions_store.h"

namespace crm::store {

struct StoredTransactions {
    std::vector<TransactionImportRecord> imports;  // oldest first
    transactions::TransactionTable lines;          // of every import; empty without an import
};

// Throws StoreError: NotFound, NotOurs or NewerVersion from the header check, Io or Corrupt
// when SQLite cannot read the file.
StoredTransactions readStoredTransactions(const std::string& documentPath);

}  // namespace crm::store
