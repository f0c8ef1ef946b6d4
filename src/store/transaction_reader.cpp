#include "store/transaction_reader.h"

#include "store/document_file.h"
#include "store/sqlite_db.h"

namespace crm::store {

StoredTransactions readStoredTransactions(const std::string& documentPath) {
    checkDocumentHeader(documentPath);
    Database db(documentPath, SQLITE_OPEN_READONLY);
    StoredTransactions stored;
    stored.imports = listTransactionImports(db);
    if (!stored.imports.empty()) stored.lines = loadTransactions(db);
    return stored;
}

}  // namespace crm::store
