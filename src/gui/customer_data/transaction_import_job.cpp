#include "gui/customer_data/transaction_import_job.h"

#include <QThread>

#include <chrono>
#include <new>
#include <system_error>
#include <utility>

#include "engine/transactions/transaction_parser.h"
#include "gui/customer_data/figure_text.h"
#include "store/store_error.h"
#include "store/transactions_store.h"

namespace crm::gui::customer_data {

namespace {

using Kind = ImportOutcome::Kind;
using Clock = std::chrono::steady_clock;

constexpr double kReadingShare =
    0.25;  // of the progress bar; writing takes about three times longer

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return countText(n).toStdString() + ' ' + (n == 1 ? one : many);
}

}  // namespace

TransactionImportJob::TransactionImportJob(store::Document& document, QObject* parent)
    : QObject(parent), document_(document) {}

TransactionImportJob::~TransactionImportJob() {
    if (!thread_) return;
    cancel_ = true;
    thread_->wait();
    delete thread_;
}

bool TransactionImportJob::start(ImportRequest request) {
    if (thread_) return false;
    cancel_ = false;
    outcome_ = {};
    {
        std::lock_guard lock(mutex_);
        updateProgress(ImportPhase::Reading, 0, 0, 0);
    }
    thread_ = QThread::create([this, request = std::move(request)] { run(request); });
    thread_->setObjectName(QStringLiteral("transaction import"));
    connect(thread_, &QThread::finished, this, &TransactionImportJob::onThreadFinished);
    thread_->start();
    return true;
}

void TransactionImportJob::cancel() { cancel_ = true; }

ImportProgress TransactionImportJob::progress() const {
    std::lock_guard lock(mutex_);
    ImportProgress p = progress_;
    if (p.phase != ImportPhase::Idle && p.phase != ImportPhase::Finished)
        p.phaseSeconds = static_cast<double>(nowNs() - phaseStartNs_) / 1e9;
    return p;
}

void TransactionImportJob::setProgress(ImportPhase phase, std::size_t done, std::size_t total,
                                       std::size_t rows) {
    ImportProgress snapshot;
    {
        std::lock_guard lock(mutex_);
        updateProgress(phase, done, total, rows);
        snapshot = progress_;
    }
    if (observer_ && phase != ImportPhase::Finished) observer_(snapshot);
}

void TransactionImportJob::updateProgress(ImportPhase phase, std::size_t done, std::size_t total,
                                          std::size_t rows) {
    const bool newPhase = phase != progress_.phase && !(phase == ImportPhase::Committing &&
                                                        progress_.phase == ImportPhase::Writing);
    if (newPhase) phaseStartNs_ = nowNs();
    progress_.phase = phase;
    progress_.done = done;
    progress_.total = total;
    progress_.rows = rows;
    const double part = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
    switch (phase) {
        case ImportPhase::Idle:
            progress_.fraction = 0.0;
            break;
        case ImportPhase::Reading:
            progress_.fraction = kReadingShare * part;
            break;
        case ImportPhase::Writing:
        case ImportPhase::Committing:
            progress_.fraction = kReadingShare + (1.0 - kReadingShare) * part;
            break;
        case ImportPhase::Finished:
            progress_.fraction = 1.0;
            break;
    }
}

void TransactionImportJob::run(const ImportRequest& request) {
    ImportOutcome out;
    const std::string& file = request.sourceName;
    try {
        const auto readStart = Clock::now();
        transactions::ImportResult parsed = transactions::parseTransactionsFile(
            request.path, request.options,
            [this](std::size_t bytesDone, std::size_t bytesTotal, std::size_t rows) {
                setProgress(ImportPhase::Reading, bytesDone, bytesTotal, rows);
                return !cancel_.load();
            });
        out.readSeconds = secondsSince(readStart);
        out.stats = parsed.stats;
        out.errors = std::move(parsed.errors);
        out.noCustomerLines = std::move(parsed.noCustomerLines);
        switch (parsed.status) {
            case transactions::ImportStatus::Ok:
                break;
            case transactions::ImportStatus::Cancelled:
                out.kind = Kind::Cancelled;
                out.message = "Import of " + file + " cancelled: nothing was imported.";
                break;
            case transactions::ImportStatus::StoppedOnError:
                out.kind = Kind::StoppedOnError;
                out.message = file + ": " +
                              (out.errors.empty() ? std::string("a bad line")
                                                  : out.errors.front().describe()) +
                              ". Nothing was imported; fix the line, or choose to skip bad lines.";
                break;
            case transactions::ImportStatus::InvalidSetup:
                out.kind = Kind::Failed;
                out.message = file + ": " + parsed.message + ". Nothing was imported.";
                break;
        }
        if (parsed.status == transactions::ImportStatus::Ok && parsed.table.size() == 0) {
            out.kind = Kind::NothingToImport;
            out.message = file + ": no line could be imported (" +
                          plural(out.stats.skippedBad, "bad line", "bad lines") + ", " +
                          plural(out.stats.skippedNoCustomer, "line", "lines") +
                          " without a customer id). The document is unchanged.";
        } else if (parsed.status == transactions::ImportStatus::Ok && cancel_.load()) {
            out.kind = Kind::Cancelled;
            out.message = "Import of " + file + " cancelled: nothing was imported.";
        } else if (parsed.status == transactions::ImportStatus::Ok) {
            const std::size_t lines = parsed.table.size();
            setProgress(ImportPhase::Writing, 0, lines, 0);
            const auto writeStart = Clock::now();
            store::TransactionImportInfo info;
            info.sourceName = file;
            info.mappingJson = store::transactionMappingJson(request.options);
            info.stats = parsed.stats;
            store::StoreTransactionsOptions options;
            options.replaceExisting = request.replaceExisting;
            options.progress = [this](std::size_t done, std::size_t total) {
                if (cancel_.load()) return false;
                setProgress(done == total ? ImportPhase::Committing : ImportPhase::Writing, done,
                            total, done);
                return true;
            };
            const store::StoreTransactionsResult stored =
                store::storeTransactions(document_, parsed.table, info, options);
            out.writeSeconds = secondsSince(writeStart);
            if (stored.cancelled) {
                out.kind = Kind::Cancelled;
                out.message = "Import of " + file + " cancelled: nothing was imported.";
            } else {
                out.kind = Kind::Imported;
                out.importId = stored.importId;
                out.stats.imported = stored.lines;
                out.message =
                    "Imported " + plural(stored.lines, "line", "lines") + " from " + file + '.';
            }
        }
    } catch (const store::StoreError& e) {
        out.kind = Kind::Failed;
        out.message =
            "Cannot import " + file + " into the document: " + e.what() + ". Nothing was imported.";
    } catch (const std::system_error& e) {
        out.kind = Kind::Failed;
        const std::string what = e.what();
        out.message = (what.find(request.path) == std::string::npos ? file + ": " + what : what) +
                      ". Nothing was imported.";
    } catch (const std::bad_alloc&) {
        out.kind = Kind::Failed;
        out.message = file + ": not enough memory to import this file. Nothing was imported.";
    } catch (const std::exception& e) {
        out.kind = Kind::Failed;
        out.message = file + ": " + e.what() + ". Nothing was imported.";
    }
    outcome_ = std::move(out);
    setProgress(ImportPhase::Finished, 0, 0, outcome_.stats.imported);
}

void TransactionImportJob::onThreadFinished() {
    if (!thread_) return;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    emit finished();
}

}  // namespace crm::gui::customer_data
