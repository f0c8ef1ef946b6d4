#include "store/migrations.h"

#include <fmt/format.h>

#include "store/store_error.h"

namespace crm::store {

namespace {
void migrateToV1(Database& db) {
    db.execute(kSchemaV1);
    db.execute(fmt::format("PRAGMA application_id = {}", kApplicationId));
}
}  // namespace

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> list = {
        {1, "the ten steps, cycles and methodology profile", migrateToV1},
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
