#pragma once
// The undoable cycle edits of the annual reset: start a new cycle, rename one, delete one, and
// set a field of an item in a cycle other than the one in use. Each calls the store through
// DocumentSession, so the file is current after every redo and undo. A command the store
// refuses on its first run marks itself obsolete, and QUndoStack drops it.
#include <QUndoCommand>

#include <optional>
#include <string>

#include "engine/model/cycle.h"
#include "engine/model/descriptor.h"
#include "gui/commands/undo_notice.h"

namespace crm::gui {

class DocumentSession;

// Copies `fromCycleId` into a new cycle and edits it from then on. Undo removes the new cycle
// (keeping it, ids and all, so that redo brings back exactly the same cycle).
class StartCycleCommand : public QUndoCommand, public NoticedCommand {
  public:
    StartCycleCommand(DocumentSession& session, EntityId fromCycleId, std::string name,
                      std::optional<Date> assessmentDate, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString afterUndo() const override;
    QString afterRedo() const override;
    UndoPlace place() const override;
    const EntityId& startedId() const { return startedId_; }

  private:
    DocumentSession& session_;
    EntityId fromId_, editedBefore_;
    std::string name_;
    std::optional<Date> date_;
    EntityId startedId_;
    std::optional<Cycle> started_;  // kept by undo for the redo
    std::size_t position_ = 0;
};

class RenameCycleCommand : public QUndoCommand {
  public:
    RenameCycleCommand(DocumentSession& session, EntityId cycleId, std::string newName,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    bool rename(const std::string& name);

    DocumentSession& session_;
    EntityId cycleId_;
    std::string oldName_, newName_;
};

// Removes a cycle and everything in it; undo puts it back at its place and, if it was the
// cycle in use, uses it again.
class DeleteCycleCommand : public QUndoCommand, public NoticedCommand {
  public:
    DeleteCycleCommand(DocumentSession& session, EntityId cycleId, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    QString afterUndo() const override;
    QString afterRedo() const override;
    UndoPlace place() const override;

  private:
    DocumentSession& session_;
    EntityId cycleId_;
    QString name_;
    bool wasEdited_ = false;
    std::optional<Cycle> removed_;
    std::size_t position_ = 0;
};

// SetFieldCommand always edits the cycle in use; this one names its cycle (used to record this
// year's results on last cycle's milestones, next to their copies in the new cycle).
class SetCycleFieldCommand : public QUndoCommand {
  public:
    SetCycleFieldCommand(DocumentSession& session, EntityId cycleId, const EntityDescriptor& kind,
                         EntityId itemId, const FieldDescriptor& field, FieldValue newValue,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    DocumentSession& session_;
    EntityId cycleId_;
    const EntityDescriptor& kind_;
    EntityId itemId_;
    const FieldDescriptor& field_;
    FieldValue oldValue_, newValue_;
    bool child_ = false;  // part of a larger edit: the parent decides about obsolescence
    bool applied_ = false;
};

}  // namespace crm::gui
