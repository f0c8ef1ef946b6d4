#pragma once
// Ordered schema migrations. The document's PRAGMA user_version is the last one applied;
// each migration runs in its own transaction together with the version bump.
#include <functional>
#include <string_view>
#include <vector>

#include "store/sqlite_db.h"

namespace crm::store {

constexpr std::int64_t kApplicationId = 0x43524D57;  // "CRMW"

struct Migration {
    std::int64_t toVersion;
    std::string_view description;
    std::function<void(Database&)> apply;
};

// The migrations of this program, in order; the last one's version is the current schema.
const std::vector<Migration>& schemaMigrations();
std::int64_t currentSchemaVersion();

// Applies every migration above the document's version, each in one transaction.
// Stops and rolls back the failing one (the file keeps its last good version).
void migrate(Database& db, const std::vector<Migration>& migrations);

}  // namespace crm::store
