#pragma once
// One analysis of customer data that lives in a PostgreSQL database, on a worker thread: the
// server computes one row per customer (database/), the engine fits the models here, and the
// result is a snapshot the customer-data page shows like the analysis of imported lines.
// Cancel asks the server to stop the query (PQcancel); the window never waits on the worker.
//
// The password is part of the request only while the job runs; nothing here stores it.
#include <QObject>

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

#include "database/postgres_customer_summaries.h"
#include "engine/customers/customer_analysis.h"
#include "gui/customer_data/customer_data_snapshot.h"

template <typename T>
class QFutureWatcher;

namespace crm::database {
class QueryCanceller;
}

namespace crm::gui::customer_data {

struct DatabaseAnalysisRequest {
    database::SummaryRequest summary;  // its conninfo holds the password
    std::string sourceText;            // "table sales" or "a query", for the page's summary
    bool stopOnBadLine = true;         // as the CSV import's "stop at the first bad line"
    customers::AnalysisOptions options;
};

enum class DatabasePhase { Idle, Connecting, Computing, Receiving, Fitting, Finished };

struct DatabaseProgress {
    DatabasePhase phase = DatabasePhase::Idle;
    std::size_t received = 0;  // customer rows received
    std::size_t total = 0;     // rows the result holds (known once the first arrives)
};

struct DatabaseOutcome {
    enum class Kind {
        Analysed,      // snapshot holds the figures
        Unreachable,   // no server answers at the address
        LoginRefused,  // the server answered but refused the user, password or database
        QueryFailed,   // a missing table or column, a query the server refuses
        BadLines,      // lines without a date or an amount, and "stop" was chosen
        NoLines,       // nothing to analyse
        Cancelled,
    };
    Kind kind = Kind::Cancelled;
    std::string message;  // plain language, never the password
    SnapshotPtr snapshot;
};

class DatabaseAnalysisJob : public QObject {
    Q_OBJECT
  public:
    explicit DatabaseAnalysisJob(QObject* parent = nullptr);
    ~DatabaseAnalysisJob() override;  // cancels a running job and waits for it

    bool start(DatabaseAnalysisRequest request);  // false while a job runs
    void cancel();
    bool isRunning() const;
    bool cancelRequested() const;
    DatabaseProgress progress() const;
    const DatabaseOutcome& outcome() const { return outcome_; }  // after finished()

  signals:
    void finished();

  private:
    DatabaseOutcome run(const DatabaseAnalysisRequest& request);  // on the worker thread

    std::unique_ptr<database::QueryCanceller> canceller_;
    std::unique_ptr<QFutureWatcher<DatabaseOutcome>> watcher_;
    std::atomic<DatabasePhase> phase_{DatabasePhase::Idle};
    std::atomic<std::size_t> received_{0}, total_{0};
    DatabaseOutcome outcome_;
};

}  // namespace crm::gui::customer_data
