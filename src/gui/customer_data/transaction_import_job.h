#pragma once
// One transaction import on a worker thread: parse the CSV (engine), then write the lines
// into the document (store) in one SQLite transaction. Cancel at any point, an error or a
// crash leaves the document exactly as it was; the thread reports where it is through a
// progress snapshot the dialog polls, so the window never waits on it.
//
// While the job runs it is the only user of the document's database connection (opened
// without SQLite's mutex): the dialog that owns it is modal, and nothing else may touch
// the document until finished() is emitted.
#include <QObject>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/import_result.h"

class QThread;

namespace crm::store {
class Document;
}

namespace crm::gui::customer_data {

struct ImportRequest {
    std::string path;        // the CSV file
    std::string sourceName;  // the name shown and stored (the file name)
    transactions::ImportOptions options;
    bool replaceExisting = false;  // delete the document's earlier imports in the same transaction
};

enum class ImportPhase { Idle, Reading, Writing, Committing, Finished };

struct ImportProgress {
    ImportPhase phase = ImportPhase::Idle;
    std::size_t done = 0;  // bytes while reading, lines while writing
    std::size_t total = 0;
    std::size_t rows = 0;       // records read, or lines written
    double phaseSeconds = 0.0;  // time spent in this phase so far
    double fraction = 0.0;      // of the whole job, 0..1 (reading counts for a quarter)
    double rowsPerSecond() const {
        return phaseSeconds > 0.0 ? static_cast<double>(rows) / phaseSeconds : 0.0;
    }
};

struct ImportOutcome {
    enum class Kind {
        Imported,         // the lines are in the document (importId)
        StoppedOnError,   // stop mode met a bad line; nothing imported
        Cancelled,        // the user cancelled; nothing imported
        NothingToImport,  // no good line in the file; nothing imported
        Failed,           // the file or the document could not be used; nothing imported
    };
    Kind kind = Kind::Failed;
    std::string message;  // plain language, names the file
    transactions::ImportStats stats;
    std::vector<transactions::LineError> errors;  // capped at ImportOptions::maxListedErrors
    std::vector<std::size_t> noCustomerLines;     // capped likewise
    std::int64_t importId = 0;
    double readSeconds = 0.0;
    double writeSeconds = 0.0;  // including the commit
};

class TransactionImportJob : public QObject {
    Q_OBJECT
  public:
    TransactionImportJob(store::Document& document, QObject* parent = nullptr);
    ~TransactionImportJob() override;  // cancels a running import and waits for it

    bool start(ImportRequest request);  // false while a job is running
    void cancel();                      // asks the worker to stop at its next progress point
    bool isRunning() const { return thread_ != nullptr; }
    bool cancelRequested() const { return cancel_.load(); }

    ImportProgress progress() const;  // any time, from the GUI thread
    // Called on the worker thread at every progress point (every 64k lines); set before start().
    // For tests and diagnostics: it may call cancel(), nothing else of the job.
    void setWorkerObserver(std::function<void(const ImportProgress&)> observer) {
        observer_ = std::move(observer);
    }
    const ImportOutcome& outcome() const { return outcome_; }  // after finished()

  signals:
    void finished();

  private:
    void run(const ImportRequest& request);  // on the worker thread
    void setProgress(ImportPhase phase, std::size_t done, std::size_t total, std::size_t rows);
    void updateProgress(ImportPhase phase, std::size_t done, std::size_t total,
                        std::size_t rows);  // mutex_ held
    void onThreadFinished();

    store::Document& document_;
    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
    mutable std::mutex mutex_;
    ImportProgress progress_;        // guarded by mutex_
    std::int64_t phaseStartNs_ = 0;  // guarded by mutex_
    ImportOutcome outcome_;          // written by the worker, read after finished()
    std::function<void(const ImportProgress&)> observer_;
};

}  // namespace crm::gui::customer_data
