#include "gui/app/document_session.h"

#include "store/store_error.h"

namespace crm::gui {

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QString& text) { return text.toStdString(); }

DocumentSession::DocumentSession(QObject* parent) : QObject(parent) {}

DocumentSession::~DocumentSession() {
    undo_.clear();  // commands refer to this session
}

void DocumentSession::open(const QString& path) { adopt(store::Document::open(toStd(path))); }

void DocumentSession::create(const QString& path, const Assessment& content) {
    adopt(store::Document::create(toStd(path), content, true));
}

void DocumentSession::adopt(store::Document&& opened) {
    if (document_) emit aboutToReset();  // workshop mode: the step timer writes its last seconds
    undo_.clear();
    document_.reset();  // releases the previous file's lock first
    document_.emplace(std::move(opened));
    const Assessment& a = document_->assessment();
    cycleId_ = a.currentCycle() ? a.currentCycle()->id
                                : (a.cycles.empty() ? EntityId{} : a.cycles.back().id);
    emit documentReset();
}

void DocumentSession::close() {
    if (document_) emit aboutToReset();  // workshop mode: the step timer writes its last seconds
    undo_.clear();
    document_.reset();
    cycleId_.clear();
    emit documentReset();
}

QString DocumentSession::path() const {
    return document_ ? QString::fromStdString(document_->path()) : QString();
}

const Assessment& DocumentSession::assessment() const {
    static const Assessment empty;
    return document_ ? document_->assessment() : empty;
}

store::Document& DocumentSession::document() { return *document_; }

const Cycle* DocumentSession::cycle() const {
    return document_ ? document_->assessment().findCycle(cycleId_) : nullptr;
}

EntityId DocumentSession::cycleId() const { return cycleId_; }

void DocumentSession::switchCycle(const EntityId& cycleId) {
    if (!document_ || cycleId == cycleId_ || !document_->assessment().findCycle(cycleId)) return;
    emit aboutToReset();  // workshop mode: the step timer writes its last seconds
    cycleId_ = cycleId;
    if (!document_->readOnly())
        runOnDocument([&](store::Document& d) { d.setCurrentCycle(cycleId); });
    emit documentReset();
}

void DocumentSession::reportError(const QString& message) { emit errorOccurred(message); }

bool DocumentSession::runOnDocument(const std::function<void(store::Document&)>& call) {
    if (!document_) return false;
    try {
        call(*document_);
    } catch (const store::StoreError& e) {
        reportError(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

// --- Annual reset (cycle_commands.*) ---
void DocumentSession::announceCycles(const EntityId& cycleId) {
    if (!document_) return;
    const Assessment& a = document_->assessment();
    if (a.findCycle(cycleId))
        cycleId_ = cycleId;
    else if (!a.findCycle(cycleId_))
        cycleId_ = a.currentCycle() ? a.currentCycle()->id : a.cycles.back().id;
    if (!document_->readOnly() && a.currentCycleId != cycleId_)
        runOnDocument([&](store::Document& d) { d.setCurrentCycle(cycleId_); });
    emit documentReset();
}
// --- end annual reset ---

bool DocumentSession::applyField(const EntityId& cycleId, const EntityDescriptor& kind,
                                 const EntityId& itemId, std::string_view fieldKey,
                                 const FieldValue& value) {
    if (!runOnDocument(
            [&](store::Document& d) { d.setField(cycleId, kind, itemId, fieldKey, value); }))
        return false;
    emit fieldChanged(toQString(kind.kind), QString::fromStdString(itemId), toQString(fieldKey));
    emit edited();
    return true;
}

std::optional<EntityId> DocumentSession::applyInsert(const EntityId& cycleId,
                                                     const EntityDescriptor& kind,
                                                     std::size_t index,
                                                     const std::optional<EntityRecord>& record) {
    EntityId id;
    if (!runOnDocument(
            [&](store::Document& d) { id = d.insertItem(cycleId, kind, index, record); }))
        return std::nullopt;
    const Cycle* c = document_->assessment().findCycle(cycleId);
    auto row = c ? kind.indexOf(*c, id) : std::nullopt;
    emit listChanged(toQString(kind.kind), row ? static_cast<int>(*row) : -1);
    emit edited();
    return id;
}

std::optional<store::Document::RemovedItem> DocumentSession::applyRemove(
    const EntityId& cycleId, const EntityDescriptor& kind, const EntityId& itemId) {
    std::optional<store::Document::RemovedItem> removed;
    if (!runOnDocument([&](store::Document& d) { removed = d.removeItem(cycleId, kind, itemId); }))
        return std::nullopt;
    const Cycle* c = document_->assessment().findCycle(cycleId);
    const int remaining = c ? static_cast<int>(kind.count(*c)) : 0;
    emit listChanged(toQString(kind.kind),
                     std::min(static_cast<int>(removed->index), remaining - 1));
    emit edited();
    return removed;
}

bool DocumentSession::applyMove(const EntityId& cycleId, const EntityDescriptor& kind,
                                const EntityId& itemId, std::size_t toIndex) {
    if (!runOnDocument([&](store::Document& d) { d.moveItem(cycleId, kind, itemId, toIndex); }))
        return false;
    const Cycle* c = document_->assessment().findCycle(cycleId);
    auto row = c ? kind.indexOf(*c, itemId) : std::nullopt;
    emit listChanged(toQString(kind.kind), row ? static_cast<int>(*row) : -1);
    emit edited();
    return true;
}

}  // namespace crm::gui
