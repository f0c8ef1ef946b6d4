// Schema version 6: the deliverables. Tracked actions, the facilitator's narrative per report
// section, the report's cover page (one per cycle) and the sign-off block.
#include "store/migrations.h"

namespace crm::store {

const char* const kSchemaDeliverables = R"SQL(
CREATE TABLE report_cover (
    cycle_id TEXT PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    prepared_for TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT '',
    logo TEXT NOT NULL DEFAULT ''
);
INSERT INTO report_cover (cycle_id) SELECT id FROM cycle;
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
)SQL";

}  // namespace crm::store
