#pragma once
// Reading a transaction CSV for the customer-data commands: the mapping (given on the command
// line or detected from the first lines), the parse, and the report of bad lines on stderr.
#include <string>

#include "cli/transaction_mapping_options.h"
#include "engine/transactions/import_result.h"
#include "engine/transactions/transaction_parser.h"

namespace crm::cli::customer_data {

struct ReadOutcome {
    transactions::ImportResult result;
    transactions::ImportOptions options;
};

// Parses DATA.csv; prints the bad lines; throws Failure with the exit code when nothing can be
// used (stopped on a bad line, mapping does not fit, no lines at all, cancelled).
// keepOrders false: the order column is not read (no figure of the analysis uses it, and a
// million order ids cost a third of the parse time and ~40 MB).
ReadOutcome readCsv(const std::string& dataPath, const MappingArgs& args, bool keepOrders);

}  // namespace crm::cli::customer_data
