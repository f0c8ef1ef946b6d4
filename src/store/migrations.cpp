#include "store/migrations.h"

#include <fmt/format.h>

#include "store/schema_sql.h"
#include "store/store_error.h"

namespace crm::store {

namespace {
void migrateToV1(Database& db) {
    db.execute(schemaV1Sql());
    db.execute(fmt::format("PRAGMA application_id = {}", kApplicationId));
}
void migrateToV2(Database& db) { db.execute(kSchemaV2); }
void addResetTables(Database& db) { db.execute(schemaResetTablesSql()); }
void addWorkshopTables(Database& db) { db.execute(schemaWorkshopTablesSql()); }
void addCatalogVersions(Database& db) { db.execute(kSchemaCatalogVersions); }
void addDeliverables(Database& db) { db.execute(schemaDeliverablesSql()); }
void addStepTime(Database& db) { db.execute(schemaStepTimeSql()); }
void addReportSections(Database& db) { db.execute(kSchemaReportSections); }
// Every document written before had English reports.
void addLanguage(Database& db) {
    db.execute("INSERT OR IGNORE INTO document_meta (key, value) VALUES ('language', 'en')");
}
}  // namespace

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> list = {
        {1, "the ten steps, cycles and methodology profile", migrateToV1},
        {2, "imported transaction lines", migrateToV2},
        {3, "annual reset: outward, inward, decisions, schedule", addResetTables},
        {4,
         "workshop mode: participants, ratings, agreed values, notes, scope, parking lot, agenda",
         addWorkshopTables},
        {5, "the version of each built-in catalog the lists were filled from", addCatalogVersions},
        {6, "deliverables: tracked actions, section narratives, report cover, sign-off",
         addDeliverables},
        {7, "workshop clock: time on steps without an agenda slot", addStepTime},
        {8, "the report sections left out, kept for next year's report", addReportSections},
        {9, "the document's language, the report's language by default", addLanguage},
    };
    return list;
}

std::int64_t currentSchemaVersion() { return schemaMigrations().back().toVersion; }

void migrate(Database& db, const std::vector<Migration>& migrations) {
    std::int64_t version = db.pragmaInteger("PRAGMA user_version");
    for (const auto& m : migrations) {
        if (m.toVersion <= version) continue;
        Transaction tx(db);
        m.apply(db);
        // PRAGMA takes no bound values; the number comes from our own table.
        db.execute(fmt::format("PRAGMA user_version = {}", m.toVersion));
        tx.commit();
        version = m.toVersion;
    }
}

}  // namespace crm::store
