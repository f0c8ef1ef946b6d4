// Tables of workshop mode (participants, ratings, agreed values, evidence, scope, parking lot,
// agenda), added by a migration.
#include "store/migrations.h"

namespace crm::store {

const char* const kSchemaWorkshopTables = R"SQL(
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
)SQL";

}  // namespace crm::store
