// Schema version 1, frozen. Later versions change it only through migrations (migrations.cpp).
// tests/store/test_schema.cpp checks that every field descriptor has its column here.
#include "store/migrations.h"

namespace crm::store {

const char* const kSchemaV1 = R"SQL(
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
CREATE TABLE strategy_statement (
    cycle_id TEXT PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
    business_model TEXT NOT NULL DEFAULT '',
    customer_definition TEXT NOT NULL DEFAULT '',
    value_proposition TEXT NOT NULL DEFAULT ''
);
CREATE TABLE corporate_objective (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    target_value REAL,
    unit TEXT NOT NULL DEFAULT '',
    horizon TEXT
);
CREATE INDEX corporate_objective_by_cycle ON corporate_objective(cycle_id, position);
CREATE TABLE strategic_priority (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX strategic_priority_by_cycle ON strategic_priority(cycle_id, position);
CREATE TABLE current_metric (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    department TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    catalog_key TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    baseline REAL,
    baseline_date TEXT,
    source TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX current_metric_by_cycle ON current_metric(cycle_id, position);
CREATE TABLE input_source (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    voice TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    held_on TEXT,
    sample_size INTEGER
);
CREATE INDEX input_source_by_cycle ON input_source(cycle_id, position);
CREATE TABLE pain_point (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    voice TEXT NOT NULL,
    segment_ids TEXT NOT NULL DEFAULT '[]',
    severity INTEGER,
    frequency INTEGER,
    reach INTEGER
);
CREATE INDEX pain_point_by_cycle ON pain_point(cycle_id, position);
CREATE TABLE relationship_state (
    cycle_id TEXT PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
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
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attribute_rating (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    attribute TEXT NOT NULL DEFAULT '',
    catalog_key TEXT NOT NULL DEFAULT '',
    segment_id TEXT NOT NULL DEFAULT '',
    importance INTEGER,
    performance INTEGER
);
CREATE INDEX attribute_rating_by_cycle ON attribute_rating(cycle_id, position);
CREATE TABLE segment (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    customers INTEGER,
    revenue INTEGER,
    margin_pct REAL,
    growth_pct REAL,
    strategic_fit INTEGER,
    customer_value INTEGER
);
CREATE INDEX segment_by_cycle ON segment(cycle_id, position);
CREATE TABLE segment_objective (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    segment_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    baseline REAL,
    target REAL,
    target_date TEXT
);
CREATE INDEX segment_objective_by_cycle ON segment_objective(cycle_id, position);
CREATE TABLE milestone (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    owner_id TEXT NOT NULL DEFAULT '',
    due TEXT,
    target REAL,
    actual REAL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_cycle ON milestone(cycle_id, position);
CREATE TABLE segment_treatment (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    segment_id TEXT NOT NULL DEFAULT '',
    intended_experience TEXT NOT NULL DEFAULT '',
    products TEXT NOT NULL DEFAULT '',
    pricing TEXT NOT NULL DEFAULT '',
    communications TEXT NOT NULL DEFAULT '',
    service TEXT NOT NULL DEFAULT '',
    addressed_pain_ids TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX segment_treatment_by_cycle ON segment_treatment(cycle_id, position);
CREATE TABLE kpi (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
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
    cadence TEXT NOT NULL
);
CREATE INDEX kpi_by_cycle ON kpi(cycle_id, position);
CREATE TABLE alignment_link (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    kpi_id TEXT NOT NULL DEFAULT '',
    objective_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alignment_link_by_cycle ON alignment_link(cycle_id, position);
CREATE TABLE capability_rating (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    area_key TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    area_group TEXT NOT NULL,
    current INTEGER,
    target INTEGER,
    importance INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX capability_rating_by_cycle ON capability_rating(cycle_id, position);
CREATE TABLE resource_requirement (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    initial_cost INTEGER,
    ongoing_cost_per_year INTEGER,
    owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX resource_requirement_by_cycle ON resource_requirement(cycle_id, position);
CREATE TABLE learning_method (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    what_to_learn TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    refresh TEXT NOT NULL,
    retire_when TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX learning_method_by_cycle ON learning_method(cycle_id, position);
CREATE TABLE goal_plan_link (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    objective_id TEXT NOT NULL DEFAULT '',
    work_plan TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    compensation_link TEXT NOT NULL DEFAULT '',
    review_date TEXT
);
CREATE INDEX goal_plan_link_by_cycle ON goal_plan_link(cycle_id, position);
)SQL";

}  // namespace crm::store
