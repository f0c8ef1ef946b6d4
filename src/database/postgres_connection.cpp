#include "database/postgres_connection.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <string_view>

namespace crm::database {

namespace {

std::string trimmed(const char* text) {
    std::string_view v = text ? text : "";
    while (!v.empty() && (v.back() == '\n' || v.back() == ' ')) v.remove_suffix(1);
    return std::string(v);
}

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// The server's own words, with its hint when it gives one.
DatabaseError queryError(const PGresult* r, PGconn* conn) {
    const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message = primary ? primary : trimmed(PQerrorMessage(conn));
    if (const char* hint = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_HINT) : nullptr)
        message += fmt::format(" ({})", hint);
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    return DatabaseError(DatabaseErrorKind::Query, message, true, state ? state : "");
}

// A value of a connection string: quoted, with quotes and backslashes escaped.
std::string quotedValue(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    return out + "'";
}

}  // namespace

std::string connectionString(const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string out;
    for (const auto& [keyword, value] : fields) {
        if (value.empty()) continue;
        if (!out.empty()) out += ' ';
        out += keyword + '=' + quotedValue(value);
    }
    return out;
}

QueryCanceller::~QueryCanceller() { detach(); }

void QueryCanceller::cancel() {
    cancelled_ = true;
    const std::lock_guard lock(mutex_);
    if (!handle_) return;
    char reason[256];
    PQcancel(static_cast<PGcancel*>(handle_), reason, sizeof reason);  // best effort
}

void QueryCanceller::attach(void* cancelHandle) {
    {
        const std::lock_guard lock(mutex_);
        if (handle_) PQfreeCancel(static_cast<PGcancel*>(handle_));
        handle_ = cancelHandle;
    }
    if (cancelled_) cancel();  // asked before the statement was sent
}

void QueryCanceller::detach() {
    const std::lock_guard lock(mutex_);
    if (handle_) PQfreeCancel(static_cast<PGcancel*>(handle_));
    handle_ = nullptr;
}

struct PostgresConnection::Handle {
    PGconn* conn = nullptr;
    ~Handle() { PQfinish(conn); }
};

PostgresConnection::PostgresConnection(const std::string& conninfo)
    : handle_(std::make_unique<Handle>()) {
    handle_->conn = PQconnectdb(conninfo.c_str());
    if (!handle_->conn) throw DatabaseError(DatabaseErrorKind::Connection, "out of memory");
    if (PQstatus(handle_->conn) != CONNECTION_OK) {
        // Whether a server answered at all: a refused login differs from no server.
        const bool answered = PQping(conninfo.c_str()) != PQPING_NO_RESPONSE;
        throw DatabaseError(DatabaseErrorKind::Connection, trimmed(PQerrorMessage(handle_->conn)),
                            answered);
    }
}

PostgresConnection::~PostgresConnection() = default;

std::string PostgresConnection::describe() const {
    const char* host = PQhost(handle_->conn);
    return fmt::format("database {} on {}", PQdb(handle_->conn),
                       host && *host ? host : "the local server");
}

std::string PostgresConnection::quoteIdentifier(const std::string& name) const {
    char* quoted = PQescapeIdentifier(handle_->conn, name.data(), name.size());
    if (!quoted)
        throw DatabaseError(DatabaseErrorKind::Query,
                            fmt::format("the name \"{}\" cannot be used: {}", name,
                                        trimmed(PQerrorMessage(handle_->conn))));
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

void PostgresConnection::streamRows(const std::string& sql,
                                    const std::vector<std::optional<std::string>>& params,
                                    const std::function<void(const ResultRow&)>& onRow,
                                    QueryCanceller* canceller) {
    PGconn* conn = handle_->conn;
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    if (!PQsendQueryParams(conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0))
        throw queryError(nullptr, conn);
    // Row by row: libpq would otherwise hold the whole result (a million customers) at once.
    PQsetSingleRowMode(conn);
    struct Detach {
        QueryCanceller* canceller;
        ~Detach() {
            if (canceller) canceller->detach();
        }
    } detach{canceller};
    if (canceller) canceller->attach(PQgetCancel(conn));
    // What onRow throws leaves the loop; the connection is then closed by its owner.
    std::optional<DatabaseError> failure;
    ResultRow row;
    while (Result r{PQgetResult(conn)}) {  // read to the end even after a failure
        const ExecStatusType status = PQresultStatus(r.get());
        if (status == PGRES_SINGLE_TUPLE) {
            const int fields = PQnfields(r.get());
            row.assign(static_cast<std::size_t>(fields), std::nullopt);
            for (int f = 0; f < fields; ++f)
                if (!PQgetisnull(r.get(), 0, f))
                    row[static_cast<std::size_t>(f)] =
                        std::string_view(PQgetvalue(r.get(), 0, f),
                                         static_cast<std::size_t>(PQgetlength(r.get(), 0, f)));
            onRow(row);
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && !failure) {
            failure = queryError(r.get(), conn);
        }
    }
    if (failure) throw *failure;
}

std::vector<std::string> PostgresConnection::columnNames(const std::string& sql) {
    PGconn* conn = handle_->conn;
    // PQexecParams, not PQexec: one statement only, whatever the text holds.
    const std::string limited = fmt::format("SELECT * FROM ({}) AS source_rows LIMIT 0", sql);
    const Result r{PQexecParams(conn, limited.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0)};
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) throw queryError(r.get(), conn);
    std::vector<std::string> names;
    for (int f = 0; f < PQnfields(r.get()); ++f) names.emplace_back(PQfname(r.get(), f));
    return names;
}

}  // namespace crm::database
