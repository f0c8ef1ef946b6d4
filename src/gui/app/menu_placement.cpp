#include "gui/app/menu_placement.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace crm::gui {

void insertAfterShortcut(QMenu& menu, QAction* action, const QKeySequence& anchor) {
    const QList<QAction*> actions = menu.actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i]->shortcut() == anchor) {
            menu.insertAction(i + 1 < actions.size() ? actions[i + 1] : nullptr, action);
            return;
        }
    menu.addAction(action);
}

}  // namespace crm::gui
