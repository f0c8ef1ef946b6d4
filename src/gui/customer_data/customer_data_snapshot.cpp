#include "gui/customer_data/customer_data_snapshot.h"

#include <chrono>
#include <exception>
#include <new>
#include <stdexcept>

#include "engine/customers/analysis_settings.h"
#include "engine/customers/lifetime_value_totals.h"
#include "store/document.h"
#include "store/transaction_reader.h"

namespace crm::gui::customer_data {

const std::string& CustomerDataSnapshot::customerIdAt(std::size_t position) const {
    return customerIds[analysis.summaries.customers[position].customer];
}

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::shared_ptr<CustomerDataSnapshot> analyze(transactions::TransactionTable table,
                                              std::vector<store::TransactionImportRecord> imports,
                                              const customers::AnalysisOptions& options) {
    auto s = std::make_shared<CustomerDataSnapshot>();
    s->imports = std::move(imports);
    s->options = options;
    // A stored calibration end outside the lines' dates gives no holdout check, not an error.
    s->options.calibrationEnd = customers::calibrationEndWithin(table, options.calibrationEnd);
    s->lines = table.size();
    s->hasCost = table.hasCost;
    s->hasSegment = table.hasSegment;
    if (s->lines > 0) {
        const auto start = Clock::now();
        try {
            s->analysis = customers::analyzeCustomers(table, s->options);
        } catch (const std::bad_alloc&) {
            s->error =
                "not enough memory to analyse " + std::to_string(s->lines) + " transaction lines";
        } catch (const std::exception& e) {
            s->error = std::string("the transaction lines cannot be analysed: ") + e.what();
        }
        s->analysisSeconds = secondsSince(start);
        if (s->error.empty())
            s->byLifetimeValue =
                customers::positionsByLifetimeValue(s->analysis, table.customerIds);
    }
    s->customerIds = std::move(table.customerIds);
    s->segmentNames = std::move(table.segmentNames);
    return s;
}
}  // namespace

customers::AnalysisOptions analysisOptionsOf(store::Document& document) {
    // The day of a calibration end is checked against the lines once they are read.
    customers::AnalysisOptions options =
        customers::analysisOptionsFrom(document.assessment().customerAnalysis, nullptr);
    try {
        options.churnThreshold =
            document.assessment().profile.value("customers.churn_risk_p_alive");
    } catch (const std::out_of_range&) {
        // an older profile without the key: the engine's default threshold applies
    }
    return options;
}

SnapshotPtr analyzeCustomerData(transactions::TransactionTable table,
                                std::vector<store::TransactionImportRecord> imports,
                                const customers::AnalysisOptions& options) {
    return analyze(std::move(table), std::move(imports), options);
}

SnapshotPtr loadCustomerData(const std::string& documentPath,
                             const customers::AnalysisOptions& options) {
    const auto start = Clock::now();
    store::StoredTransactions stored;
    try {
        stored = store::readStoredTransactions(documentPath);
    } catch (const std::exception& e) {
        auto s = std::make_shared<CustomerDataSnapshot>();
        s->options = options;
        s->error = std::string("the transaction lines cannot be read: ") + e.what();
        return s;
    }
    const double loadSeconds = secondsSince(start);
    auto s = analyze(std::move(stored.lines), std::move(stored.imports), options);
    s->loadSeconds = loadSeconds;
    return s;
}

}  // namespace crm::gui::customer_data
