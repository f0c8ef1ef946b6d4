// The text of the two shapes of a cycle's tables. Frozen: every schema version is built from
// it, and SQLite keeps the text in each file (see schema_sql.h).
#include <fmt/format.h>

#include "store/schema_sql.h"

namespace crm::store {

std::string cycleSingletonTableSql(std::string_view table, std::string_view ownColumns) {
    return fmt::format(R"SQL(CREATE TABLE {0} (
    cycle_id TEXT PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,{1}
);
)SQL",
                       table, ownColumns);
}

std::string cycleListTableSql(std::string_view table, std::string_view ownColumns) {
    return fmt::format(R"SQL(CREATE TABLE {0} (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,{1}
);
CREATE INDEX {0}_by_cycle ON {0}(cycle_id, position);
)SQL",
                       table, ownColumns);
}

}  // namespace crm::store
