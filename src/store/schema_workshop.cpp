// Tables of workshop mode (participants, ratings, agreed values, evidence, scope, parking lot,
// agenda), added by a migration.
#include "store/schema_sql.h"

namespace crm::store {

std::string schemaWorkshopTablesSql() {
    std::string sql = cycleListTableSql("participant", R"SQL(
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    perspective TEXT NOT NULL)SQL");
    sql += cycleListTableSql("rating", R"SQL(
    item_id TEXT NOT NULL DEFAULT '',
    dimension TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    value INTEGER)SQL");
    sql += cycleListTableSql("consensus_value", R"SQL(
    item_id TEXT NOT NULL DEFAULT '',
    dimension TEXT NOT NULL,
    value INTEGER,
    reason TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("evidence_note", R"SQL(
    item_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    file_reference TEXT NOT NULL DEFAULT '',
    to_review INTEGER)SQL");
    sql += cycleListTableSql("scope_exclusion", R"SQL(
    item_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("parking_lot_item", R"SQL(
    step INTEGER,
    text TEXT NOT NULL DEFAULT '',
    raised_by TEXT NOT NULL DEFAULT '',
    closed INTEGER,
    resolution TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("agenda_slot", R"SQL(
    step INTEGER,
    planned_minutes INTEGER,
    spent_seconds INTEGER)SQL");
    return sql;
}

// Version 7: the time the step timer counted on a step without an agenda slot.
std::string schemaStepTimeSql() {
    return cycleListTableSql("step_time", R"SQL(
    step INTEGER,
    spent_seconds INTEGER)SQL");
}

}  // namespace crm::store
