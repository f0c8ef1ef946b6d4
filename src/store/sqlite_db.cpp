#include "store/sqlite_db.h"

#include <fmt/format.h>

#include <memory>

#include "store/store_error.h"

namespace crm::store {

namespace {
constexpr int kReaderBusyTimeoutMs = 10000;

StoreErrorKind kindOf(int code) {
    switch (code & 0xff) {
        case SQLITE_NOTADB:
            return StoreErrorKind::NotOurs;
        case SQLITE_CORRUPT:
            return StoreErrorKind::Corrupt;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StoreErrorKind::Locked;
        case SQLITE_READONLY:
            return StoreErrorKind::ReadOnly;
        default:
            return StoreErrorKind::Io;
    }
}
}  // namespace

Database::Database(const std::string& path, int flags) : path_(path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(kindOf(rc), fmt::format("{}: cannot open: {}", path, message));
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 2000);
}

Database Database::inMemoryCopy(const std::string& path) {
    struct Free {
        void operator()(unsigned char* p) const { sqlite3_free(p); }
    };
    sqlite3_int64 size = 0;
    std::unique_ptr<unsigned char, Free> bytes;
    {
        Database file(path, SQLITE_OPEN_READONLY);
        // A reader that waits costs only its own time, so it waits longer for a writer's
        // commit than a writer waits for readers (the default timeout of every connection).
        sqlite3_busy_timeout(file.handle(), kReaderBusyTimeoutMs);
        // BEGIN takes no lock; the first read takes SQLite's shared lock (waiting out a writer's
        // commit with the busy timeout) and keeps it until COMMIT, so serialize copies the pages
        // of one committed state. Unreadable pages come out as zeros (the caller's integrity
        // check finds them).
        file.execute("BEGIN");
        file.pragmaInteger("SELECT count(*) FROM sqlite_schema");
        bytes.reset(sqlite3_serialize(file.handle(), "main", &size, 0));
        file.execute("COMMIT");
        if (!bytes)
            throw StoreError(StoreErrorKind::Io,
                             fmt::format("{}: cannot read the document into memory", path));
    }
    Database copy;
    copy.path_ = path;
    int rc = sqlite3_open_v2(":memory:", &copy.db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) copy.fail(rc, "cannot hold a copy of the document in memory");
    // The connection owns the bytes from here on, also when deserialize fails.
    rc = sqlite3_deserialize(copy.db_, "main", bytes.release(), size, size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) copy.fail(rc, "cannot hold a copy of the document in memory");
    sqlite3_extended_result_codes(copy.db_, 1);
    return copy;
}

Database::~Database() { close(); }

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = other.db_;
        path_ = std::move(other.path_);
        groupOpen_ = other.groupOpen_;
        other.db_ = nullptr;
        other.groupOpen_ = false;
    }
    return *this;
}

void Database::close() {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
    groupOpen_ = false;
}

void Database::beginGroup() {
    if (groupOpen_) return;
    execute("BEGIN IMMEDIATE");
    groupOpen_ = true;
}

void Database::commitGroup() {
    if (!groupOpen_) return;
    execute("COMMIT");
    groupOpen_ = false;
}

void Database::rollbackGroup() noexcept {
    if (!groupOpen_) return;
    if (db_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    groupOpen_ = false;
}

void Database::fail(int code, std::string_view what) const {
    const char* detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    if ((code & 0xff) == SQLITE_FULL) detail = "the disk is full";
    throw StoreError(kindOf(code), fmt::format("{}: {}: {}", path_, what, detail));
}

void Database::execute(std::string_view sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error);
    if (error) sqlite3_free(error);
    if (rc != SQLITE_OK) fail(rc, "cannot run a database command");
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) fail(rc, "cannot prepare a database statement");
    return Statement(*this, stmt);
}

std::int64_t Database::pragmaInteger(std::string_view pragma) {
    Statement st = prepare(pragma);
    return st.step() ? st.integer(0) : 0;
}

void Statement::bindNull(int index) { sqlite3_bind_null(stmt_, index); }
void Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void Statement::bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
void Statement::bind(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
void Statement::bindOptionalText(int index, const std::string& text) {
    if (text.empty())
        bindNull(index);
    else
        bind(index, text);
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    db_->fail(rc, "cannot read or write the document");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string{};
}
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

Transaction::Transaction(Database& db) : db_(db), nested_(db.groupOpen()) {
    db_.execute(nested_ ? "SAVEPOINT edit" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_) return;
    // A failed edit inside a group undoes only itself; the group's other edits stay.
    if (nested_)
        sqlite3_exec(db_.handle(), "ROLLBACK TO edit; RELEASE edit", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.execute(nested_ ? "RELEASE edit" : "COMMIT");
    done_ = true;
}

}  // namespace crm::store
