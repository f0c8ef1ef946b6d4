#pragma once
// The open document as the window sees it: the store's Document, the cycle being edited and
// the undo stack. Every edit passes through here (called by the undo commands), is written to
// the file at once by the store, and is announced with a signal so views refresh.
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>

#include "store/document.h"

namespace crm::gui {

class DocumentSession : public QObject {
    Q_OBJECT
  public:
    explicit DocumentSession(QObject* parent = nullptr);
    ~DocumentSession() override;

    // Opening and closing. Throws crm::store::StoreError (the caller shows it once).
    void open(const QString& path);
    void create(const QString& path, const Assessment& content);
    void close();

    bool isOpen() const { return document_.has_value(); }
    QString path() const;
    const Assessment& assessment() const;
    store::Document& document();
    const Cycle* cycle() const;  // the cycle being edited, or nullptr when nothing is open
    EntityId cycleId() const;
    void switchCycle(const EntityId& cycleId);

    QUndoStack* undoStack() { return &undo_; }

    // The edits. Each returns false (and emits errorOccurred) when the store refused it.
    bool applyField(const EntityId& cycleId, const EntityDescriptor& kind, const EntityId& itemId,
                    std::string_view fieldKey, const FieldValue& value);
    std::optional<EntityId> applyInsert(const EntityId& cycleId, const EntityDescriptor& kind,
                                        std::size_t index,
                                        const std::optional<EntityRecord>& record);
    std::optional<store::Document::RemovedItem> applyRemove(const EntityId& cycleId,
                                                            const EntityDescriptor& kind,
                                                            const EntityId& itemId);
    bool applyMove(const EntityId& cycleId, const EntityDescriptor& kind, const EntityId& itemId,
                   std::size_t toIndex);

    // Reports a problem in the message area (non-blocking).
    void reportError(const QString& message);
    // Runs one call on the open document. Returns false when nothing is open or the store
    // refused the call; the refusal goes to the message area.
    bool runOnDocument(const std::function<void(store::Document&)>& call);

    // --- Annual reset (cycle_commands.*) ---
    // After a cycle was started, renamed, deleted or restored: edits `cycleId` from now on (or the
    // store's current cycle when it is gone) and tells every view, like opening the file does.
    void announceCycles(const EntityId& cycleId);
    // --- end annual reset ---

  signals:
    void documentReset();  // opened, closed, or another cycle chosen
    // --- Workshop mode (agenda_step_timer.*) ---
    void aboutToReset();  // before the open document or cycle goes away: last chance to write to it
    // --- end workshop mode ---
    void fieldChanged(const QString& kind, const QString& itemId, const QString& fieldKey);
    void listChanged(const QString& kind, int focusRow);  // rows added, removed or moved
    void edited();                                        // after any successful edit
    void propertiesChanged();  // company, facilitator, industry or currency (before edited())
    void errorOccurred(const QString& message);

  private:
    void adopt(store::Document&& opened);

    std::optional<store::Document> document_;
    EntityId cycleId_;
    QUndoStack undo_;
};

QString toQString(std::string_view text);
std::string toStd(const QString& text);

}  // namespace crm::gui
