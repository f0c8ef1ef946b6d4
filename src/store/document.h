#pragma once
// An open assessment document: the SQLite file and its content in memory, kept in step.
// Every edit is written in one transaction first and applied in memory only once committed,
// so the file is always current (no Save) and a failed write changes nothing.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/assessment.h"
#include "engine/model/descriptor.h"
#include "store/document_file.h"
#include "store/sqlite_db.h"

namespace crm::store {

// How to open a document. ReadOnly never writes a byte (no upgrade, no rollback of a crashed
// edit's journal) and refuses every edit with StoreError(ReadOnly); ReadWrite falls back to
// read-only by itself when the file or its folder cannot be written. Both take the file's lock,
// so they are refused (Locked) while another window or program has the file open.
//
// Snapshot is for readers that must work while a window has the file open: it takes no lock
// and reads the last committed state into memory in one short read transaction
// (Database::inMemoryCopy), so the window's writes wait at most for that copy, never for the
// reader's work. The same checks as a normal open run first (missing, foreign, newer: refused
// untouched) and on the copy (integrity); an older document is upgraded in the copy only. The
// file is never written (except that a crashed edit's journal is rolled back, as any open
// does, when nothing has the file open), and every edit is refused with StoreError(ReadOnly).
enum class OpenMode { ReadWrite, ReadOnly, Snapshot };

class Document {
  public:
    // Writes `content` into a new file at `path` (via a temporary file and a rename, so a
    // failure leaves nothing half-written). Refuses to replace an existing file unless asked.
    static Document create(const std::string& path, const Assessment& content,
                           bool replaceExisting = false);
    // Checks, locks and loads. A foreign, damaged or newer file is refused untouched.
    static Document open(const std::string& path, OpenMode mode = OpenMode::ReadWrite);
    // A new assessment with one empty cycle and the catalog's capabilities (see newAssessment).
    static Assessment blankAssessment(const std::string& companyName, const std::string& cycleName);

    Document(Document&&) noexcept = default;
    Document& operator=(Document&& other) noexcept;  // closes SQLite before dropping the lock
    ~Document() = default;

    const Assessment& assessment() const { return assessment_; }
    const std::string& path() const { return path_; }
    bool readOnly() const { return readOnly_; }
    Database& database() { return db_; }

    void setField(const EntityId& cycleId, const EntityDescriptor& kind, const EntityId& itemId,
                  std::string_view fieldKey, const FieldValue& value);
    // Inserts at `index` (clamped); a new id is made unless the record carries one.
    EntityId insertItem(const EntityId& cycleId, const EntityDescriptor& kind, std::size_t index,
                        std::optional<EntityRecord> record = std::nullopt);
    // Appends several records to a list in one transaction (all or none); records without an
    // id get new ones. Returns the ids in order.
    std::vector<EntityId> appendItems(const EntityId& cycleId, const EntityDescriptor& kind,
                                      const std::vector<EntityRecord>& records);
    // A workshop record that pointed at a removed item (a participant's votes; an item's votes,
    // agreed values, notes and "not applicable" mark) and went with it.
    struct RemovedDependent {
        const EntityDescriptor* kind = nullptr;
        EntityRecord record;
        std::size_t index = 0;
    };
    struct RemovedItem {
        EntityRecord record;
        std::size_t index = 0;
        std::vector<RemovedDependent> dependents;
    };
    // Removes the item and its dependents in one transaction. Inserting the same record (same
    // id) again, as an undo does, puts the dependents back in the same transaction too.
    RemovedItem removeItem(const EntityId& cycleId, const EntityDescriptor& kind,
                           const EntityId& itemId);
    void moveItem(const EntityId& cycleId, const EntityDescriptor& kind, const EntityId& itemId,
                  std::size_t toIndex);

    // Company, facilitator, industry and currency in one transaction. A malformed currency
    // (see documentPropertiesProblem) is refused with StoreError(InvalidInput).
    void setDocumentProperties(const DocumentProperties& properties);
    // The report sections left out (keys; sorted and without repeats when stored), one
    // transaction; an empty list puts every section back.
    void setReportSectionsLeftOut(std::vector<std::string> sections);
    void setCustomerAnalysisSettings(const CustomerAnalysisSettings& settings);
    void setCurrentCycle(const EntityId& cycleId);
    void setCycleName(const EntityId& cycleId, const std::string& name);
    void setCycleDate(const EntityId& cycleId, std::optional<Date> date);
    void setProfileValue(std::string_view key, double value);

    // Annual reset: copies `fromCycleId` (every step, new ids mapped to the old ones) into a new
    // cycle placed last and made current. Returns the new cycle's id.
    EntityId startNewCycle(const EntityId& fromCycleId, const std::string& name,
                           std::optional<Date> assessmentDate);
    // Removes a cycle and everything in it (the last remaining cycle cannot be removed).
    // Returns the removed cycle and its position so an undo can put it back with insertCycle.
    std::pair<Cycle, std::size_t> deleteCycle(const EntityId& cycleId);
    void insertCycle(const Cycle& cycle, std::size_t position);

    // The version of each built-in catalog the lists were filled from (schema v5); a catalog
    // never used has no entry. nullopt removes the entry (an undo of the first use).
    const std::map<std::string, std::int64_t, std::less<>>& catalogVersions() const {
        return catalogVersions_;
    }
    std::optional<std::int64_t> catalogVersion(std::string_view catalog) const;
    void setCatalogVersion(const std::string& catalog, std::optional<std::int64_t> version);

    // Group commit (the room's votes): from beginGroup() every edit goes into one transaction,
    // applied in memory at once but durable only when commitGroup() returns, with one set of
    // disk flushes for all. If the commit fails, the group is rolled back, the content is read
    // again from the file (as it was before beginGroup()) and StoreError is thrown.
    void beginGroup();
    void commitGroup();
    bool groupOpen() const { return db_.groupOpen(); }

    // An id not used anywhere in the document: "<kind>-<n>".
    EntityId generateId(std::string_view kind) const;

  private:
    Document(std::string path, FileLock lock, Database db, bool readOnly);
    static Document openSnapshot(const std::string& path);
    // Checks integrity, upgrades an older document (or refuses it, ReadOnly, when it may not),
    // and reads the content into memory.
    void load(bool mayUpgrade);
    void requireWritable() const;
    Cycle& cycleOrThrow(const EntityId& cycleId);
    void loadCatalogVersions();

    using Dependents = std::vector<RemovedDependent>;

    std::string path_;
    FileLock lock_;  // declared before db_: released only after SQLite has closed the file
    Database db_;
    bool readOnly_ = false;
    Assessment assessment_;
    std::map<std::string, std::int64_t, std::less<>> catalogVersions_;
    // Dependents of removed items, by the removed item's id, until it is inserted again.
    std::map<EntityId, Dependents, std::less<>> detached_;
};

}  // namespace crm::store
