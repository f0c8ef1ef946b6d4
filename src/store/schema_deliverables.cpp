// Schema version 6: the deliverables. Tracked actions, the facilitator's narrative per report
// section, the report's cover page (one per cycle) and the sign-off block.
#include "store/schema_sql.h"

namespace crm::store {

std::string schemaDeliverablesSql() {
    std::string sql = cycleSingletonTableSql("report_cover", R"SQL(
    title TEXT NOT NULL DEFAULT '',
    prepared_for TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT '',
    logo TEXT NOT NULL DEFAULT '')SQL");
    sql += "INSERT INTO report_cover (cycle_id) SELECT id FROM cycle;\n";  // a cover per cycle
    sql += cycleListTableSql("action_item", R"SQL(
    title TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL,
    kpi_id TEXT NOT NULL DEFAULT '',
    objective_id TEXT NOT NULL DEFAULT '',
    resource_id TEXT NOT NULL DEFAULT '',
    cost INTEGER,
    note TEXT NOT NULL DEFAULT '',
    finding_id TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("section_narrative", R"SQL(
    part TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("sign_off", R"SQL(
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    signed_on TEXT)SQL");
    return sql;
}

// Schema v8: the report sections the facilitator left out, for the whole document (every
// cycle's report keeps the same shape). One row per section key; no row: every section. A rowid
// table like every other, so recovery (recovery_pages.cpp) reads its pages the same way.
const char* const kSchemaReportSections = R"SQL(
CREATE TABLE report_section_left_out (
    section TEXT PRIMARY KEY NOT NULL
);
)SQL";

}  // namespace crm::store
