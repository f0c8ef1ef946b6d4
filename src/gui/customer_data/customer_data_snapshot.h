#pragma once
// Everything the customer-data page shows, computed in one go off the GUI thread: the
// document's imports, the customer analysis of their lines (engine) and the dictionaries
// needed to name customers and segments. Immutable once made; the page and its models
// share it.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/customers/customer_analysis.h"
#include "engine/transactions/transaction_table.h"
#include "store/transactions_store.h"

namespace crm::store {
class Document;
}

namespace crm::gui::customer_data {

struct CustomerDataSnapshot {
    std::vector<store::TransactionImportRecord> imports;
    std::size_t lines = 0;                  // transaction lines analysed
    std::vector<std::string> customerIds;   // TransactionTable::customerIds
    std::vector<std::string> segmentNames;  // TransactionTable::segmentNames
    bool hasCost = false;
    bool hasSegment = false;
    customers::AnalysisOptions options;
    customers::CustomerAnalysis analysis;  // meaningful when lines > 0
    // Every position in analysis.summaries, highest lifetime value first (the engine's
    // positionsByLifetimeValue): the tables' natural order, sorted off the GUI thread so the
    // window never sorts 100,000 rows to show them.
    std::vector<std::uint32_t> byLifetimeValue;
    // Set when the database computed the summaries (database_analysis_job.h): where from
    // ("database D on H, table T") and its rows; `imports` is then empty.
    std::string databaseSource;
    transactions::ImportStats databaseRows;
    std::string error;  // why there is no analysis (plain language), or ""
    double loadSeconds = 0.0;
    double analysisSeconds = 0.0;

    bool hasData() const { return lines > 0 && error.empty(); }
    const std::string& customerIdAt(std::size_t position) const;  // position in analysis.summaries
};

using SnapshotPtr = std::shared_ptr<const CustomerDataSnapshot>;

// The analysis options a document's profile sets (the churn threshold).
customers::AnalysisOptions analysisOptionsOf(store::Document& document);

// Reads the document file with store::readStoredTransactions (safe on any thread, and the
// document's connection stays the GUI thread's), then analyses. Never throws: a problem ends
// up in `error`.
SnapshotPtr loadCustomerData(const std::string& documentPath,
                             const customers::AnalysisOptions& options);

// The analysis of lines already in memory (also used by loadCustomerData).
SnapshotPtr analyzeCustomerData(transactions::TransactionTable table,
                                std::vector<store::TransactionImportRecord> imports,
                                const customers::AnalysisOptions& options);

}  // namespace crm::gui::customer_data
