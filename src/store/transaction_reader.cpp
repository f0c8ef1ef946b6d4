#include "store/transaction_reader.h"

#include "store/document_file.h"
#include "store/sqlite_db.h"

namespace crm::store {

StoredTransactions readStoredTransactions(const std::string& documentPath) {
    checkDocumentHeader(documentPath);
    // Copied into memory first: SQLite's read lock on the file lasts only as long as the copy,
    // not as long as reading millions of lines, so the window's edits never wait on it.
    Database db = Database::inMemoryCopy(documentPath);
    StoredTransactions stored;
    stored.imports = listTransactionImports(db);
    if (!stored.imports.empty()) stored.lines = loadTransactions(db);
    return stored;
}

}  // namespace crm::store
