#pragma once
// The readable summary `crmw analyze` prints when no --json file is asked for.
#include "cli/analysis_json.h"

namespace crm::cli::customer_data {

void printSummary(const AnalysisInput& in, const customers::CustomerAnalysis& a,
                  const customers::AnalysisOptions& options);

}  // namespace crm::cli::customer_data
