#pragma once
// The SQL that creates each schema version's tables, as migrations.cpp runs it.
//
// SQLite keeps every CREATE statement as it was written, so this text is part of the file
// format: a released version's SQL never changes (tests/golden/document-schema.sql pins what a
// new document holds). Later changes go through new migrations.
#include <string>
#include <string_view>

namespace crm::store {

std::string schemaV1Sql();                        // schema_v1.cpp: the ten steps, cycles, profile
extern const char* const kSchemaV2;               // schema_v2.cpp: imported transaction lines
std::string schemaResetTablesSql();               // schema_reset.cpp: the annual reset
std::string schemaWorkshopTablesSql();            // schema_workshop.cpp: workshop mode
extern const char* const kSchemaCatalogVersions;  // schema_catalog.cpp
std::string schemaDeliverablesSql();              // schema_deliverables.cpp
std::string schemaStepTimeSql();                  // schema_workshop.cpp: time per step
extern const char* const kSchemaReportSections;   // schema_deliverables.cpp: sections left out

// The two shapes of table that hold a cycle's content (docs/file-format.md). `ownColumns` are
// the table's column lines after the ones every table of its shape has, each on a new line
// indented by four spaces, without a final comma. The names are our own constants.

// One row per cycle (the strategy statement, the relationship state, the report cover), keyed
// by its cycle.
std::string cycleSingletonTableSql(std::string_view table, std::string_view ownColumns);

// A list of a cycle: each row has its id, its cycle, the item it was copied from in the
// previous cycle (origin_id) and its place in the list, and an index reads a cycle's list in
// order.
std::string cycleListTableSql(std::string_view table, std::string_view ownColumns);

}  // namespace crm::store
