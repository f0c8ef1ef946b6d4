#include "gui/help/help_menu.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include "gui/app/main_window.h"
#include "gui/help/about_dialog.h"
#include "gui/help/shortcuts_dialog.h"
#include "gui/help/user_guide_dialog.h"

namespace crm::gui {

namespace {

// One dialog per window, made on first use and shown again after that.
template <class Dialog>
void showOnce(MainWindow& window) {
    auto* dialog = window.findChild<Dialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) dialog = new Dialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QAction* stepHelpAction(MainWindow& window) {
    for (QAction* action : window.actions())
        if (action->shortcuts().contains(QKeySequence(Qt::Key_F1))) return action;
    return nullptr;
}

}  // namespace

void attachHelpMenu(MainWindow& window) {
    if (window.findChild<QMenu*>(QStringLiteral("helpMenu"))) return;
    QMenu* menu = window.menuBar()->addMenu(QObject::tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));

    auto* guide = menu->addAction(QObject::tr("&User guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setStatusTip(QObject::tr("How to prepare, run and follow up a workshop"));
    QObject::connect(guide, &QAction::triggered, &window,
                     [&window] { showOnce<UserGuideDialog>(window); });

    auto* keys = menu->addAction(QObject::tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    keys->setStatusTip(QObject::tr("Every key of the window's menus and pages"));
    window.addAction(keys);  // the shortcut works in full screen too, where the menu bar may hide
    QObject::connect(keys, &QAction::triggered, &window, [&window] {
        // Made anew each time: features may have added actions since.
        delete window.findChild<ShortcutsDialog*>(QString(), Qt::FindDirectChildrenOnly);
        showOnce<ShortcutsDialog>(window);
    });

    // The window's F1 toggles the help beside the steps; it stays in View and shows here too.
    if (QAction* stepHelp = stepHelpAction(window)) menu->addAction(stepHelp);

    menu->addSeparator();
    auto* about = menu->addAction(QObject::tr("&About CRM Strategy Workbench"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &window,
                     [&window] { showOnce<AboutDialog>(window); });
}

}  // namespace crm::gui
