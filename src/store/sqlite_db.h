#pragma once
// Thin RAII layer over the SQLite C API: a connection, prepared statements, a transaction.
// SQL text here only ever comes from constants in our code; values are always bound.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crm::store {

class Statement;

class Database {
  public:
    Database() = default;
    Database(const std::string& path, int flags);  // throws StoreError
    // A private copy of the database file at `path`, held in memory: the file's last committed
    // state, read through a read-only connection in one read transaction that lasts only as
    // long as copying the pages takes (sqlite3_serialize). The copy can be read and changed at
    // leisure; the file is never written and no lock on it is kept, so a program that has the
    // file open for writing is kept waiting for no longer than that copy. Messages name `path`.
    // Throws StoreError like the constructor; Locked when a writer kept the file busy for longer
    // than the busy timeout, ReadOnly when a crashed edit left a journal only a writer can roll
    // back.
    static Database inMemoryCopy(const std::string& path);
    ~Database();
    Database(Database&& other) noexcept
        : db_(other.db_), path_(std::move(other.path_)), groupOpen_(other.groupOpen_) {
        other.db_ = nullptr;
        other.groupOpen_ = false;
    }
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(std::string_view sql);  // for fixed statements without values
    Statement prepare(std::string_view sql);
    std::int64_t pragmaInteger(std::string_view pragma);  // "PRAGMA user_version"
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(int code, std::string_view what) const;
    void close();

    // Group commit: between beginGroup() and commitGroup() every Transaction is a savepoint
    // inside one outer transaction, so many small edits cost one set of disk flushes. Nothing
    // in the group is durable before commitGroup() returns; rollbackGroup() drops all of it.
    void beginGroup();
    void commitGroup();
    void rollbackGroup() noexcept;
    bool groupOpen() const { return groupOpen_; }

  private:
    sqlite3* db_ = nullptr;
    std::string path_;
    bool groupOpen_ = false;
};

class Statement {
  public:
    Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
        other.stmt_ = nullptr;
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bindNull(int index);
    void bind(int index, std::string_view text);
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bindOptionalText(int index, const std::string& text);  // empty -> NULL
    bool step();                                                // true while a row is available
    void run();  // step to completion, then reset for reuse
    void reset();

    bool isNull(int column) const;
    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;

  private:
    Database* db_;
    sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE on construction (a savepoint inside an open group); rolls back unless commit()
// was called.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

}  // namespace crm::store
