#pragma once
// The JSON of `crmw analyze --json` (documented in docs/file-format.md).
#include <nlohmann/json.hpp>
#include <string>

#include "engine/customers/customer_analysis.h"
#include "engine/transactions/import_result.h"
#include "engine/transactions/transaction_table.h"

namespace crm::cli::customer_data {

using Json = nlohmann::ordered_json;

struct AnalysisInput {
    std::string source;
    Json mapping;  // how the CSV was read; null for a document
    Json imports;  // the document's imports; null for a CSV
    transactions::ImportStats stats;
    transactions::TransactionTable table;
    double churnThreshold = 0.5;
    std::string currency;  // the document's; empty for a CSV file or a document without one
};

Json analysisJson(const AnalysisInput& in, const customers::CustomerAnalysis& a,
                  const customers::AnalysisOptions& options);

}  // namespace crm::cli::customer_data
