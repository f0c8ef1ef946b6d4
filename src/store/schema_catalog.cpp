// Schema version 5: which version of each built-in catalog (resources/catalogs/NAME.json) the
// document's lists were filled from, so a newer program can offer the catalog's new items.
//
// Before version 5 every built-in catalog was at version 1, so a migrated file records 1 for
// each catalog its lists show signs of: capabilities (building_blocks), metrics and customer
// attributes with a catalog key. A catalog never used gets its row when items are first added.
#include "store/schema_sql.h"

namespace crm::store {

const char* const kSchemaCatalogVersions = R"SQL(
CREATE TABLE catalog_version (
    catalog TEXT PRIMARY KEY,   -- the catalog's file name without ".json"
    version INTEGER NOT NULL    -- its "version" when items were last added from it or updated
);
INSERT INTO catalog_version (catalog, version)
    SELECT 'building_blocks', 1 WHERE EXISTS (SELECT 1 FROM capability_rating);
INSERT INTO catalog_version (catalog, version)
    SELECT 'metrics', 1 WHERE EXISTS (SELECT 1 FROM current_metric WHERE catalog_key <> '');
INSERT INTO catalog_version (catalog, version)
    SELECT 'attributes', 1 WHERE EXISTS (SELECT 1 FROM attribute_rating WHERE catalog_key <> '');
)SQL";

}  // namespace crm::store
