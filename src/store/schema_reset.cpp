// Tables of the annual reset flow (outward, inward, decisions, schedule), added by a migration.
#include "store/migrations.h"

namespace crm::store {

const char* const kSchemaResetTables = R"SQL(
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
)SQL";

}  // namespace crm::store
