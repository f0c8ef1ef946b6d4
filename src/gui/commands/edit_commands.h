#pragma once
// The undoable edits. Each command calls the store through DocumentSession, so the file is
// current after every redo and undo. A command the store refuses on its first run marks
// itself obsolete, and QUndoStack drops it.
#include <QUndoCommand>

#include <optional>
#include <string_view>

#include "engine/model/descriptor.h"
#include "store/document.h"

namespace crm::gui {

class DocumentSession;

// "KPI" stays as is; "Segment" becomes "segment" inside a sentence.
QString kindInSentence(const EntityDescriptor& kind);
// An engine label ("Target value") as it reads inside a sentence of the window's language.
QString labelInSentence(std::string_view label);

// An edit of the items of one kind. It keeps the cycle in use when it was made, so undo and redo
// change that cycle even after the user has switched to another.
class ItemEditCommand : public QUndoCommand {
  public:
    const EntityDescriptor& kind() const { return kind_; }
    const EntityId& cycleId() const { return cycleId_; }

  protected:
    ItemEditCommand(DocumentSession& session, const EntityDescriptor& kind,
                    QUndoCommand* parent = nullptr);

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    const EntityId cycleId_;
};

class SetFieldCommand : public ItemEditCommand {
  public:
    SetFieldCommand(DocumentSession& session, const EntityDescriptor& kind, EntityId itemId,
                    const FieldDescriptor& field, FieldValue newValue);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;  // consecutive typing in one field
    // Typing into one long text field produces one command per idle pause; merge them.
    void setMergeable(bool mergeable) { mergeable_ = mergeable; }

  private:
    EntityId itemId_;
    const FieldDescriptor& field_;
    FieldValue oldValue_, newValue_;
    bool mergeable_ = false;
};

class InsertItemCommand : public ItemEditCommand {
  public:
    InsertItemCommand(DocumentSession& session, const EntityDescriptor& kind, std::size_t index,
                      std::optional<EntityRecord> record = std::nullopt,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    const EntityId& insertedId() const { return insertedId_; }

  private:
    std::size_t index_;
    std::optional<EntityRecord> record_;
    EntityId insertedId_;
};

class RemoveItemCommand : public ItemEditCommand {
  public:
    RemoveItemCommand(DocumentSession& session, const EntityDescriptor& kind, EntityId itemId,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    EntityId itemId_;
    std::optional<store::Document::RemovedItem> removed_;
};

class MoveItemCommand : public ItemEditCommand {
  public:
    MoveItemCommand(DocumentSession& session, const EntityDescriptor& kind, EntityId itemId,
                    std::size_t fromIndex, std::size_t toIndex);
    void redo() override;
    void undo() override;

  private:
    EntityId itemId_;
    std::size_t from_, to_;
};

}  // namespace crm::gui
