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
CREATE TABLE transaction_import (
    id INTEGER PRIMARY KEY,
    source_name TEXT NOT NULL,            -- the file name the lines came from (no folder)
    imported_at TEXT NOT NULL,            -- UTC, "YYYY-MM-DDTHH:MM:SSZ"
    mapping TEXT NOT NULL,                -- how the file was read, as JSON (docs/file-format.md)
    rows_read INTEGER NOT NULL,           -- data records in the file
    rows_imported INTEGER NOT NULL,       -- = the lines of this import in transaction_line
    rows_skipped_bad INTEGER NOT NULL,    -- lines with an unparsable or missing field
    rows_skipped_no_customer INTEGER NOT NULL,
    has_quantity INTEGER NOT NULL,        -- quantity_sign comes from a quantity column
    has_cost INTEGER NOT NULL,            -- cost is set on every line
    has_order INTEGER NOT NULL,           -- order_id is set on every line
    has_segment INTEGER NOT NULL          -- segment is set on every line
);
CREATE TABLE transaction_line (
    import_id INTEGER NOT NULL REFERENCES transaction_import(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL,
    day INTEGER NOT NULL,                 -- days since 1970-01-01
    amount INTEGER NOT NULL,              -- thousandths of the currency unit; negative = return
    cost INTEGER,                         -- thousandths; NULL when the import has no cost
    quantity_sign INTEGER NOT NULL CHECK (quantity_sign IN (-1, 0, 1)),
    order_id TEXT,                        -- NULL when the import has no order column
    segment TEXT,                         -- NULL when the import has no segment column
    source_line INTEGER NOT NULL          -- 1-based physical line in the source file
);
CREATE TABLE outward_observation (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    measure TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    last_year REAL,
    this_year REAL,
    target REAL,
    direction TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outward_observation_by_cycle ON outward_observation(cycle_id, position);
CREATE TABLE inward_finding (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL,
    respondents INTEGER,
    understanding INTEGER,
    application INTEGER,
    drift_noticed TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inward_finding_by_cycle ON inward_finding(cycle_id, position);
CREATE TABLE reset_decision (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    subject_id TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL,
    change TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reset_decision_by_cycle ON reset_decision(cycle_id, position);
CREATE TABLE scheduled_event (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    day TEXT,
    start_time TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER,
    location TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scheduled_event_by_cycle ON scheduled_event(cycle_id, position);
CREATE TABLE participant (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    perspective TEXT NOT NULL
);
CREATE INDEX participant_by_cycle ON participant(cycle_id, position);
CREATE TABLE rating (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    dimension TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    value INTEGER
);
CREATE INDEX rating_by_cycle ON rating(cycle_id, position);
CREATE TABLE consensus_value (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    dimension TEXT NOT NULL,
    value INTEGER,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consensus_value_by_cycle ON consensus_value(cycle_id, position);
CREATE TABLE evidence_note (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    file_reference TEXT NOT NULL DEFAULT '',
    to_review INTEGER
);
CREATE INDEX evidence_note_by_cycle ON evidence_note(cycle_id, position);
CREATE TABLE scope_exclusion (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scope_exclusion_by_cycle ON scope_exclusion(cycle_id, position);
CREATE TABLE parking_lot_item (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    step INTEGER,
    text TEXT NOT NULL DEFAULT '',
    raised_by TEXT NOT NULL DEFAULT '',
    closed INTEGER,
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX parking_lot_item_by_cycle ON parking_lot_item(cycle_id, position);
CREATE TABLE agenda_slot (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    step INTEGER,
    planned_minutes INTEGER,
    spent_seconds INTEGER
);
CREATE INDEX agenda_slot_by_cycle ON agenda_slot(cycle_id, position);
CREATE TABLE catalog_version (
    catalog TEXT PRIMARY KEY,   -- the catalog's file name without ".json"
    version INTEGER NOT NULL    -- its "version" when items were last added from it or updated
);
CREATE TABLE report_cover (
    cycle_id TEXT PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    prepared_for TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT '',
    logo TEXT NOT NULL DEFAULT ''
);
CREATE TABLE action_item (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL,
    kpi_id TEXT NOT NULL DEFAULT '',
    objective_id TEXT NOT NULL DEFAULT '',
    resource_id TEXT NOT NULL DEFAULT '',
    cost INTEGER,
    note TEXT NOT NULL DEFAULT '',
    finding_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_item_by_cycle ON action_item(cycle_id, position);
CREATE TABLE section_narrative (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    part TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX section_narrative_by_cycle ON section_narrative(cycle_id, position);
CREATE TABLE sign_off (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    signed_on TEXT
);
CREATE INDEX sign_off_by_cycle ON sign_off(cycle_id, position);
CREATE TABLE step_time (
    id TEXT PRIMARY KEY,
    cycle_id TEXT NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
    origin_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    step INTEGER,
    spent_seconds INTEGER
);
CREATE INDEX step_time_by_cycle ON step_time(cycle_id, position);
CREATE TABLE report_section_left_out (
    section TEXT PRIMARY KEY NOT NULL
);
