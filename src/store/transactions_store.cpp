#include "store/transactions_store.h"

#include <date/date.h>
#include <fmt/format.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "engine/transactions/string_interner.h"
#include "store/store_error.h"

namespace crm::store {

using transactions::TransactionTable;

namespace {

constexpr std::size_t kProgressEvery = 65536;  // a multiple of kRowsPerInsert
constexpr int kRowsPerInsert = 64;
constexpr int kParams = 8;  // bound values per line (the import id is a literal)
// Page cache while a large import is written: the new pages stay in memory until COMMIT
// instead of spilling to the file mid-transaction (measured in bench/import/README.md).
constexpr int kImportCacheKiB = 65536;

// A prepared statement on the raw C API: the insert loop binds text without copying it
// (SQLITE_STATIC: the strings live in the table for the whole statement) and keeps the
// bindings that do not change between rows.
class RawStatement {
  public:
    RawStatement(Database& db, std::string_view sql) : db_(db) {
        const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                          &stmt_, nullptr);
        if (rc != SQLITE_OK) db.fail(rc, "cannot prepare a database statement");
    }
    ~RawStatement() { sqlite3_finalize(stmt_); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    sqlite3_stmt* get() const { return stmt_; }
    void text(int index, const std::string& value) {
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_STATIC);
    }
    void integer(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
    void null(int index) { sqlite3_bind_null(stmt_, index); }
    // Runs an INSERT/DELETE and resets it, keeping the bindings.
    void run() {
        const int rc = sqlite3_step(stmt_);
        sqlite3_reset(stmt_);
        if (rc != SQLITE_DONE) db_.fail(rc, "cannot write the transaction lines");
    }
    bool row() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        db_.fail(rc, "cannot read the transaction lines");
    }

  private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Sets a pragma (cache_size, foreign_keys, ignore_check_constraints) for the duration of an
// import and puts the previous value back.
class PragmaGuard {
  public:
    PragmaGuard(Database& db, const char* name, std::int64_t value)
        : db_(db), name_(name), previous_(db.pragmaInteger(fmt::format("PRAGMA {}", name))) {
        if (previous_ != value) db_.execute(fmt::format("PRAGMA {} = {}", name_, value));
    }
    ~PragmaGuard() {
        const std::string sql = fmt::format("PRAGMA {} = {}", name_, previous_);
        sqlite3_exec(db_.handle(), sql.c_str(), nullptr, nullptr, nullptr);
    }
    PragmaGuard(const PragmaGuard&) = delete;
    PragmaGuard& operator=(const PragmaGuard&) = delete;

  private:
    Database& db_;
    const char* name_;
    std::int64_t previous_;
};

// INSERT INTO transaction_line (...) VALUES (ID, ?, ?, ?, ?, ?, ?, ?, ?), ... `rows` times.
std::string insertSql(std::int64_t importId, int rows) {
    std::string sql =
        "INSERT INTO transaction_line (import_id, customer_id, day, amount, cost, quantity_sign, "
        "order_id, segment, "
        "source_line) VALUES ";
    for (int k = 0; k < rows; ++k)
        sql += fmt::format("{}({}, ?, ?, ?, ?, ?, ?, ?, ?)", k ? ", " : "", importId);
    return sql;
}

std::string utcNow() {  // date, not gmtime_r: that one is POSIX only
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%Y-%m-%dT%H:%M:%SZ", now);
}

[[noreturn]] void invalidTable(const std::string& what) {
    throw StoreError(StoreErrorKind::InvalidInput, "cannot store the transaction lines: " + what);
}

// Everything a write could trip over later is checked before the first byte is written.
void checkTable(const TransactionTable& t) {
    const std::size_t n = t.customer.size();
    if (t.day.size() != n || t.amount.size() != n || t.cost.size() != n ||
        t.quantitySign.size() != n || t.segment.size() != n || t.order.size() != n ||
        t.sourceLine.size() != n)
        invalidTable("the table's columns have different lengths");
    for (std::size_t i = 0; i < n; ++i) {
        if (t.customer[i] >= t.customerIds.size())
            invalidTable(fmt::format("line {}: unknown customer index", i));
        if (t.quantitySign[i] < -1 || t.quantitySign[i] > 1)
            invalidTable(
                fmt::format("line {}: quantity sign {} is not -1, 0 or 1", i, t.quantitySign[i]));
        if (t.hasSegment && t.segment[i] >= t.segmentNames.size())
            invalidTable(fmt::format("line {}: unknown segment index", i));
        if (t.hasOrder && t.order[i] >= t.orderIds.size())
            invalidTable(fmt::format("line {}: unknown order index", i));
    }
}

void requireWritable(Document& document) {
    if (document.readOnly())
        throw StoreError(
            StoreErrorKind::ReadOnly,
            fmt::format("{}: is read-only; save a copy to import transactions", document.path()));
}

}  // namespace

StoreTransactionsResult storeTransactions(Document& document, const TransactionTable& table,
                                          const TransactionImportInfo& info,
                                          const StoreTransactionsOptions& options) {
    requireWritable(document);
    return storeTransactions(document.database(), table, info, options);
}

StoreTransactionsResult storeTransactions(Database& db, const TransactionTable& table,
                                          const TransactionImportInfo& info,
                                          const StoreTransactionsOptions& options) {
    checkTable(table);
    const std::size_t n = table.size();
    StoreTransactionsResult result;
    const PragmaGuard cache(db, "cache_size", -kImportCacheKiB);  // negative: in KiB
    // Foreign keys off (before BEGIN: the pragma is a no-op inside a transaction): every line
    // references the import row inserted just before it in the same transaction, so the
    // per-line parent lookup cannot fail and costs a tenth of the insert (bench/README.md).
    // Inside a caller's transaction it stays on: correct, a little slower.
    const PragmaGuard foreignKeys(db, "foreign_keys", 0);
    Transaction tx(db);
    if (options.replaceExisting) {
        // Lines first and explicitly: with foreign keys off there is no cascade.
        db.execute("DELETE FROM transaction_line");
        db.execute("DELETE FROM transaction_import");
    }

    {
        Statement header = db.prepare(
            "INSERT INTO transaction_import (source_name, imported_at, mapping, rows_read, "
            "rows_imported, "
            "rows_skipped_bad, rows_skipped_no_customer, has_quantity, has_cost, has_order, "
            "has_segment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        header.bind(1, info.sourceName);
        header.bind(2, info.importedAt.empty() ? utcNow() : info.importedAt);
        header.bind(3, info.mappingJson.empty() ? std::string("{}") : info.mappingJson);
        header.bind(4, static_cast<std::int64_t>(info.stats.rowsRead));
        header.bind(5, static_cast<std::int64_t>(n));
        header.bind(6, static_cast<std::int64_t>(info.stats.skippedBad));
        header.bind(7, static_cast<std::int64_t>(info.stats.skippedNoCustomer));
        header.bind(8, std::int64_t{table.hasQuantity});
        header.bind(9, std::int64_t{table.hasCost});
        header.bind(10, std::int64_t{table.hasOrder});
        header.bind(11, std::int64_t{table.hasSegment});
        header.run();
    }
    const std::int64_t importId = sqlite3_last_insert_rowid(db.handle());

    // Lines go in 64 to a statement: one multi-row INSERT, prepared once and reused, does the
    // per-statement work (step, reset, statement journal) once per 64 lines, which more than
    // halves the time of a large import (bench/import/README.md). The rest goes one by one.
    // The import id is a literal; unmapped columns are bound to NULL once.
    // SQLite evaluates CHECK (quantity_sign IN (-1, 0, 1)) by building a temporary b-tree for
    // every row, half the insert time; checkTable has verified every sign before the first
    // write. The guard outlives the statements prepared under it.
    const PragmaGuard checks(db, "ignore_check_constraints", 1);
    RawStatement block(db, insertSql(importId, kRowsPerInsert));
    RawStatement single(db, insertSql(importId, 1));
    for (RawStatement* st : {&block, &single}) {
        const int rows = st == &block ? kRowsPerInsert : 1;
        for (int k = 0; k < rows; ++k) {
            if (!table.hasCost) st->null(k * kParams + 4);
            if (!table.hasOrder) st->null(k * kParams + 6);
            if (!table.hasSegment) st->null(k * kParams + 7);
        }
    }
    auto bindLine = [&table](RawStatement& st, int base, std::size_t i) {
        st.text(base + 1, table.customerIds[table.customer[i]]);
        st.integer(base + 2, table.day[i]);
        st.integer(base + 3, table.amount[i]);
        if (table.hasCost) st.integer(base + 4, table.cost[i]);
        st.integer(base + 5, table.quantitySign[i]);
        if (table.hasOrder) st.text(base + 6, table.orderIds[table.order[i]]);
        if (table.hasSegment) st.text(base + 7, table.segmentNames[table.segment[i]]);
        st.integer(base + 8, table.sourceLine[i]);
    };
    std::size_t i = 0;
    while (i < n) {
        if (n - i >= static_cast<std::size_t>(kRowsPerInsert)) {
            for (int k = 0; k < kRowsPerInsert; ++k)
                bindLine(block, k * kParams, i + static_cast<std::size_t>(k));
            block.run();
            i += kRowsPerInsert;
        } else {
            bindLine(single, 0, i);
            single.run();
            ++i;
        }
        if (i % kProgressEvery == 0 && i < n && options.progress && !options.progress(i, n)) {
            result.cancelled = true;
            return result;  // tx rolls back
        }
    }
    if (options.progress && !options.progress(n, n)) {
        result.cancelled = true;
        return result;
    }
    tx.commit();
    result.importId = importId;
    result.lines = n;
    return result;
}

std::vector<TransactionImportRecord> listTransactionImports(Document& document) {
    return listTransactionImports(document.database());
}

std::vector<TransactionImportRecord> listTransactionImports(Database& db) {
    std::vector<TransactionImportRecord> list;
    Statement st = db.prepare(
        "SELECT id, source_name, imported_at, mapping, rows_read, rows_imported, rows_skipped_bad, "
        "rows_skipped_no_customer, has_quantity, has_cost, has_order, has_segment FROM "
        "transaction_import "
        "ORDER BY id");
    while (st.step()) {
        TransactionImportRecord r;
        r.id = st.integer(0);
        r.sourceName = st.text(1);
        r.importedAt = st.text(2);
        r.mappingJson = st.text(3);
        r.stats.rowsRead = static_cast<std::size_t>(st.integer(4));
        r.stats.imported = static_cast<std::size_t>(st.integer(5));
        r.stats.skippedBad = static_cast<std::size_t>(st.integer(6));
        r.stats.skippedNoCustomer = static_cast<std::size_t>(st.integer(7));
        r.hasQuantity = st.integer(8) != 0;
        r.hasCost = st.integer(9) != 0;
        r.hasOrder = st.integer(10) != 0;
        r.hasSegment = st.integer(11) != 0;
        list.push_back(std::move(r));
    }
    return list;
}

TransactionTable loadTransactions(Document& document, std::optional<std::int64_t> importId) {
    return loadTransactions(document.database(), importId);
}

TransactionTable loadTransactions(Database& db, std::optional<std::int64_t> importId) {
    TransactionTable table;
    std::size_t lines = 0, imports = 0;
    bool allQuantity = true, allCost = true, anyOrder = false, anySegment = false;
    for (const TransactionImportRecord& r : listTransactionImports(db)) {
        if (importId && r.id != *importId) continue;
        ++imports;
        lines += r.stats.imported;
        allQuantity = allQuantity && r.hasQuantity;
        allCost = allCost && r.hasCost;
        anyOrder = anyOrder || r.hasOrder;
        anySegment = anySegment || r.hasSegment;
    }
    if (imports == 0) return table;
    table.hasQuantity = allQuantity;
    table.hasCost = allCost;
    table.hasOrder = anyOrder;
    table.hasSegment = anySegment;
    table.reserve(lines);

    transactions::StringInterner customers(table.customerIds), orders(table.orderIds),
        segments(table.segmentNames);
    auto textOf = [](sqlite3_stmt* st, int column) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
                 : std::string_view{};
    };
    // Rowids grow with every insert and a new import always gets the largest id, so rowid
    // order is import order and then file order; it is also the table's own order (no sort).
    RawStatement select(
        db, importId ? "SELECT customer_id, day, amount, cost, quantity_sign, order_id, segment, "
                       "source_line FROM transaction_line WHERE import_id = ? ORDER BY rowid"
                     : "SELECT customer_id, day, amount, cost, quantity_sign, order_id, segment, "
                       "source_line FROM transaction_line ORDER BY rowid");
    if (importId) select.integer(1, *importId);
    sqlite3_stmt* st = select.get();
    while (select.row()) {
        table.customer.push_back(customers.intern(textOf(st, 0)));
        table.day.push_back(static_cast<std::int32_t>(sqlite3_column_int64(st, 1)));
        table.amount.push_back(sqlite3_column_int64(st, 2));
        table.cost.push_back(table.hasCost ? sqlite3_column_int64(st, 3) : 0);
        table.quantitySign.push_back(static_cast<std::int32_t>(sqlite3_column_int64(st, 4)));
        table.order.push_back(table.hasOrder ? orders.intern(textOf(st, 5)) : 0);
        table.segment.push_back(table.hasSegment ? segments.intern(textOf(st, 6)) : 0);
        table.sourceLine.push_back(static_cast<std::uint32_t>(sqlite3_column_int64(st, 7)));
    }
    return table;
}

bool deleteTransactionImport(Document& document, std::int64_t importId) {
    requireWritable(document);
    Database& db = document.database();
    Transaction tx(db);
    Statement st = db.prepare("DELETE FROM transaction_import WHERE id = ?");
    st.bind(1, importId);
    st.run();
    const bool deleted = sqlite3_changes(db.handle()) > 0;
    tx.commit();
    return deleted;
}

std::string transactionMappingJson(const transactions::ImportOptions& options) {
    using transactions::ColumnRef;
    nlohmann::ordered_json j;
    j["delimiter"] = std::string(transactions::delimiterName(options.dialect.delimiter));
    j["header"] = options.dialect.hasHeader;
    j["decimal_separator"] = std::string(1, options.dialect.decimalSeparator);
    j["date_format"] = std::string(transactions::dateFormatText(options.mapping.dateFormat));
    j["on_error"] = options.onError == transactions::OnError::Stop ? "stop" : "skip";
    auto column = [](const ColumnRef& ref) -> nlohmann::ordered_json {
        if (ref.number != 0) return ref.number;
        return ref.name;
    };
    const transactions::ColumnMapping& m = options.mapping;
    nlohmann::ordered_json columns;
    columns["customer"] = column(m.customer);
    columns["date"] = column(m.date);
    const std::pair<const char*, const std::optional<ColumnRef>*> optional[] = {
        {"amount", &m.amount},  {"quantity", &m.quantity}, {"unit_price", &m.unitPrice},
        {"order", &m.order},    {"cost", &m.cost},         {"margin", &m.margin},
        {"segment", &m.segment}};
    for (const auto& [key, ref] : optional)
        if (*ref) columns[key] = column(**ref);
    j["columns"] = std::move(columns);
    return j.dump();
}

}  // namespace crm::store
