#include "gui/deliverables/deliverables_pages.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/app/menu_placement.h"
#include "gui/common/own_page_view.h"
#include "gui/deliverables/action_plan_export.h"
#include "gui/deliverables/action_plan_page.h"
#include "gui/deliverables/narrative_editor.h"
#include "gui/deliverables/report_content_page.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/step_sidebar.h"

namespace crm::gui {
namespace {

// The window's close button: typing still waiting for its pause is written first.
class FlushOnClose : public QObject {
  public:
    FlushOnClose(QObject* parent, ReportContentPage* page) : QObject(parent), page_(page) {}

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Close) page_->flushPending();
        return QObject::eventFilter(watched, event);
    }

  private:
    ReportContentPage* page_;
};

QAction* makeShowAction(MainWindow& window, const QString& text, const QString& name,
                        const QKeySequence& keys, const QString& tip) {
    auto* action = new QAction(text, &window);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setStatusTip(tip);
    window.addAction(action);  // the shortcut works with the menu closed
    window.viewMenu()->addAction(action);
    return action;
}

}  // namespace

void attachDeliverablePages(MainWindow& window) {
    // Once per window: features.cpp attaches it, and tests may call it again.
    if (window.findChild<QWidget*>(QStringLiteral("actionPlanView"))) return;
    QStackedWidget* views = window.views();
    DocumentSession& session = window.session();

    auto* actions = new ActionPlanPage(session);
    auto* content = new ReportContentPage(session);
    QWidget* actionView =
        makeOwnPageView(window, actions, QStringLiteral("actionPlanView"),
                        QStringLiteral("action-plan.md"), QObject::tr("Action plan"));
    QWidget* contentView =
        makeOwnPageView(window, content, QStringLiteral("reportContentView"),
                        QStringLiteral("report-content.md"), QObject::tr("Report content"));
    views->addWidget(actionView);
    views->addWidget(contentView);
    window.installEventFilter(new FlushOnClose(contentView, content));
    // Leaving the page (a step, another page) writes what was typed on it.
    QObject::connect(views, &QStackedWidget::currentChanged, content,
                     [content] { content->flushPending(); });
    // Undoing or redoing drafted actions shows the action plan.
    QObject::connect(&window, &MainWindow::showKindRequested, actionView,
                     [views, actionView](const QString& kind) {
                         if (kind == QLatin1String("action")) views->setCurrentWidget(actionView);
                     });

    window.viewMenu()->addSeparator();
    QAction* showActions =
        makeShowAction(window, QObject::tr("&Action plan"), QStringLiteral("actionActionPlan"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                       QObject::tr("Who does what by when: the actions of this cycle"));
    QAction* showContent = makeShowAction(
        window, QObject::tr("Report &content"), QStringLiteral("actionReportContent"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
        QObject::tr("Your words for the report's sections, its cover and the sign-off"));

    auto show = [&window, &session, views](QWidget* view, QWidget* focus) {
        if (!session.isOpen()) return;
        // The page being left must not pass the cursor on to the step list (which would open
        // a step): the cursor goes straight to the new page.
        if (QWidget* had = QApplication::focusWidget(); had && views->isAncestorOf(had))
            had->clearFocus();
        views->setCurrentWidget(view);
        window.sidebar()->setCurrentRow(-1);  // a click on any step comes back to the steps
        focus->setFocus();
    };
    // File > Export Action Plan... and the page's button ask where, then write at once (the
    // workbook of the sample takes well under a second).
    auto* exportAction = new QAction(QObject::tr("Export Action &Plan..."), &window);
    exportAction->setObjectName(QStringLiteral("actionExportActionPlan"));
    exportAction->setStatusTip(
        QObject::tr("The action plan as a spreadsheet (.xlsx) or the actions as CSV"));
    // Beside File > Export Report... (Ctrl+Shift+G).
    insertAfterShortcut(*window.fileMenu(), exportAction,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    auto exportPlan = [&window, &session] {
        chooseAndExportActionPlan(&window, session, [&window](const QString& message, bool ok) {
            if (ok)
                window.statusBar()->showMessage(message, 8000);
            else
                window.showMessage(QObject::tr("Cannot export the action plan: %1").arg(message));
        });
    };
    QObject::connect(exportAction, &QAction::triggered, &window, exportPlan);
    QObject::connect(actions, &ActionPlanPage::exportRequested, &window, exportPlan);
    auto enableExport = [exportAction, &session] { exportAction->setEnabled(session.isOpen()); };
    QObject::connect(&session, &DocumentSession::documentReset, exportAction, enableExport);
    enableExport();

    QObject::connect(showActions, &QAction::triggered, actionView,
                     [show, actionView, actions] { show(actionView, actions->table()->view()); });
    QObject::connect(showContent, &QAction::triggered, contentView, [show, contentView, content] {
        show(contentView, content->narrative()->sections());
    });

    auto follow = [&session, views, actionView, contentView, showActions, showContent] {
        const bool open = session.isOpen();
        showActions->setEnabled(open);
        showContent->setEnabled(open);
        if (!open &&
            (views->currentWidget() == actionView || views->currentWidget() == contentView))
            views->setCurrentIndex(0);
    };
    QObject::connect(&session, &DocumentSession::documentReset, actionView, follow);
    follow();
}

}  // namespace crm::gui
