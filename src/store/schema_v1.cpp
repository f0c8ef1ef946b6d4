// Schema version 1, frozen. Later versions change it only through migrations (migrations.cpp).
// tests/store/test_migrations.cpp checks that every field descriptor has its column here.
#include "store/schema_sql.h"

namespace crm::store {

std::string schemaV1Sql() {
    std::string sql = R"SQL(
CREATE TABLE document_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE profile_parameter (
    key TEXT PRIMARY KEY,
    value REAL NOT NULL
);
CREATE TABLE cycle (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    assessment_date TEXT,
    previous_cycle_id TEXT  -- may name a deleted cycle; comparisons then fall back to origin ids
);
)SQL";
    sql += cycleSingletonTableSql("strategy_statement", R"SQL(
    business_model TEXT NOT NULL DEFAULT '',
    customer_definition TEXT NOT NULL DEFAULT '',
    value_proposition TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("corporate_objective", R"SQL(
    name TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    target_value REAL,
    unit TEXT NOT NULL DEFAULT '',
    horizon TEXT)SQL");
    sql += cycleListTableSql("strategic_priority", R"SQL(
    text TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("current_metric", R"SQL(
    department TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    catalog_key TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    baseline REAL,
    baseline_date TEXT,
    source TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("input_source", R"SQL(
    kind TEXT NOT NULL,
    voice TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    held_on TEXT,
    sample_size INTEGER)SQL");
    sql += cycleListTableSql("pain_point", R"SQL(
    description TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    voice TEXT NOT NULL,
    segment_ids TEXT NOT NULL DEFAULT '[]',
    severity INTEGER,
    frequency INTEGER,
    reach INTEGER)SQL");
    sql += cycleSingletonTableSql("relationship_state", R"SQL(
    promoters INTEGER,
    passives INTEGER,
    detractors INTEGER,
    csat_satisfied INTEGER,
    csat_responses INTEGER,
    one_time_share_pct REAL,
    repeat_share_pct REAL,
    advanced_share_pct REAL,
    customer_focus_rating INTEGER,
    self_rated_experience INTEGER,
    customer_rated_experience INTEGER,
    notes TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("attribute_rating", R"SQL(
    attribute TEXT NOT NULL DEFAULT '',
    catalog_key TEXT NOT NULL DEFAULT '',
    segment_id TEXT NOT NULL DEFAULT '',
    importance INTEGER,
    performance INTEGER)SQL");
    sql += cycleListTableSql("segment", R"SQL(
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    customers INTEGER,
    revenue INTEGER,
    margin_pct REAL,
    growth_pct REAL,
    strategic_fit INTEGER,
    customer_value INTEGER)SQL");
    sql += cycleListTableSql("segment_objective", R"SQL(
    segment_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    baseline REAL,
    target REAL,
    target_date TEXT)SQL");
    sql += cycleListTableSql("milestone", R"SQL(
    owner_id TEXT NOT NULL DEFAULT '',
    due TEXT,
    target REAL,
    actual REAL,
    note TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("segment_treatment", R"SQL(
    segment_id TEXT NOT NULL DEFAULT '',
    intended_experience TEXT NOT NULL DEFAULT '',
    products TEXT NOT NULL DEFAULT '',
    pricing TEXT NOT NULL DEFAULT '',
    communications TEXT NOT NULL DEFAULT '',
    service TEXT NOT NULL DEFAULT '',
    addressed_pain_ids TEXT NOT NULL DEFAULT '[]')SQL");
    sql += cycleListTableSql("kpi", R"SQL(
    name TEXT NOT NULL DEFAULT '',
    metric_id TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    perspective TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    baseline REAL,
    baseline_date TEXT,
    target REAL,
    target_date TEXT,
    current REAL,
    measured_on TEXT,
    owner TEXT NOT NULL DEFAULT '',
    cadence TEXT NOT NULL)SQL");
    sql += cycleListTableSql("alignment_link", R"SQL(
    kpi_id TEXT NOT NULL DEFAULT '',
    objective_id TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("capability_rating", R"SQL(
    area_key TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    area_group TEXT NOT NULL,
    current INTEGER,
    target INTEGER,
    importance INTEGER,
    notes TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("resource_requirement", R"SQL(
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    initial_cost INTEGER,
    ongoing_cost_per_year INTEGER,
    owner TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("learning_method", R"SQL(
    what_to_learn TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    refresh TEXT NOT NULL,
    retire_when TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '')SQL");
    sql += cycleListTableSql("goal_plan_link", R"SQL(
    objective_id TEXT NOT NULL DEFAULT '',
    work_plan TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    compensation_link TEXT NOT NULL DEFAULT '',
    review_date TEXT)SQL");
    return sql;
}

}  // namespace crm::store
