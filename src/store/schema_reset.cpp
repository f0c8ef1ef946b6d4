// Tables of the annual reset flow (outward, inward, decisions, schedule), added by a migration.
#include "store/schema_sql.h"

namespace crm::store {

std::string schemaResetTablesSql() {
    std::string sql = cycleListTableSql("outward_observation", R"SQL(
    measure TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    last_year REAL,
    this_year REAL,
    target REAL,
    direction TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("inward_finding", R"SQL(
    department TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL,
    respondents INTEGER,
    understanding INTEGER,
    application INTEGER,
    drift_noticed TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("reset_decision", R"SQL(
    subject_id TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    change TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("scheduled_event", R"SQL(
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    day TEXT,
    start_time TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER,
    location TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '')SQL");
    return sql;
}

}  // namespace crm::store
