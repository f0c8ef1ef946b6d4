// The "summary + BG/NBD" goal of issue 19 as one process: parse a transactions CSV (the
// generator's columns), summarise per customer, group the histories and fit BG/NBD. Prints
// each phase's wall time; run it under hyperfine for the whole.
//   csv_bgnbd_bench FILE.csv [--one-thread]
// --one-thread keeps the parse on one thread (files of 4 MB and more are parsed on two).
#include <chrono>
#include <cstdio>
#include <limits>
#include <string>

#include "engine/clv/bgnbd.h"
#include "engine/customers/customer_analysis.h"
#include "engine/customers/customer_summary.h"
#include "engine/transactions/transaction_parser.h"

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
    const bool oneThread = argc == 3 && std::string(argv[2]) == "--one-thread";
    if (argc != 2 && !oneThread) {
        std::fprintf(stderr, "usage: csv_bgnbd_bench FILE.csv [--one-thread]\n");
        return 2;
    }
    using namespace crm;
    transactions::ImportOptions options;
    options.mapping.customer = transactions::ColumnRef::byName("customer_id");
    options.mapping.date = transactions::ColumnRef::byName("date");
    options.mapping.amount = transactions::ColumnRef::byName("amount");
    options.mapping.quantity = transactions::ColumnRef::byName("quantity");
    options.onError = transactions::OnError::Skip;
    if (oneThread) options.twoThreadsFromBytes = std::numeric_limits<std::size_t>::max();
    const Clock::time_point start = Clock::now();
    const transactions::ImportResult parsed = transactions::parseTransactionsFile(argv[1], options);
    const double parseSeconds = secondsSince(start);
    const customers::CustomerSummaries summaries = customers::summarizeCustomers(parsed.table);
    const customers::ModelInputs inputs = customers::modelInputs(summaries);
    const double summarySeconds = secondsSince(start) - parseSeconds;
    const clv::BgNbdFit fit = clv::fitBgNbd(clv::groupByHistory(inputs.customers));
    const double fitSeconds = secondsSince(start) - parseSeconds - summarySeconds;
    std::printf(
        "%zu lines, %zu customers: parse %.3f s, summary %.3f s, group + BG/NBD %.3f s "
        "(r %.4f, alpha %.3f, a %.4f, b %.4f)\n",
        parsed.table.size(), summaries.customers.size(), parseSeconds, summarySeconds, fitSeconds,
        fit.params.r, fit.params.alpha, fit.params.a, fit.params.b);
    return 0;
}
