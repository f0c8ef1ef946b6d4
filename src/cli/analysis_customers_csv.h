#pragma once
// `crmw analyze --customers-csv`: one row per customer with every per-customer figure.
#include <string>

#include "engine/customers/customer_analysis.h"
#include "engine/transactions/transaction_table.h"

namespace crm::cli::customer_data {

std::string customersCsv(const transactions::TransactionTable& table,
                         const customers::CustomerAnalysis& a);

}  // namespace crm::cli::customer_data
