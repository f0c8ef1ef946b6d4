#include "gui/customer_data/customer_report_data.h"

#include <exception>

#include "store/transaction_reader.h"

namespace crm::gui {

std::optional<report::CustomerReportData> customerReportData(
    const std::string& documentPath, const MethodologyProfile& profile,
    const CustomerAnalysisSettings& settings, std::string* error) {
    try {
        const store::StoredTransactions stored = store::readStoredTransactions(documentPath);
        if (stored.imports.empty()) return std::nullopt;
        return report::analyzeForReport(stored.lines, profile, settings);
    } catch (const std::exception& e) {
        if (error) *error = std::string("the transaction lines cannot be used: ") + e.what();
        return std::nullopt;
    }
}

}  // namespace crm::gui
