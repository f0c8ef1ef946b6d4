#pragma once
// A connection to a PostgreSQL server through libpq, and the two ways it fails. The connection
// string is never part of a message: it may hold a password.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace crm::database {

enum class DatabaseErrorKind {
    Connection,  // no server, wrong database, refused login
    Query,       // the server refused or failed the query (missing table or column, bad value)
};

class DatabaseError : public std::runtime_error {
  public:
    DatabaseError(DatabaseErrorKind kind, const std::string& message, bool serverAnswered = true,
                  std::string sqlState = {})
        : std::runtime_error(message),
          kind_(kind),
          serverAnswered_(serverAnswered),
          sqlState_(std::move(sqlState)) {}
    DatabaseErrorKind kind() const { return kind_; }
    // False when no server answered at the address (a Connection error that is not a refused
    // login or a missing database).
    bool serverAnswered() const { return serverAnswered_; }
    const std::string& sqlState() const { return sqlState_; }  // the server's code, or ""

  private:
    DatabaseErrorKind kind_;
    bool serverAnswered_;
    std::string sqlState_;
};

// A libpq connection string from keyword/value pairs ("host", "port", "dbname", "user",
// "password", "connect_timeout"...), each value quoted; empty values are left out.
std::string connectionString(const std::vector<std::pair<std::string, std::string>>& fields);

// Stops a running statement from another thread: asks the server to cancel it (PQcancel).
// Cancelling before the statement starts stops it as soon as it is sent.
class QueryCanceller {
  public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller&) = delete;
    QueryCanceller& operator=(const QueryCanceller&) = delete;

    void cancel();  // any thread, any time
    bool cancelled() const { return cancelled_.load(); }

  private:
    friend class PostgresConnection;
    void attach(void* cancelHandle);  // a PGcancel*, owned from then on
    void detach();
    std::atomic<bool> cancelled_{false};
    std::mutex mutex_;
    void* handle_ = nullptr;  // guarded by mutex_
};

// One result row as text fields; a NULL field is nullopt.
using ResultRow = std::vector<std::optional<std::string_view>>;

class PostgresConnection {
  public:
    // Throws DatabaseError (Connection).
    explicit PostgresConnection(const std::string& conninfo);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    // "database D on H" (the server's own names, no password).
    std::string describe() const;
    // The name as a quoted SQL identifier (PQescapeIdentifier), safe to put in a query.
    std::string quoteIdentifier(const std::string& name) const;
    // Runs one statement with text parameters (nullopt = NULL) and hands each result row to
    // onRow as it arrives, so a large result never sits whole in memory. Throws DatabaseError
    // (Query) when the server refuses it (or a canceller stopped it), or what onRow throws.
    void streamRows(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                    const std::function<void(const ResultRow&)>& onRow,
                    QueryCanceller* canceller = nullptr);
    // The names of the columns the SELECT `sql` returns, without running it to the end
    // (LIMIT 0). Throws DatabaseError (Query) when the server refuses it (a missing table:
    // sqlState() "42P01").
    std::vector<std::string> columnNames(const std::string& sql);

  private:
    struct Handle;
    std::unique_ptr<Handle> handle_;
};

}  // namespace crm::database
