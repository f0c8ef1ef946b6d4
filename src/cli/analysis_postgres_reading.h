#pragma once
// `crmw analyze --postgres CONNINFO --table T | --query SQL`: the customer summaries computed
// by the PostgreSQL server, with the same mapping options as a CSV file (column names only).
#include <optional>
#include <string>

#include "cli/analysis_json.h"
#include "cli/transaction_mapping_options.h"
#include "engine/customers/customer_analysis.h"

namespace crm::cli::customer_data {

struct PostgresArgs {
    std::string conninfo, table, query;
    bool any() const { return !conninfo.empty() || !table.empty() || !query.empty(); }
};

// The options that make no sense for a database, or are missing: a usage failure (exit 2).
void checkPostgresArgs(const PostgresArgs& db, const MappingArgs& mapping,
                       const customers::AnalysisOptions& options);

// Fills in.source, in.mapping, in.stats and in.table (the customer ids only) and returns the
// analysis's summaries, first and last day; with a calibration end, the server's holdout
// inputs go to `holdout`. Fails with exit 3 when the server cannot be
// reached, 4 when it refuses the query or (with --on-error stop) a line lacks a value.
customers::CustomerAnalysis readPostgresSummaries(const PostgresArgs& db,
                                                  const MappingArgs& mapping,
                                                  const customers::AnalysisOptions& options,
                                                  AnalysisInput& in,
                                                  std::optional<customers::HoldoutInputs>& holdout);

}  // namespace crm::cli::customer_data
