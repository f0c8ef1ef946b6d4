#include "gui/customer_data/customer_report_data.h"

#include <exception>

#include "store/sqlite_db.h"
#include "store/transactions_store.h"

namespace crm::gui {

std::optional<report::CustomerReportData> customerReportData(const std::string& documentPath,
                                                             const MethodologyProfile& profile,
                                                             std::string* error) {
    try {
        store::Database db(documentPath, SQLITE_OPEN_READONLY);
        if (store::listTransactionImports(db).empty()) return std::nullopt;
        return report::analyzeForReport(store::loadTransactions(db), profile);
    } catch (const std::exception& e) {
        if (error) *error = std::string("the transaction lines cannot be used: ") + e.what();
        return std::nullopt;
    }
}

}  // namespace crm::gui
