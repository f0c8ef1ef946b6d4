#pragma once
// Reading and writing whole assessments and single items as table rows.
#include "engine/model/assessment.h"
#include "engine/model/descriptor.h"
#include "store/sqlite_db.h"

namespace crm::store {

Assessment loadAssessment(Database& db);  // throws StoreError(Corrupt) on bad data
// Company, facilitator, industry and currency (document_meta), in the caller's transaction.
void writeDocumentProperties(Database& db, const DocumentProperties& properties);
// Replaces the stored list of report sections left out (schema v8).
void writeReportSectionsLeftOut(Database& db, const std::vector<std::string>& sections);
// The customer analysis settings (document_meta; a setting not set has no row).
void writeCustomerAnalysisSettings(Database& db, const CustomerAnalysisSettings& settings);
void writeAssessment(Database& db, const Assessment& a);  // into empty tables, caller's transaction

// The cycle's own row only (its items go in with insertRow).
void insertCycleRow(Database& db, const Cycle& cycle, std::size_t position);
void insertRow(Database& db, const EntityDescriptor& kind, const EntityId& cycleId,
               std::size_t position, const Entity& item);
void renumberPositions(Database& db, const EntityDescriptor& kind, const Cycle& cycle);
void writeMeta(Database& db, std::string_view key, const std::string& value);

}  // namespace crm::store
