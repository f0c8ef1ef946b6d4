// Imported transaction lines in the document (schema v2): all or nothing, counts, reload, and the
// migration of documents written before v2.
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "engine/transactions/string_interner.h"
#include "engine/transactions/transaction_parser.h"
#include "store/document.h"
#include "store/document_rows.h"
#include "store/json_io.h"
#include "store/migrations.h"
#include "store/store_error.h"
#include "store/transactions_store.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using crm::testing::freshDir;
using crm::testing::readBytes;
using crm::transactions::TransactionTable;

namespace {

// A table shaped like a real export: many lines, customers repeating, orders, segments, cost,
// returns. Deterministic.
TransactionTable generatedTable(std::size_t lines, std::size_t customers) {
    TransactionTable t;
    t.hasCost = t.hasOrder = t.hasSegment = t.hasQuantity = true;
    for (std::size_t c = 0; c < customers; ++c)
        t.customerIds.push_back("C" + std::to_string(100000 + c * 7));
    t.segmentNames = {"retail", "web", "partner, EU"};
    std::uint64_t state = 42;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    for (std::size_t i = 0; i < lines; ++i) {
        if (i % 3 == 0) t.orderIds.push_back("O" + std::to_string(i));
        const bool isReturn = next() % 30 == 0;
        const auto amount = static_cast<std::int64_t>(next() % 500000) * (isReturn ? -1 : 1);
        t.customer.push_back(static_cast<std::uint32_t>(next() % customers));
        t.day.push_back(static_cast<std::int32_t>(19000 + i / 1000));
        t.amount.push_back(amount);
        t.cost.push_back(amount * 6 / 10);
        t.quantitySign.push_back(isReturn ? -1 : 1);
        t.segment.push_back(static_cast<std::uint32_t>(next() % 3));
        t.order.push_back(static_cast<std::uint32_t>(t.orderIds.size() - 1));
        t.sourceLine.push_back(static_cast<std::uint32_t>(i + 2));
    }
    return t;
}

// Dictionaries in order of first appearance, as the importer (and loadTransactions) build them.
TransactionTable canonical(const TransactionTable& in) {
    TransactionTable out = in;
    out.customerIds.clear();
    out.orderIds.clear();
    out.segmentNames.clear();
    transactions::StringInterner customers(out.customerIds), orders(out.orderIds),
        segments(out.segmentNames);
    for (std::size_t i = 0; i < in.size(); ++i) {
        out.customer[i] = customers.intern(in.customerIds[in.customer[i]]);
        out.order[i] = in.hasOrder ? orders.intern(in.orderIds[in.order[i]]) : 0;
        out.segment[i] = in.hasSegment ? segments.intern(in.segmentNames[in.segment[i]]) : 0;
        if (!in.hasCost) out.cost[i] = 0;
    }
    return out;
}

void requireSameTable(const TransactionTable& a, const TransactionTable& b) {
    REQUIRE(a.size() == b.size());
    CHECK(a.customer == b.customer);
    CHECK(a.day == b.day);
    CHECK(a.amount == b.amount);
    CHECK(a.cost == b.cost);
    CHECK(a.quantitySign == b.quantitySign);
    CHECK(a.segment == b.segment);
    CHECK(a.order == b.order);
    CHECK(a.sourceLine == b.sourceLine);
    CHECK(a.customerIds == b.customerIds);
    CHECK(a.segmentNames == b.segmentNames);
    CHECK(a.orderIds == b.orderIds);
    CHECK(a.hasCost == b.hasCost);
    CHECK(a.hasSegment == b.hasSegment);
    CHECK(a.hasOrder == b.hasOrder);
    CHECK(a.hasQuantity == b.hasQuantity);
}

std::int64_t countLines(Database& db) {
    return db.pragmaInteger("SELECT count(*) FROM transaction_line");
}

TransactionImportInfo infoFor(const std::string& name) {
    TransactionImportInfo info;
    info.sourceName = name;
    info.importedAt = "2024-06-01T12:00:00Z";
    return info;
}

}  // namespace

TEST_CASE("a parsed CSV is stored with its counts and reloads as the same table",
          "[store][transactions]") {
    auto dir = freshDir("tx-roundtrip");
    const auto csvPath = dir / "export.csv";
    crm::testing::writeBytes(csvPath,
                             "order,customer,date,qty,amount,cost,segment\r\n"
                             "O1,A,2024-01-15,2,10.50,6.25,retail\r\n"
                             "O1,A,2024-01-15,1,0.10,0.05,retail\r\n"
                             "O2,,2024-01-16,1,20,12,web\r\n"   // no customer: counted
                             "O3,B,2024-13-01,1,20,12,web\r\n"  // bad date: skipped
                             "O4,C,2024-02-01,-1,-3.25,-2,\"partner, EU\"\r\n"
                             "O5,B,2024-02-03,1,99999999999.999,1,web\r\n");
    transactions::ImportOptions options;
    options.mapping.customer = transactions::ColumnRef::byName("customer");
    options.mapping.date = transactions::ColumnRef::byName("date");
    options.mapping.amount = transactions::ColumnRef::byName("amount");
    options.mapping.quantity = transactions::ColumnRef::byName("qty");
    options.mapping.order = transactions::ColumnRef::byName("order");
    options.mapping.cost = transactions::ColumnRef::byNumber(6);
    options.mapping.segment = transactions::ColumnRef::byName("segment");
    options.onError = transactions::OnError::Skip;
    const auto parsed = transactions::parseTransactionsFile(csvPath.string(), options);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.table.size() == 4);

    const std::string path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    TransactionImportInfo info = infoFor("export.csv");
    info.stats = parsed.stats;
    info.mappingJson = transactionMappingJson(options);
    const auto stored = storeTransactions(doc, parsed.table, info);
    CHECK_FALSE(stored.cancelled);
    CHECK(stored.importId > 0);
    CHECK(stored.lines == 4);

    const auto imports = listTransactionImports(doc);
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].id == stored.importId);
    CHECK(imports[0].sourceName == "export.csv");
    CHECK(imports[0].importedAt == "2024-06-01T12:00:00Z");
    CHECK(imports[0].stats.rowsRead == 6);
    CHECK(imports[0].stats.imported == 4);
    CHECK(imports[0].stats.skippedBad == 1);
    CHECK(imports[0].stats.skippedNoCustomer == 1);
    CHECK(imports[0].hasCost);
    CHECK(imports[0].hasQuantity);
    CHECK(imports[0].mappingJson ==
          R"({"delimiter":"comma","header":true,"decimal_separator":".","date_format":"%Y-%m-%d",)"
          R"("on_error":"skip","columns":{"customer":"customer","date":"date","amount":"amount",)"
          R"("quantity":"qty","order":"order","cost":6,"segment":"segment"}})");

    // Exact thousandths in the file, NULL only where nothing was mapped.
    Statement st = doc.database().prepare(
        "SELECT customer_id, day, amount, cost, quantity_sign, order_id, segment, source_line "
        "FROM transaction_line ORDER BY rowid");
    REQUIRE(st.step());
    CHECK(st.text(0) == "A");
    CHECK(st.integer(1) == 19737);  // 2024-01-15
    CHECK(st.integer(2) == 10500);
    CHECK(st.integer(3) == 6250);
    CHECK(st.integer(4) == 1);
    CHECK(st.text(5) == "O1");
    CHECK(st.text(6) == "retail");
    CHECK(st.integer(7) == 2);
    REQUIRE(st.step());
    REQUIRE(st.step());
    CHECK(st.integer(2) == -3250);
    CHECK(st.integer(4) == -1);
    CHECK(st.text(6) == "partner, EU");
    CHECK(st.integer(7) == 6);
    REQUIRE(st.step());
    CHECK(st.integer(2) == 99999999999999);

    requireSameTable(loadTransactions(doc), parsed.table);
    requireSameTable(loadTransactions(doc, stored.importId), parsed.table);
    CHECK(loadTransactions(doc, stored.importId + 1).size() == 0);

    // And after closing and reopening the file.
    doc = Document::create((dir / "other.crmw").string(),
                           crm::testing::smallAssessment());  // closes a.crmw
    Document again = Document::open(path);
    requireSameTable(loadTransactions(again), parsed.table);
}

TEST_CASE("a large generated table reloads exactly", "[store][transactions]") {
    auto dir = freshDir("tx-large");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    const std::int64_t cacheSize = doc.database().pragmaInteger("PRAGMA cache_size");
    const TransactionTable table = generatedTable(150000, 9000);
    std::vector<std::size_t> progress;
    StoreTransactionsOptions options;
    options.progress = [&](std::size_t done, std::size_t total) {
        CHECK(total == 150000);
        progress.push_back(done);
        return true;
    };
    const auto stored = storeTransactions(doc, table, infoFor("gen.csv"), options);
    CHECK(stored.lines == 150000);
    CHECK(progress == std::vector<std::size_t>{65536, 131072, 150000});
    requireSameTable(loadTransactions(doc), canonical(table));
    CHECK(doc.database().pragmaInteger("PRAGMA cache_size") ==
          cacheSize);  // put back after the import
}

TEST_CASE("a cancelled import leaves the document byte for byte as it was",
          "[store][transactions][atomic]") {
    auto dir = freshDir("tx-cancel");
    const std::string path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    storeTransactions(doc, generatedTable(1000, 50), infoFor("first.csv"));
    const std::string before = readBytes(path);
    const TransactionTable big = generatedTable(200000, 20000);

    SECTION("cancel half-way") {
        int calls = 0;
        StoreTransactionsOptions options;
        options.progress = [&](std::size_t, std::size_t) { return ++calls < 2; };
        const auto result = storeTransactions(doc, big, infoFor("big.csv"), options);
        CHECK(result.cancelled);
        CHECK(result.importId == 0);
        CHECK(calls == 2);
    }
    SECTION("cancel at the very end") {
        StoreTransactionsOptions options;
        options.progress = [&](std::size_t done, std::size_t total) { return done < total; };
        CHECK(storeTransactions(doc, big, infoFor("big.csv"), options).cancelled);
    }
    SECTION("cancel while replacing the earlier import") {
        StoreTransactionsOptions options;
        options.replaceExisting = true;
        options.progress = [&](std::size_t, std::size_t) { return false; };
        CHECK(storeTransactions(doc, big, infoFor("big.csv"), options).cancelled);
    }
    CHECK(readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    CHECK(listTransactionImports(doc).size() == 1);
    CHECK(countLines(doc.database()) == 1000);
    // The document still takes an import afterwards.
    CHECK(storeTransactions(doc, generatedTable(10, 5), infoFor("after.csv")).lines == 10);
    CHECK(countLines(doc.database()) == 1010);
}

TEST_CASE("a failure in the middle of an import rolls everything back",
          "[store][transactions][atomic]") {
    auto dir = freshDir("tx-fail");
    const std::string path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    storeTransactions(doc, generatedTable(1000, 50), infoFor("first.csv"));
    // A temporary trigger lives outside the file: it simulates a write that fails (disk full,
    // I/O error) after 150,000 lines have gone in.
    doc.database().execute(
        "CREATE TEMP TRIGGER fail_half_way AFTER INSERT ON main.transaction_line "
        "WHEN NEW.source_line = 150001 BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END");
    const std::string before = readBytes(path);
    StoreTransactionsOptions options;
    options.replaceExisting = true;
    CHECK_THROWS_AS(
        storeTransactions(doc, generatedTable(200000, 20000), infoFor("big.csv"), options),
        StoreError);
    CHECK(readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    CHECK(countLines(doc.database()) == 1000);
    CHECK(listTransactionImports(doc).at(0).sourceName == "first.csv");
}

TEST_CASE("an inconsistent table is refused before anything is written",
          "[store][transactions][atomic]") {
    auto dir = freshDir("tx-invalid");
    const std::string path = (dir / "a.crmw").string();
    Document doc = Document::create(path, crm::testing::smallAssessment());
    const std::string before = readBytes(path);
    TransactionTable bad = generatedTable(100, 10);
    SECTION("lengths") { bad.day.pop_back(); }
    SECTION("customer index") { bad.customer[50] = 10; }
    SECTION("quantity sign") { bad.quantitySign[99] = 2; }
    SECTION("segment index") { bad.segment[3] = 3; }
    try {
        storeTransactions(doc, bad, infoFor("bad.csv"));
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::InvalidInput);
    }
    CHECK(readBytes(path) == before);
}

TEST_CASE("several imports: append, replace, delete with their lines", "[store][transactions]") {
    auto dir = freshDir("tx-several");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    const TransactionTable first = generatedTable(300, 40);
    TransactionTable second = generatedTable(200, 30);
    second.hasCost = false;  // an export without cost
    second.hasSegment = false;
    const auto a = storeTransactions(doc, first, infoFor("jan.csv"));
    const auto b = storeTransactions(doc, second, infoFor("feb.csv"));
    CHECK(b.importId > a.importId);

    const TransactionTable all = loadTransactions(doc);
    CHECK(all.size() == 500);
    CHECK_FALSE(all.hasCost);  // not every import has cost
    CHECK(all.hasSegment);     // one import has segments; the other's lines get ""
    CHECK(all.hasOrder);
    CHECK(all.segmentNames.back() == "");
    CHECK(all.amount[300] == second.amount[0]);
    CHECK(all.customerIds[all.customer[300]] == second.customerIds[second.customer[0]]);
    Statement nulls = doc.database().prepare(
        "SELECT count(*) FROM transaction_line WHERE cost IS NULL AND segment IS NULL AND "
        "import_id = ?");
    nulls.bind(1, b.importId);
    REQUIRE(nulls.step());
    CHECK(nulls.integer(0) == 200);

    CHECK(deleteTransactionImport(doc, a.importId));
    CHECK_FALSE(deleteTransactionImport(doc, a.importId));
    CHECK(countLines(doc.database()) == 200);  // cascade
    requireSameTable(loadTransactions(doc), canonical(second));

    StoreTransactionsOptions replace;
    replace.replaceExisting = true;
    storeTransactions(doc, first, infoFor("all.csv"), replace);
    REQUIRE(listTransactionImports(doc).size() == 1);
    CHECK(listTransactionImports(doc)[0].sourceName == "all.csv");
    requireSameTable(loadTransactions(doc), canonical(first));
}

TEST_CASE("an empty import is recorded with its counts", "[store][transactions]") {
    auto dir = freshDir("tx-empty");
    Document doc = Document::create((dir / "a.crmw").string(), crm::testing::smallAssessment());
    CHECK(loadTransactions(doc).size() == 0);
    TransactionImportInfo info = infoFor("empty.csv");
    info.stats.rowsRead = 3;
    info.stats.skippedNoCustomer = 3;
    CHECK(storeTransactions(doc, TransactionTable{}, info).lines == 0);
    CHECK(listTransactionImports(doc).at(0).stats.skippedNoCustomer == 3);
    CHECK(loadTransactions(doc).size() == 0);
}

TEST_CASE("a document written before schema v2 opens, migrates and keeps its content",
          "[store][transactions][migrations]") {
    auto dir = freshDir("tx-v1");
    const std::string path = (dir / "old.crmw").string();
    {
        // What the program wrote before v2 existed: the v1 migration only, then its content,
        // written into the v1 tables as the v1 program did.
        Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        db.execute("PRAGMA foreign_keys = ON");
        migrate(db, {schemaMigrations().front()});
        Transaction tx(db);
        writeMeta(db, "company_name", "Old & Co");
        writeMeta(db, "facilitator", "Ann");
        writeMeta(db, "current_cycle_id", "cyc-1");
        db.execute(
            "INSERT INTO cycle (id, position, name, assessment_date) VALUES ('cyc-1', 0, '2023', "
            "'2023-11-16')");
        db.execute(
            "INSERT INTO profile_parameter (key, value) VALUES ('customers.churn_risk_p_alive', "
            "0.4)");
        tx.commit();
        REQUIRE(db.pragmaInteger("PRAGMA user_version") == 1);
        REQUIRE(db.pragmaInteger(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'transaction_line'") == 0);
    }
    const std::string v1Bytes = readBytes(path);
    const auto checkContent = [](Document& doc) {
        const Assessment& a = doc.assessment();
        CHECK(a.companyName == "Old & Co");
        CHECK(a.facilitator == "Ann");
        CHECK(a.currentCycleId == "cyc-1");
        REQUIRE(a.cycles.size() == 1);
        CHECK(a.cycles[0].name == "2023");
        CHECK(a.cycles[0].assessmentDate.has_value());
        CHECK(a.profile.value("customers.churn_risk_p_alive") == 0.4);
    };
    {
        Document doc = Document::open(path);
        checkContent(doc);
        CHECK(doc.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
        CHECK(listTransactionImports(doc).empty());
        storeTransactions(doc, generatedTable(100, 10), infoFor("first.csv"));
    }
    CHECK(readBytes(path + ".v1.bak") == v1Bytes);  // the old file is kept beside it
    Document doc = Document::open(path);
    CHECK(currentSchemaVersion() >= 2);  // v2 brought the transaction tables
    CHECK(doc.database().pragmaInteger("PRAGMA user_version") == currentSchemaVersion());
    checkContent(doc);
    CHECK(loadTransactions(doc).size() == 100);
}

TEST_CASE("a read-only document refuses an import", "[store][transactions]") {
    auto dir = freshDir("tx-readonly");
    const std::string path = (dir / "a.crmw").string();
    { Document::create(path, crm::testing::smallAssessment()); }
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    if (::access(path.c_str(), W_OK) == 0) return;  // running as root: permissions do not bind
    Document doc = Document::open(path);
    REQUIRE(doc.readOnly());
    try {
        storeTransactions(doc, generatedTable(10, 2), infoFor("x.csv"));
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::ReadOnly);
    }
}
