#include "store/document.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "platform/file_system.h"
#include "platform/this_process.h"
#include "store/cycle_copy.h"
#include "store/document_dependents.h"
#include "store/document_rows.h"
#include "store/field_columns.h"
#include "store/migrations.h"
#include "store/store_error.h"

namespace crm::store {

namespace {

void configure(Database& db) {
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA synchronous = FULL");  // a committed edit survives a crash
}

// Every id in the document: cycles and the items of every kind.
std::set<std::string, std::less<>> usedIds(const Assessment& a) {
    std::set<std::string, std::less<>> used;
    for (const auto& c : a.cycles) {
        used.insert(c.id);
        for (const auto* d : entityDescriptors())
            for (std::size_t i = 0; i < d->count(c); ++i) used.insert(d->at(c, i).id);
    }
    return used;
}

void checkIntegrity(Database& db) {
    Statement st = db.prepare("PRAGMA quick_check");
    std::string first = st.step() ? st.text(0) : std::string("no answer");
    if (first != "ok")
        throw StoreError(
            StoreErrorKind::Corrupt,
            fmt::format("{}: the document is damaged (integrity check: {})", db.path(), first));
}

}  // namespace

Document::Document(std::string path, FileLock lock, Database db, bool readOnly)
    : path_(std::move(path)), lock_(std::move(lock)), db_(std::move(db)), readOnly_(readOnly) {}

Document& Document::operator=(Document&& other) noexcept {
    if (this != &other) {
        db_.close();  // SQLite first: closing the lock's descriptor would drop SQLite's own locks
        lock_.release();
        path_ = std::move(other.path_);
        lock_ = std::move(other.lock_);
        db_ = std::move(other.db_);
        readOnly_ = other.readOnly_;
        assessment_ = std::move(other.assessment_);
        catalogVersions_ = std::move(other.catalogVersions_);
        detached_ = std::move(other.detached_);
    }
    return *this;
}

Document Document::create(const std::string& path, const Assessment& content,
                          bool replaceExisting) {
    if (fileExists(path) && !replaceExisting)
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("{}: already exists; choose another name", path));
    if (const std::string problem = documentPropertiesProblem(content.properties());
        !problem.empty())
        throw StoreError(StoreErrorKind::InvalidInput, problem);
    std::optional<FileLock> existingLock;
    if (fileExists(path)) existingLock.emplace(path);  // refuse to replace a file open elsewhere
    const std::string temp = fmt::format("{}.tmp-{}", path, platform::currentProcessId());
    std::filesystem::remove(temp);
    try {
        Database db(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        configure(db);
        migrate(db, schemaMigrations());
        Transaction tx(db);
        writeAssessment(db, content);
        tx.commit();
        db.close();
    } catch (...) {
        std::filesystem::remove(temp);
        throw;
    }
    existingLock.reset();
    if (platform::replaceFile(temp, path)) {
        std::filesystem::remove(temp);
        throw StoreError(StoreErrorKind::Io, fmt::format("{}: cannot be written", path));
    }
    return open(path);
}

Document Document::open(const std::string& path, OpenMode mode) {
    if (mode == OpenMode::Snapshot) return openSnapshot(path);
    const HeaderFacts header = checkDocumentHeader(path);
    const bool writable = mode == OpenMode::ReadWrite && isWritable(path);
    FileLock lock(path);
    if (header.userVersion < currentSchemaVersion() && writable)
        copyFile(path, fmt::format("{}.v{}.bak", path, header.userVersion));  // keep the old file
    Database db(path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
    Document doc(path, std::move(lock), std::move(db), !writable);
    doc.load(writable);
    return doc;
}

Document Document::openSnapshot(const std::string& path) {
    checkDocumentHeader(path);  // refuse a missing, foreign or newer file before SQLite opens it
    Database copy;
    try {
        copy = Database::inMemoryCopy(path);
    } catch (const StoreError& e) {
        // A crashed edit left its journal behind, and only a writer may roll it back. When
        // nothing has the file open (the lock is free), do what any open does first, then copy.
        if (e.kind() != StoreErrorKind::ReadOnly || !fileExists(path + "-journal") ||
            !isWritable(path))
            throw;
        {
            FileLock lock(path);
            Database writer(path, SQLITE_OPEN_READWRITE);
            writer.pragmaInteger("SELECT count(*) FROM sqlite_schema");  // rolls the journal back
        }
        copy = Database::inMemoryCopy(path);
    }
    // The copy's own header: the file may have been replaced since the check above.
    if (copy.pragmaInteger("PRAGMA application_id") != kApplicationId)
        throw StoreError(StoreErrorKind::NotOurs,
                         fmt::format("{}: not a CRM Workbench document", path));
    Document doc(path, FileLock{}, std::move(copy), true);
    doc.load(true);  // an older version is upgraded in the copy, never in the file
    return doc;
}

void Document::load(bool mayUpgrade) {
    checkIntegrity(db_);
    configure(db_);
    const std::int64_t version = db_.pragmaInteger("PRAGMA user_version");
    if (version > currentSchemaVersion())
        throw StoreError(
            StoreErrorKind::NewerVersion,
            fmt::format("{}: written by a newer version of CRM Workbench (document version {}, "
                        "this program reads up to {}); please update the program",
                        path_, version, currentSchemaVersion()));
    if (version < currentSchemaVersion()) {
        if (!mayUpgrade)
            throw StoreError(StoreErrorKind::ReadOnly,
                             fmt::format("{}: must be upgraded but is read-only", path_));
        migrate(db_, schemaMigrations());
    }
    assessment_ = loadAssessment(db_);
    loadCatalogVersions();
}

Assessment Document::blankAssessment(const std::string& companyName, const std::string& cycleName) {
    Assessment a;
    a.companyName = companyName;
    Cycle c;
    c.id = "cycle-1";
    c.name = cycleName;
    c.statement.id = c.id;
    c.relationship.id = c.id;
    c.cover.id = c.id;
    a.cycles.push_back(c);
    a.currentCycleId = c.id;
    return a;
}

void Document::beginGroup() {
    requireWritable();
    db_.beginGroup();
}

void Document::commitGroup() {
    try {
        db_.commitGroup();
    } catch (const StoreError&) {
        db_.rollbackGroup();
        detached_.clear();
        assessment_ = loadAssessment(db_);
        loadCatalogVersions();
        throw;
    }
}

void Document::requireWritable() const {
    if (readOnly_)
        throw StoreError(StoreErrorKind::ReadOnly,
                         fmt::format("{}: is read-only; save a copy to make changes", path_));
}

Cycle& Document::cycleOrThrow(const EntityId& cycleId) {
    Cycle* c = assessment_.findCycle(cycleId);
    if (!c)
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("no cycle '{}' in {}", cycleId, path_));
    return *c;
}

void Document::setField(const EntityId& cycleId, const EntityDescriptor& kind,
                        const EntityId& itemId, std::string_view fieldKey,
                        const FieldValue& value) {
    requireWritable();
    Cycle& cycle = cycleOrThrow(cycleId);
    const FieldDescriptor* field = kind.field(fieldKey);
    auto index = kind.singleton ? std::optional<std::size_t>{0} : kind.indexOf(cycle, itemId);
    if (!field || !index)
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("no {} '{}' with a field '{}'", kind.label, itemId, fieldKey));
    CoerceResult checked = coerceValue(*field, value);
    if (!checked.error.empty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("{}: {}", field->label, checked.error));
    Statement st = db_.prepare(fmt::format("UPDATE {} SET \"{}\" = ? WHERE {} = ?", kind.table,
                                           field->key, kind.singleton ? "cycle_id" : "id"));
    bindFieldValue(st, 1, *field, checked.value);
    st.bind(2, kind.singleton ? cycleId : itemId);
    Transaction tx(db_);
    st.run();
    tx.commit();
    field->set(kind.atMutable(cycle, *index), checked.value);
}

EntityId Document::insertItem(const EntityId& cycleId, const EntityDescriptor& kind,
                              std::size_t index, std::optional<EntityRecord> record) {
    requireWritable();
    if (kind.singleton)
        throw StoreError(StoreErrorKind::InvalidInput, "a single item cannot be inserted");
    Cycle& cycle = cycleOrThrow(cycleId);
    Cycle scratch = cycle;  // build the new list aside; swap in only after the commit
    index = std::min(index, kind.count(scratch));
    Entity& item = kind.insertBlank(scratch, index);
    if (record) applyRecord(kind, item, *record);
    if (item.id.empty()) item.id = generateId(kind.kind);
    // Fill text/list columns so NOT NULL holds; a choice keeps the item's own default (a new
    // participant is internal staff, the usual case in a workshop room).
    if (!record)
        for (const auto& f : kind.fields)
            if (f.type != FieldType::Choice) f.set(item, coerceValue(f, FieldValue{}).value);
    const EntityId id = item.id;
    const auto detached = detached_.find(id);
    Transaction tx(db_);
    insertRow(db_, kind, cycleId, index, item);
    renumberPositions(db_, kind, scratch);
    if (detached != detached_.end()) attachDependents(db_, cycleId, scratch, detached->second);
    tx.commit();
    cycle = std::move(scratch);
    if (detached != detached_.end()) detached_.erase(detached);
    return id;
}

Document::RemovedItem Document::removeItem(const EntityId& cycleId, const EntityDescriptor& kind,
                                           const EntityId& itemId) {
    requireWritable();
    Cycle& cycle = cycleOrThrow(cycleId);
    auto index = kind.singleton ? std::nullopt : kind.indexOf(cycle, itemId);
    if (!index)
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("no {} '{}'", kind.label, itemId));
    RemovedItem removed{captureRecord(kind, kind.at(cycle, *index)), *index,
                        findDependents(cycle, itemId)};
    Cycle scratch = cycle;
    kind.erase(scratch, *index);
    Statement st = db_.prepare(fmt::format("DELETE FROM {} WHERE id = ?", kind.table));
    st.bind(1, itemId);
    Transaction tx(db_);
    st.run();
    renumberPositions(db_, kind, scratch);
    detachDependents(db_, scratch, removed.dependents);
    tx.commit();
    cycle = std::move(scratch);
    if (!removed.dependents.empty()) detached_[itemId] = removed.dependents;
    return removed;
}

void Document::moveItem(const EntityId& cycleId, const EntityDescriptor& kind,
                        const EntityId& itemId, std::size_t toIndex) {
    requireWritable();
    Cycle& cycle = cycleOrThrow(cycleId);
    auto from = kind.singleton ? std::nullopt : kind.indexOf(cycle, itemId);
    if (!from)
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("no {} '{}'", kind.label, itemId));
    Cycle scratch = cycle;
    crm::moveItem(kind, scratch, *from, std::min(toIndex, kind.count(scratch) - 1));
    Transaction tx(db_);
    renumberPositions(db_, kind, scratch);
    tx.commit();
    cycle = std::move(scratch);
}

void Document::setDocumentProperties(const DocumentProperties& properties) {
    requireWritable();
    if (const std::string problem = documentPropertiesProblem(properties); !problem.empty())
        throw StoreError(StoreErrorKind::InvalidInput, problem);
    Transaction tx(db_);
    writeDocumentProperties(db_, properties);
    tx.commit();
    assessment_.setProperties(properties);
}

void Document::setReportSectionsLeftOut(std::vector<std::string> sections) {
    requireWritable();
    std::sort(sections.begin(), sections.end());
    sections.erase(std::unique(sections.begin(), sections.end()), sections.end());
    Transaction tx(db_);
    writeReportSectionsLeftOut(db_, sections);
    tx.commit();
    assessment_.reportSectionsLeftOut = std::move(sections);
}

void Document::setCustomerAnalysisSettings(const CustomerAnalysisSettings& settings) {
    requireWritable();
    if (const std::string problem = customerAnalysisSettingsProblem(settings); !problem.empty())
        throw StoreError(StoreErrorKind::InvalidInput, problem);
    Transaction tx(db_);
    writeCustomerAnalysisSettings(db_, settings);
    tx.commit();
    assessment_.customerAnalysis = settings;
}

void Document::setCurrentCycle(const EntityId& cycleId) {
    requireWritable();
    cycleOrThrow(cycleId);
    Transaction tx(db_);
    writeMeta(db_, "current_cycle_id", cycleId);
    tx.commit();
    assessment_.currentCycleId = cycleId;
}

void Document::setCycleName(const EntityId& cycleId, const std::string& name) {
    requireWritable();
    Cycle& cycle = cycleOrThrow(cycleId);
    Statement st = db_.prepare("UPDATE cycle SET name = ? WHERE id = ?");
    st.bind(1, name);
    st.bind(2, cycleId);
    Transaction tx(db_);
    st.run();
    tx.commit();
    cycle.name = name;
}

void Document::setCycleDate(const EntityId& cycleId, std::optional<Date> date) {
    requireWritable();
    Cycle& cycle = cycleOrThrow(cycleId);
    Statement st = db_.prepare("UPDATE cycle SET assessment_date = ? WHERE id = ?");
    if (date)
        st.bind(1, formatDate(*date));
    else
        st.bindNull(1);
    st.bind(2, cycleId);
    Transaction tx(db_);
    st.run();
    tx.commit();
    cycle.assessmentDate = date;
}

void Document::setProfileValue(std::string_view key, double value) {
    requireWritable();
    MethodologyProfile updated = assessment_.profile;
    if (!updated.setValue(key, value))
        throw StoreError(StoreErrorKind::InvalidInput,
                         fmt::format("no profile parameter '{}'", key));
    Statement st =
        db_.prepare("INSERT OR REPLACE INTO profile_parameter (key, value) VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, value);
    Transaction tx(db_);
    st.run();
    tx.commit();
    assessment_.profile = updated;
}

EntityId Document::startNewCycle(const EntityId& fromCycleId, const std::string& name,
                                 std::optional<Date> assessmentDate) {
    requireWritable();
    const Cycle& from = cycleOrThrow(fromCycleId);
    std::set<std::string, std::less<>> used = usedIds(assessment_);
    std::size_t counter = used.size();
    auto makeId = [&](std::string_view kind) {
        for (;; ++counter) {
            std::string id = fmt::format("{}-{}", kind, counter);
            if (used.insert(id).second) return id;
        }
    };
    const EntityId newId = makeId("cycle");
    Cycle copy = copyCycleForReset(from, newId, name, assessmentDate, makeId);
    insertCycle(copy, assessment_.cycles.size());
    setCurrentCycle(newId);
    return newId;
}

void Document::insertCycle(const Cycle& cycle, std::size_t position) {
    requireWritable();
    position = std::min(position, assessment_.cycles.size());
    std::vector<Cycle> cycles = assessment_.cycles;
    cycles.insert(cycles.begin() + static_cast<std::ptrdiff_t>(position), cycle);
    Transaction tx(db_);
    insertCycleRow(db_, cycle, position);
    for (const auto* kind : entityDescriptors())
        for (std::size_t i = 0; i < kind->count(cycle); ++i)
            insertRow(db_, *kind, cycle.id, i, kind->at(cycle, i));
    Statement order = db_.prepare("UPDATE cycle SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < cycles.size(); ++i) {
        order.bind(1, static_cast<std::int64_t>(i));
        order.bind(2, cycles[i].id);
        order.run();
    }
    tx.commit();
    assessment_.cycles = std::move(cycles);
}

std::pair<Cycle, std::size_t> Document::deleteCycle(const EntityId& cycleId) {
    requireWritable();
    cycleOrThrow(cycleId);
    if (assessment_.cycles.size() == 1)
        throw StoreError(StoreErrorKind::InvalidInput,
                         "the last cycle of a document cannot be deleted");
    auto it = std::find_if(assessment_.cycles.begin(), assessment_.cycles.end(),
                           [&](const Cycle& c) { return c.id == cycleId; });
    const std::size_t position = static_cast<std::size_t>(it - assessment_.cycles.begin());
    Cycle removed = *it;
    std::vector<Cycle> cycles = assessment_.cycles;
    cycles.erase(cycles.begin() + static_cast<std::ptrdiff_t>(position));
    const EntityId newCurrent =
        assessment_.currentCycleId == cycleId ? cycles.back().id : assessment_.currentCycleId;
    Transaction tx(db_);
    Statement st = db_.prepare("DELETE FROM cycle WHERE id = ?");  // items go by ON DELETE CASCADE
    st.bind(1, cycleId);
    st.run();
    writeMeta(db_, "current_cycle_id", newCurrent);
    tx.commit();
    assessment_.cycles = std::move(cycles);
    assessment_.currentCycleId = newCurrent;
    return {removed, position};
}

std::vector<EntityId> Document::appendItems(const EntityId& cycleId, const EntityDescriptor& kind,
                                            const std::vector<EntityRecord>& records) {
    requireWritable();
    if (kind.singleton)
        throw StoreError(StoreErrorKind::InvalidInput, "a single item cannot be inserted");
    Cycle& cycle = cycleOrThrow(cycleId);
    Cycle scratch = cycle;  // swapped in only after the commit
    std::set<std::string, std::less<>> used = usedIds(assessment_);
    std::vector<EntityId> ids;
    Transaction tx(db_);
    for (const auto& record : records) {
        const std::size_t index = kind.count(scratch);
        Entity& item = kind.insertBlank(scratch, index);
        applyRecord(kind, item, record);
        for (std::size_t n = used.size() + 1; item.id.empty() || used.count(item.id) > 0; ++n)
            item.id = fmt::format("{}-{}", kind.kind, n);
        used.insert(item.id);
        ids.push_back(item.id);
        insertRow(db_, kind, cycleId, index, item);
    }
    tx.commit();
    cycle = std::move(scratch);
    return ids;
}

EntityId Document::generateId(std::string_view kind) const {
    const auto used = usedIds(assessment_);
    for (std::size_t n = used.size() + 1;; ++n) {
        std::string id = fmt::format("{}-{}", kind, n);
        if (!used.count(id)) return id;
    }
}

}  // namespace crm::store
