#pragma once
// A connection to a PostgreSQL server through libpq, and the two ways it fails. The connection
// string is never part of a message: it may hold a password.
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace crm::database {

enum class DatabaseErrorKind {
    Connection,  // no server, wrong database, refused login
    Query,       // the server refused or failed the query (missing table or column, bad value)
};

class DatabaseError : public std::runtime_error {
  public:
    DatabaseError(DatabaseErrorKind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    DatabaseErrorKind kind() const { return kind_; }

  private:
    DatabaseErrorKind kind_;
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
    // (Query) when the server refuses it, or what onRow throws.
    void streamRows(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                    const std::function<void(const ResultRow&)>& onRow);

  private:
    struct Handle;
    std::unique_ptr<Handle> handle_;
};

}  // namespace crm::database
