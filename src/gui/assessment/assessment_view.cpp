#include "gui/assessment/assessment_view.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QTreeView>

#include "gui/app/main_window.h"
#include "gui/assessment/assessment_panel.h"
#include "gui/common/scroll_page.h"

namespace crm::gui {

// A dock rather than a separate page: on a 1366x768 projector the facilitator fixes a value in
// the step and watches its score change beside it; a page would hide the one behind the other.
// It shares the right column with the help (tabbed), so the step page keeps its width, and it
// can be floated to full screen when the room reads the whole list.
void attachAssessmentView(MainWindow& window) {
    // Once per window: features.cpp attaches it, and tests may call it again.
    if (window.findChild<QDockWidget*>(QStringLiteral("assessmentDock"))) return;
    auto* dock = new QDockWidget(QObject::tr("Assessment"), &window);
    dock->setObjectName(QStringLiteral("assessmentDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    auto* panel = new AssessmentPanel(window, dock);
    // It scrolls rather than widen the window when the dock is narrow (a 1024-pixel projector).
    dock->setWidget(wrapInScrollPage(panel));
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* help = window.findChild<QDockWidget*>(QStringLiteral("helpDock")))
        window.tabifyDockWidget(help, dock);
    dock->hide();

    auto* action = dock->toggleViewAction();
    action->setText(QObject::tr("&Assessment"));
    action->setObjectName(QStringLiteral("assessmentAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QObject::tr("Scores, findings and recommendations of this cycle"));
    QObject::connect(action, &QAction::triggered, dock, [&window, dock, panel](bool on) {
        if (!on) return;
        dock->raise();  // in front of the help tab
        window.resizeDocks({dock}, {560}, Qt::Horizontal);
        panel->scoreView()->setFocus(Qt::ShortcutFocusReason);
    });
    window.viewMenu()->addAction(action);
}

}  // namespace crm::gui
