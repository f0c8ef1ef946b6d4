#pragma once
// Features put their menu entries beside related ones, not at the menu's end.
class QAction;
class QKeySequence;
class QMenu;

namespace crm::gui {

// Right after the action with that shortcut, else at the end.
void insertAfterShortcut(QMenu& menu, QAction* action, const QKeySequence& anchor);

}  // namespace crm::gui
