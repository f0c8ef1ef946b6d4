// Schema version 2: imported transaction lines (the customer data of issue 11). Frozen once
// released, like schema_v1.cpp; later changes go through new migrations (migrations.cpp).
//
// One import of a CSV file is one row of transaction_import; its lines are rows of
// transaction_line, deleted with it (cascade). Money is INTEGER thousandths, as everywhere;
// days are days since 1970-01-01 (what the engine's TransactionTable holds).
//
// transaction_line has no index on import_id on purpose: it would cost about 15% of the time
// of a million-line import (kept or rebuilt after the insert, measured in bench/import), and
// the only queries by import (deleting one, loading one) are rare and read the lines anyway.
#include "store/schema_sql.h"

namespace crm::store {

const char* const kSchemaV2 = R"SQL(
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
)SQL";

}  // namespace crm::store
