#pragma once
// What the window says after an undo or redo that changed more than one field: the command's
// text, what is gone or back, and where to look ("Undone: Start cycle 2027 from 2026 — the cycle
// 2027 is gone; you are back in 2026", then the reset page). A one-field edit says nothing: the
// change is where the user is looking.
#include <QString>
#include <QUndoCommand>

#include <optional>
#include <string>

#include "engine/model/entities.h"

namespace crm::gui {

// Where an undone or redone edit shows.
struct UndoPlace {
    EntityId cycleId;  // the cycle it changed; empty: the one in use
    int step = 0;      // 1..10: that step's page
    QString page;      // else a page beside the steps (its objectName in MainWindow::views())
    QString kind;      // else the kind of items it changed, for a feature to show (e.g. "agenda")
};

struct UndoNotice {
    QString message;
    UndoPlace place;
};

// A command that changes several fields says itself what its undo and redo did.
class NoticedCommand {
  public:
    virtual ~NoticedCommand() = default;
    virtual QString afterUndo() const = 0;  // e.g. "the cycle 2027 is gone; you are back in 2026"
    virtual QString afterRedo() const = 0;
    virtual UndoPlace place() const = 0;
};

// Edits that undo and redo as one (its children), named by `text`, e.g. the ten agenda steps.
class EditGroupCommand : public QUndoCommand, public NoticedCommand {
  public:
    EditGroupCommand(const QString& text, UndoPlace place, QString afterUndo, QString afterRedo);
    QString afterUndo() const override { return afterUndo_; }
    QString afterRedo() const override { return afterRedo_; }
    UndoPlace place() const override { return place_; }

  private:
    UndoPlace place_;
    QString afterUndo_, afterRedo_;
};

// The notice for `command` just undone (`undone`) or redone; none for a one-field edit. A group
// that does not say itself is described by its children: how many items of which kind it added
// or removed.
std::optional<UndoNotice> undoNoticeFor(const QUndoCommand& command, bool undone);

// "agenda slot" -> "agenda slots"; "KPI" -> "KPIs".
QString countedItems(int count, const QString& kindInSentence);

}  // namespace crm::gui
