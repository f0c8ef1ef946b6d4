// Times the transaction import on a file: scanning alone, then scan + parse into the
// table, best of several runs (thread CPU time), plus peak RSS. Not part of ctest.
//
// usage: bench_transactions FILE.csv [runs]   (the file from generate_transactions.py)
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "engine/transactions/csv_scanner.h"
#include "engine/transactions/transaction_parser.h"
#include "platform/mapped_file.h"

using namespace crm::transactions;
namespace {
// CPU time of this thread: on a shared 2-core machine wall time mostly measures the
// neighbours; this measures the work. (Wall time of the whole program: hyperfine.)
struct Clock {
    using time_point = double;
    static double now() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    }
};
double msSince(double start) { return Clock::now() - start; }
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.csv [runs]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const crm::platform::MappedFile file(argv[1]);
    const std::string_view buffer = file.view();

    ImportOptions options;
    options.onError = OnError::Skip;
    options.mapping.order = ColumnRef::byName("order_id");
    options.mapping.customer = ColumnRef::byName("customer_id");
    options.mapping.date = ColumnRef::byName("date");
    options.mapping.quantity = ColumnRef::byName("quantity");
    options.mapping.amount = ColumnRef::byName("amount");
    options.mapping.cost = ColumnRef::byName("cost");
    options.mapping.segment = ColumnRef::byName("segment");

    ImportOptions minimal;  // customer, date, amount only: the least a user maps
    minimal.onError = OnError::Skip;
    minimal.mapping.customer = options.mapping.customer;
    minimal.mapping.date = options.mapping.date;
    minimal.mapping.amount = options.mapping.amount;

    double bestScan = 1e300, bestParse = 1e300, bestMinimal = 1e300;
    std::size_t records = 0, fields = 0;
    ImportResult result;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        CsvScanner scanner(buffer, Delimiter::Comma);
        CsvRecord record;
        records = fields = 0;
        while (scanner.next(record)) {
            ++records;
            fields += record.fields.size();
        }
        bestScan = std::min(bestScan, msSince(start));

        result = ImportResult{};  // one table at a time, and freeing it is not timed
        start = Clock::now();
        result = parseTransactions(buffer, minimal);
        bestMinimal = std::min(bestMinimal, msSince(start));

        result = ImportResult{};
        start = Clock::now();
        result = parseTransactions(buffer, options);
        bestParse = std::min(bestParse, msSince(start));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double mb = static_cast<double>(buffer.size()) / 1e6;
    std::printf("file: %.1f MB, %zu records, %zu fields\n", mb, records, fields);
    std::printf("scan only:                          %7.1f ms  (%.0f MB/s)  best of %d\n", bestScan,
                mb / bestScan * 1e3, runs);
    std::printf("scan + parse, customer/date/amount: %7.1f ms  (%.0f MB/s)  best of %d\n",
                bestMinimal, mb / bestMinimal * 1e3, runs);
    std::printf("scan + parse, all 7 columns:        %7.1f ms  (%.0f MB/s)  best of %d\n",
                bestParse, mb / bestParse * 1e3, runs);
    std::printf(
        "rows read %zu, imported %zu, bad %zu, no customer %zu, customers %zu, orders %zu\n",
        result.stats.rowsRead, result.stats.imported, result.stats.skippedBad,
        result.stats.skippedNoCustomer, result.table.customerIds.size(),
        result.table.orderIds.size());
    std::printf("peak RSS: %.1f MB (the mapped file counts once its pages are read)\n",
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    for (const auto& e : result.errors) std::printf("  %s\n", e.describe().c_str());
    return result.ok() ? 0 : 1;
}
