#include "store/recovery.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "engine/model/descriptor.h"
#include "platform/this_process.h"
#include "store/document.h"
#include "store/document_file.h"
#include "store/document_rows.h"
#include "store/migrations.h"
#include "store/recovery_pages.h"
#include "store/store_error.h"

namespace crm::store {

namespace {

namespace fs = std::filesystem;

// A folder of our own for the copy of the damaged file; removed with everything in it.
class ScratchFolder {
  public:
    ScratchFolder() {
        static std::atomic<int> counter{0};
        path_ = fs::temp_directory_path() /
                fmt::format("crmw-recover-{}-{}", platform::currentProcessId(), ++counter);
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

  private:
    fs::path path_;
};

// A prepared statement of the raw C API: the salvage copies values with their SQLite types.
class RawStatement {
  public:
    RawStatement(sqlite3* db, const std::string& sql) {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt_);
            stmt_ = nullptr;
        }
    }
    ~RawStatement() { sqlite3_finalize(stmt_); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    bool ok() const { return stmt_ != nullptr; }
    sqlite3_stmt* get() const { return stmt_; }

  private:
    sqlite3_stmt* stmt_ = nullptr;
};

std::string recoveredName(const std::string& path) {
    std::string stem = path;
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".crmw") == 0)
        stem.resize(stem.size() - 5);
    for (int n = 1;; ++n) {
        std::string candidate =
            n == 1 ? stem + " (recovered).crmw" : fmt::format("{} (recovered {}).crmw", stem, n);
        if (!fileExists(candidate)) return candidate;
    }
}

std::vector<std::string> columnsOf(sqlite3* db, const std::string& table) {
    std::vector<std::string> out;
    RawStatement st(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    if (!st.ok()) return out;
    sqlite3_bind_text(st.get(), 1, table.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st.get()) == SQLITE_ROW)
        out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
    return out;
}

// The tables of the current schema, in the order they were created (parents first).
std::vector<std::string> tablesOf(sqlite3* db) {
    std::vector<std::string> out;
    RawStatement st(
        db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid");
    while (st.ok() && sqlite3_step(st.get()) == SQLITE_ROW)
        out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
    return out;
}

// Columns that hold dates (YYYY-MM-DD): a garbled one would make the document refuse to load.
std::map<std::string, std::set<std::string>> dateColumns() {
    std::map<std::string, std::set<std::string>> out;
    out["cycle"].insert("assessment_date");
    for (const auto* kind : entityDescriptors())
        for (const auto& f : kind->fields)
            if (f.type == FieldType::Date) out[std::string(kind->table)].insert(std::string(f.key));
    return out;
}

std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += fmt::format("{}\"{}\"", out.empty() ? "" : ", ", n);
    return out;
}

// Copies every readable row of one table. A scan that hits an unreadable page resumes at the
// smallest rowid past it from which reading works again (doubling, then bisecting), so one
// damaged page costs only the rows on it. Rowids must rise: a damaged tree whose branches point
// at the same page again and again would otherwise be read over and over (exponentially many
// times when such branches nest), so a rowid out of order counts as a read failure.
class TableSalvage {
  public:
    // Reads the stand-in table `from` (columns c0, c1, ... in the order of `columns`) of
    // `source` into `table` of `target`.
    TableSalvage(sqlite3* source, const std::string& from, sqlite3* target,
                 const std::string& table, const std::vector<std::string>& columns,
                 const std::set<std::string>& dates)
        : read_(source, fmt::format("SELECT rowid, {} FROM {} WHERE rowid >= ?1 ORDER BY rowid",
                                    positionalList(columns.size()), from)),
          write_(target, fmt::format("INSERT OR IGNORE INTO \"{}\" ({}) VALUES ({})", table,
                                     quotedList(columns), placeholders(columns.size()))) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            isDate_.push_back(dates.count(columns[i]) > 0);
    }

    std::size_t rows = 0, dropped = 0;
    bool damaged = false;

    void run() {
        if (!read_.ok() || !write_.ok()) {
            damaged = true;
            return;
        }
        std::int64_t start = std::numeric_limits<std::int64_t>::min();
        for (;;) {
            const std::optional<std::int64_t> failedAt = scan(start);
            if (!failedAt) return;
            damaged = true;
            const std::optional<std::int64_t> resume = firstReadableAfter(*failedAt);
            if (!resume) return;
            start = *resume;
        }
    }

  private:
    static std::string positionalList(std::size_t n) {
        std::string out;
        for (std::size_t i = 0; i < n; ++i) out += fmt::format("{}c{}", i == 0 ? "" : ", ", i);
        return out;
    }
    static std::string placeholders(std::size_t n) {
        std::string out;
        for (std::size_t i = 1; i <= n; ++i) out += fmt::format("{}?{}", i == 1 ? "" : ", ", i);
        return out;
    }

    // Reads from `start` to the end; returns the rowid at which reading failed, if it did.
    std::optional<std::int64_t> scan(std::int64_t start) {
        sqlite3_stmt* r = read_.get();
        sqlite3_reset(r);
        sqlite3_bind_int64(r, 1, start);
        std::int64_t next = start;
        for (;;) {
            const int rc = sqlite3_step(r);
            if (rc == SQLITE_DONE) return std::nullopt;
            if (rc != SQLITE_ROW) return next;
            const std::int64_t rowid = sqlite3_column_int64(r, 0);
            if (rowid < next) return next;  // the tree leads back to rows already read
            copyRow();
            if (rowid == std::numeric_limits<std::int64_t>::max()) return std::nullopt;
            next = rowid + 1;
        }
    }

    bool canReadFrom(std::int64_t start) {
        sqlite3_stmt* r = read_.get();
        sqlite3_reset(r);
        sqlite3_bind_int64(r, 1, start);
        const int rc = sqlite3_step(r);
        return rc == SQLITE_DONE || (rc == SQLITE_ROW && sqlite3_column_int64(r, 0) >= start);
    }

    std::optional<std::int64_t> firstReadableAfter(std::int64_t failed) {
        constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
        std::int64_t bad = failed;  // reading from here fails
        std::optional<std::int64_t> good;
        for (std::int64_t step = 1; !good; step = step > kMax / 2 ? kMax : step * 2) {
            const std::int64_t probe = bad > kMax - step ? kMax : bad + step;
            if (canReadFrom(probe))
                good = probe;
            else if (probe == kMax)
                return std::nullopt;
            else
                bad = probe;
        }
        while (*good - bad > 1) {  // bisect: the smallest start that reads
            const std::int64_t mid = bad + (*good - bad) / 2;
            if (canReadFrom(mid))
                good = mid;
            else
                bad = mid;
        }
        return good;
    }

    void copyRow() {
        sqlite3_stmt* r = read_.get();
        sqlite3_stmt* w = write_.get();
        sqlite3_reset(w);
        for (std::size_t i = 0; i < isDate_.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            sqlite3_value* value = sqlite3_column_value(r, column);
            if (isDate_[i] && sqlite3_value_type(value) != SQLITE_NULL) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
                if (!text || !parseIsoDate(text)) {
                    sqlite3_bind_null(w, column);
                    ++dropped;
                    continue;
                }
            }
            sqlite3_bind_value(w, column, value);
        }
        if (sqlite3_step(w) == SQLITE_DONE && sqlite3_changes(sqlite3_db_handle(w)) > 0) ++rows;
    }

    RawStatement read_;
    RawStatement write_;
    std::vector<bool> isDate_;
};

bool isAssessmentTable(const std::string& table) {
    if (table == "document_meta" || table == "profile_parameter" || table == "cycle") return true;
    for (const auto* kind : entityDescriptors())
        if (kind->table == table) return true;
    return false;
}

// Items whose cycle row was lost get a cycle again (named after its id), so nothing readable
// is dropped for want of its parent.
void restoreLostCycles(Database& salvage) {
    for (const auto* kind : entityDescriptors())
        salvage.execute(
            fmt::format("INSERT OR IGNORE INTO cycle (id, position, name) "
                        "SELECT DISTINCT cycle_id, 1000000, 'Recovered ' || cycle_id FROM {} "
                        "WHERE cycle_id NOT IN (SELECT id FROM cycle)",
                        kind->table));
}

Assessment usableAssessment(Database& salvage) {
    Assessment a = loadAssessment(salvage);
    if (a.cycles.empty()) {
        Assessment blank = Document::blankAssessment(a.companyName, "Recovered");
        a.cycles = blank.cycles;
    }
    if (!a.findCycle(a.currentCycleId)) a.currentCycleId = a.cycles.back().id;
    return a;
}

// Rows of the tables outside the assessment (imported transactions, later additions) go in
// as they are; rows whose parent was lost are dropped by a foreign-key check.
void copyOtherTables(Database& target, const std::string& salvagePath,
                     const std::vector<std::string>& tables) {
    target.execute("PRAGMA foreign_keys = OFF");
    Statement attach = target.prepare("ATTACH DATABASE ?1 AS salvaged");
    attach.bind(1, salvagePath);
    attach.run();
    {
        Transaction tx(target);
        for (const auto& table : tables) {
            if (isAssessmentTable(table)) continue;
            const std::string columns = quotedList(columnsOf(target.handle(), table));
            target.execute(fmt::format(
                "INSERT OR IGNORE INTO main.\"{0}\" ({1}) SELECT {1} FROM salvaged.\"{0}\"", table,
                columns));
        }
        std::vector<std::pair<std::string, std::int64_t>> orphans;
        {
            Statement check = target.prepare("PRAGMA main.foreign_key_check");
            while (check.step()) orphans.emplace_back(check.text(0), check.integer(1));
        }
        for (const auto& [table, rowid] : orphans) {
            Statement drop =
                target.prepare(fmt::format("DELETE FROM main.\"{}\" WHERE rowid = ?1", table));
            drop.bind(1, rowid);
            drop.run();
        }
        tx.commit();
    }
    target.execute("DETACH DATABASE salvaged");
    target.execute("PRAGMA foreign_keys = ON");
}

void copyAside(const std::string& from, const std::string& to) {
    copyFile(from, to);
    // A journal left by a crash belongs to the file: the copy plays it back, as open would.
    for (const char* suffix : {"-journal", "-wal"})
        if (fileExists(from + suffix)) copyFile(from + suffix, to + suffix);
}

void playBackJournal(const std::string& copy) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(copy.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr,
                     nullptr);  // takes a read lock: rollback
    sqlite3_close(db);
    std::error_code ec;
    for (const char* suffix : {"-journal", "-wal", "-shm"}) fs::remove(copy + suffix, ec);
}

// CREATE TABLE for the stand-in table of contents: a short name and positional column names
// (c0, c1, ...: small pages hold several tables), the current columns' defaults (a row written
// before a column was added reads as the default), the rowid alias kept, and no other
// constraint, so SQLite needs no index to read the table.
std::string standInSql(sqlite3* db, const std::string& table, const std::string& standInName) {
    RawStatement st(db,
                    "SELECT type, dflt_value, pk, (SELECT count(*) FROM pragma_table_info(?1) "
                    "WHERE pk > 0) FROM pragma_table_info(?1) ORDER BY cid");
    if (!st.ok()) return {};
    sqlite3_bind_text(st.get(), 1, table.c_str(), -1, SQLITE_TRANSIENT);
    std::string columns;
    for (int i = 0; sqlite3_step(st.get()) == SQLITE_ROW; ++i) {
        const auto text = [&](int c) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st.get(), c));
            return std::string(p ? p : "");
        };
        std::string column = fmt::format("{}c{}", i == 0 ? "" : ",", i);
        if (sqlite3_column_int(st.get(), 2) == 1 && sqlite3_column_int(st.get(), 3) == 1 &&
            text(0) == "INTEGER")
            column += " INTEGER PRIMARY KEY";
        if (sqlite3_column_type(st.get(), 1) != SQLITE_NULL) column += " DEFAULT " + text(1);
        columns += column;
    }
    return fmt::format("CREATE TABLE {}({})", standInName, columns);
}

struct StandIn {
    std::string table;  // the real table
    recovery::StandInTable page;
};

// Reads the tables of one stand-in page 1 from the damaged copy; returns the incomplete ones.
std::vector<std::string> salvageTables(const std::string& copy, const std::vector<StandIn>& tables,
                                       Database& salvage, RecoveryReport& out) {
    std::vector<std::string> incomplete;
    std::vector<recovery::StandInTable> page;
    for (const auto& t : tables) {
        incomplete.push_back(t.table);
        page.push_back(t.page);
    }
    if (!recovery::writeStandInPage(copy, page)) return incomplete;
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(copy.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return incomplete;
    }
    sqlite3_db_config(source, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_exec(source, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
    static const auto dates = dateColumns();
    incomplete.clear();
    for (const auto& t : tables) {
        const auto d = dates.find(t.table);
        TableSalvage salvaged(source, t.page.name, salvage.handle(), t.table,
                              columnsOf(salvage.handle(), t.table),
                              d == dates.end() ? std::set<std::string>{} : d->second);
        salvaged.run();
        out.rowsRecovered += salvaged.rows;
        out.valuesDropped += salvaged.dropped;
        if (salvaged.damaged) incomplete.push_back(t.table);
    }
    sqlite3_close(source);
    return incomplete;
}

// Every table of the current schema whose root page the table of contents names, read through
// as few stand-in pages as hold them.
void salvageAll(const std::string& copy, const recovery::TableOfContents& toc,
                const std::vector<std::string>& tables, Database& salvage, RecoveryReport& out) {
    const recovery::StandInRoom room = recovery::standInRoom(copy);
    const std::uint32_t pages = recovery::wholePages(copy);
    std::vector<StandIn> batch;
    std::size_t used = 0;
    const auto flush = [&] {
        if (batch.empty()) return;
        for (auto& name : salvageTables(copy, batch, salvage, out))
            out.damagedTables.push_back(std::move(name));
        batch.clear();
        used = 0;
    };
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const std::string& table = tables[i];
        const auto root = toc.rootPages.find(table);
        if (root == toc.rootPages.end()) {
            if (!toc.complete)
                out.damagedTables.push_back(table);  // else: an older file without it
            continue;
        }
        if (root->second == 0 || root->second > pages) {  // its root page was cut off
            out.damagedTables.push_back(table);
            continue;
        }
        const std::string name = fmt::format("s{}", i);
        StandIn standIn{table, {name, root->second, standInSql(salvage.handle(), table, name)}};
        const std::size_t cost = recovery::standInCost(standIn.page);
        if (cost > room.oneTable) {  // cannot be named on page 1 at all (tiny pages)
            out.damagedTables.push_back(table);
            continue;
        }
        if (used + cost > room.allTables) flush();
        used += cost;
        batch.push_back(std::move(standIn));
    }
    flush();
}

}  // namespace

std::string recoverCopy(const std::string& path, RecoveryReport* report) {
    checkDocumentHeader(path);  // not ours, newer: refused like open refuses them
    ScratchFolder scratch;
    const std::string copy = scratch.file("damaged.crmw");
    {
        FileLock lock(path);  // not while another window may be writing it
        copyAside(path, copy);
    }
    playBackJournal(copy);
    const auto unreadable = [&](const std::string& why) {
        return StoreError(
            StoreErrorKind::Corrupt,
            fmt::format("{}: too badly damaged to recover anything ({}); the file is unchanged",
                        path, why));
    };
    recovery::TableOfContents toc;
    try {
        toc = recovery::readTableOfContents(copy);
    } catch (const StoreError&) {  // names the scratch copy; say it of the user's file
        throw unreadable("its header is damaged");
    }
    if (toc.rootPages.empty()) throw unreadable("its list of tables cannot be read");

    const std::string salvagePath = scratch.file("salvaged.crmw");
    Database salvage(salvagePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    salvage.execute("PRAGMA synchronous = OFF");
    migrate(salvage, schemaMigrations());
    const std::vector<std::string> tables = tablesOf(salvage.handle());
    RecoveryReport local;
    RecoveryReport& out = report ? *report : local;
    out = {};
    {
        Transaction tx(salvage);
        salvageAll(copy, toc, tables, salvage, out);
        if (out.rowsRecovered == 0) throw unreadable("no row of any table can be read");
        restoreLostCycles(salvage);
        tx.commit();
    }

    const Assessment content = usableAssessment(salvage);
    salvage.close();
    const std::string target = recoveredName(path);
    try {
        Document doc = Document::create(target, content);
        copyOtherTables(doc.database(), salvagePath, tables);
    } catch (...) {
        std::error_code ec;
        fs::remove(target, ec);
        throw;
    }
    return target;
}

}  // namespace crm::store
