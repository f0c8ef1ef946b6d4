#include "gui/customer_data/database_analysis_job.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <new>
#include <stdexcept>

#include "database/postgres_connection.h"
#include "engine/customers/lifetime_value_totals.h"

namespace crm::gui::customer_data {

namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// libpq's words start with where it tried ("connection to server at ... failed: FATAL: "):
// the reason is what follows.
std::string reasonOf(const std::string& libpqMessage) {
    for (const char* marker : {"FATAL:  ", "failed: "}) {
        const auto at = libpqMessage.rfind(marker);
        if (at != std::string::npos) return libpqMessage.substr(at + std::string(marker).size());
    }
    return libpqMessage;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

DatabaseAnalysisJob::DatabaseAnalysisJob(QObject* parent)
    : QObject(parent),
      canceller_(std::make_unique<database::QueryCanceller>()),
      watcher_(std::make_unique<QFutureWatcher<DatabaseOutcome>>()) {
    connect(watcher_.get(), &QFutureWatcher<DatabaseOutcome>::finished, this, [this] {
        outcome_ = watcher_->result();
        phase_ = DatabasePhase::Finished;
        emit finished();
    });
}

DatabaseAnalysisJob::~DatabaseAnalysisJob() {
    if (!isRunning()) return;
    canceller_->cancel();
    watcher_->waitForFinished();
}

bool DatabaseAnalysisJob::start(DatabaseAnalysisRequest request) {
    if (isRunning()) return false;
    canceller_ = std::make_unique<database::QueryCanceller>();
    outcome_ = {};
    received_ = 0;
    total_ = 0;
    phase_ = DatabasePhase::Connecting;
    watcher_->setFuture(
        QtConcurrent::run([this, request = std::move(request)] { return run(request); }));
    return true;
}

void DatabaseAnalysisJob::cancel() {
    if (isRunning()) canceller_->cancel();
}

bool DatabaseAnalysisJob::isRunning() const { return watcher_->isRunning(); }

bool DatabaseAnalysisJob::cancelRequested() const { return canceller_->cancelled(); }

DatabaseProgress DatabaseAnalysisJob::progress() const {
    return {phase_.load(), received_.load(), total_.load()};
}

DatabaseOutcome DatabaseAnalysisJob::run(const DatabaseAnalysisRequest& request) {
    using Kind = DatabaseOutcome::Kind;
    DatabaseOutcome out;
    const auto start = Clock::now();
    database::FetchControl control;
    control.canceller = canceller_.get();
    control.onRows = [this](std::size_t received, std::size_t total) {
        phase_ = total == 0 ? DatabasePhase::Computing : DatabasePhase::Receiving;
        received_ = received;
        total_ = total;
    };
    database::DatabaseSummaries fetched;
    try {
        fetched = database::fetchCustomerSummaries(request.summary, control);
    } catch (const database::DatabaseError& e) {
        if (canceller_->cancelled())
            return {Kind::Cancelled, "Cancelled: nothing was analysed.", {}};
        if (e.kind() == database::DatabaseErrorKind::Query)
            return {Kind::QueryFailed,
                    std::string("The database did not compute the summary: ") + e.what() + ".",
                    {}};
        if (!e.serverAnswered())
            return {Kind::Unreachable,
                    "No database server answers at this address: " + reasonOf(e.what()) +
                        ". Check the host and the port, and that the server runs.",
                    {}};
        return {Kind::LoginRefused,
                "The server refused the connection: " + reasonOf(e.what()) +
                    ". Check the user, the password and the database name.",
                {}};
    } catch (const std::invalid_argument& e) {
        return {Kind::QueryFailed, e.what(), {}};
    }
    if (canceller_->cancelled()) return {Kind::Cancelled, "Cancelled: nothing was analysed.", {}};
    if (fetched.badLines > 0 && request.stopOnBadLine)
        return {Kind::BadLines,
                plural(fetched.badLines, "line lacks", "lines lack") +
                    " a date, an amount, a quantity or a cost; nothing was analysed (choose "
                    "\"Skip bad lines\" to leave them out).",
                {}};
    if (fetched.goodLines == 0)
        return {Kind::NoLines, "The " + request.sourceText + " holds no transaction lines.", {}};
    const double loadSeconds = secondsSince(start);

    phase_ = DatabasePhase::Fitting;
    auto s = std::make_shared<CustomerDataSnapshot>();
    s->options = request.options;
    s->lines = fetched.goodLines;
    s->hasCost = fetched.summaries.hasCost;
    s->databaseSource = fetched.description + ", " + request.sourceText;
    s->databaseRows = {fetched.rowsRead, fetched.goodLines, fetched.badLines,
                       fetched.noCustomerLines};
    s->loadSeconds = loadSeconds;
    const auto fitStart = Clock::now();
    try {
        customers::CustomerAnalysis partial;
        partial.summaries = std::move(fetched.summaries);
        partial.firstDay = fetched.firstDay;
        partial.lastDay = fetched.lastDay;
        // As for imported lines: a calibration end outside the lines' dates gives no holdout
        // check, not an error.
        const auto& end = request.options.calibrationEnd;
        if (end && !(fetched.firstDay && *fetched.firstDay <= *end && fetched.lastDay &&
                     *end < *fetched.lastDay))
            s->options.calibrationEnd.reset();
        s->analysis = customers::analyzeCustomerSummaries(
            std::move(partial), fetched.dictionaries, s->options,
            s->options.calibrationEnd && fetched.holdout ? &*fetched.holdout : nullptr);
        s->byLifetimeValue =
            customers::positionsByLifetimeValue(s->analysis, fetched.dictionaries.customerIds);
    } catch (const std::bad_alloc&) {
        s->error = "not enough memory to analyse " + plural(s->lines, "line", "lines");
    } catch (const std::exception& e) {
        s->error = std::string("the customer summaries cannot be analysed: ") + e.what();
    }
    s->analysisSeconds = secondsSince(fitStart);
    s->customerIds = std::move(fetched.dictionaries.customerIds);
    out.kind = Kind::Analysed;
    out.snapshot = std::move(s);
    return out;
}

}  // namespace crm::gui::customer_data
