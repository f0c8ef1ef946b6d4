#include "gui/reset/reset_workspace.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/commands/cycle_commands.h"
#include "gui/reset/cycle_comparison_page.h"
#include "gui/reset/cycle_dialogs.h"
#include "gui/reset/reset_flow_page.h"
#include "gui/reset/reset_schedule_panel.h"
#include "gui/steps/step_sidebar.h"

namespace crm::gui {

void attachReset(MainWindow& window) {
    if (!resetWorkspaceOf(window)) new ResetWorkspace(window);
}

ResetWorkspace* resetWorkspaceOf(MainWindow& window) {
    return window.findChild<ResetWorkspace*>(QStringLiteral("resetWorkspace"),
                                             Qt::FindDirectChildrenOnly);
}

ResetWorkspace::ResetWorkspace(MainWindow& window)
    : QObject(&window), window_(window), session_(window.session()) {
    setObjectName(QStringLiteral("resetWorkspace"));
    flow_ = new ResetFlowPage(session_);
    compare_ = new CycleComparisonPage(session_);
    auto addPage = [this](QWidget* page, const QString& title) {
        page->setProperty("helpFile", QStringLiteral("reset.md"));  // one help text for both
        page->setProperty("pageTitle", title);                      // for the status bar
        page->setProperty("step", kResetStep);  // the workshop clock counts the reset as step 11
        window_.views()->addWidget(page);
    };
    addPage(flow_, tr("Annual reset"));
    addPage(compare_, tr("Annual reset: compare cycles"));
    buildActions();
    window_.insertMenuAfterGo(menu_);
    connect(flow_, &ResetFlowPage::startCycleRequested, this,
            &ResetWorkspace::startCycleWithDialog);
    connect(&session_, &DocumentSession::documentReset, this, [this] {
        updateActions();
        if (!session_.isOpen() && isShowing()) showSteps();
    });
    connect(&session_, &DocumentSession::edited, this, &ResetWorkspace::updateActions);
    updateActions();
}

void ResetWorkspace::buildActions() {
    auto make = [this](const QString& text, const QString& name, const QKeySequence& key,
                       auto slot) {
        auto* action = new QAction(text, &window_);
        action->setObjectName(name);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        window_.addAction(action);  // the shortcut works in full screen too
        return action;
    };
    startCycleAction =
        make(tr("&Start new cycle…"), QStringLiteral("actionStartCycle"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &ResetWorkspace::startCycleWithDialog);
    renameCycleAction = make(tr("Re&name cycle…"), QStringLiteral("actionRenameCycle"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                             &ResetWorkspace::renameCycleWithDialog);
    deleteCycleAction = make(tr("&Delete cycle…"), QStringLiteral("actionDeleteCycle"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                             [this] { deleteCycle(session_.cycleId()); });
    // Opens a page and changes nothing: its name says so ("Reset session" sounded destructive).
    resetSessionAction = make(tr("Go to the &reset phases"), QStringLiteral("actionResetSession"),
                              QKeySequence(Qt::CTRL | Qt::Key_R), &ResetWorkspace::showResetFlow);
    compareAction =
        make(tr("&Compare cycles…"), QStringLiteral("actionCompareCycles"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &ResetWorkspace::showComparison);
    exportScheduleAction = make(
        tr("&Export schedule (.ics)…"), QStringLiteral("actionExportSchedule"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &ResetWorkspace::exportScheduleWithDialog);
    resetSessionAction->setStatusTip(
        tr("The three phases of the annual reset: outward, inward, reset"));
    compareAction->setStatusTip(
        tr("Measures, maturity, milestones and items of any two cycles side by side"));

    menu_ = new QMenu(tr("&Reset"), &window_);
    menu_->setObjectName(QStringLiteral("resetMenu"));
    menu_->addAction(startCycleAction);
    menu_->addAction(renameCycleAction);
    menu_->addAction(deleteCycleAction);
    menu_->addSeparator();
    menu_->addAction(resetSessionAction);
    menu_->addAction(compareAction);
    menu_->addSeparator();
    menu_->addAction(exportScheduleAction);
}

void ResetWorkspace::updateActions() {
    const bool open = session_.isOpen();
    const bool writable = open && !session_.document().readOnly();
    const bool several = open && session_.assessment().cycles.size() > 1;
    startCycleAction->setEnabled(writable);
    renameCycleAction->setEnabled(writable);
    deleteCycleAction->setEnabled(writable && several);
    deleteCycleAction->setToolTip(several ? QString()
                                          : tr("The last cycle of a document cannot be deleted."));
    resetSessionAction->setEnabled(open);
    compareAction->setEnabled(open);
    exportScheduleAction->setEnabled(open);
}

bool ResetWorkspace::isShowing() const {
    const QWidget* shown = window_.views()->currentWidget();
    return shown == flow_ || shown == compare_;
}

void ResetWorkspace::showPage(QWidget* page) {
    if (!session_.isOpen()) return;
    window_.views()->setCurrentWidget(page);
    window_.sidebar()->setCurrentRow(-1);  // a click on any step comes back to the steps
    emit pageShown();
}

void ResetWorkspace::showResetFlow() {
    showPage(flow_);
    flow_->phases()->currentWidget()->setFocus();
}

void ResetWorkspace::showComparison() {
    if (window_.views()->currentWidget() != compare_) compare_->compareWithPrevious();
    showPage(compare_);
}

void ResetWorkspace::showSteps() { window_.goToStep(window_.currentStep()); }

bool ResetWorkspace::startCycle(const EntityId& fromCycleId, const QString& name,
                                std::optional<Date> assessmentDate) {
    if (!session_.isOpen() || !cycleNameProblem(session_.assessment(), name).isEmpty())
        return false;
    const int before = session_.undoStack()->index();
    session_.undoStack()->push(
        new StartCycleCommand(session_, fromCycleId, toStd(name.trimmed()), assessmentDate));
    return session_.undoStack()->index() != before;
}

bool ResetWorkspace::renameCycle(const EntityId& cycleId, const QString& name) {
    if (!session_.isOpen() || !cycleNameProblem(session_.assessment(), name, cycleId).isEmpty())
        return false;
    const Cycle* cycle = session_.assessment().findCycle(cycleId);
    if (!cycle) return false;
    if (cycle->name == toStd(name.trimmed())) return true;
    const int before = session_.undoStack()->index();
    session_.undoStack()->push(new RenameCycleCommand(session_, cycleId, toStd(name.trimmed())));
    return session_.undoStack()->index() != before;
}

QString ResetWorkspace::deleteQuestion(const Cycle& cycle) {
    return tr("Delete cycle “%1” with %2?\n\nEdit ▸ Undo (Ctrl+Z) brings it back while the "
              "document stays open.")
        .arg(QString::fromStdString(cycle.name), cycleContentsText(cycle));
}

bool ResetWorkspace::deleteCycle(const EntityId& cycleId) {
    if (!session_.isOpen()) return false;
    const Cycle* cycle = session_.assessment().findCycle(cycleId);
    if (!cycle) return false;
    if (session_.assessment().cycles.size() < 2) {
        session_.reportError(tr("Cycle %1 is the document's only cycle and cannot be deleted.")
                                 .arg(QString::fromStdString(cycle->name)));
        return false;
    }
    if (confirm_) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Delete cycle %1").arg(QString::fromStdString(cycle->name)),
                        deleteQuestion(*cycle), QMessageBox::Cancel, &window_);
        box.setObjectName(QStringLiteral("deleteCycleQuestion"));
        QPushButton* yes =
            box.addButton(tr("&Delete cycle %1").arg(QString::fromStdString(cycle->name)),
                          QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes) return false;
    }
    const int before = session_.undoStack()->index();
    session_.undoStack()->push(new DeleteCycleCommand(session_, cycleId));
    return session_.undoStack()->index() != before;
}

void ResetWorkspace::startCycleWithDialog() {
    if (!session_.isOpen()) return;
    StartCycleDialog dialog(session_.assessment(), &window_);
    if (dialog.exec() != QDialog::Accepted) return;
    if (startCycle(dialog.fromCycleId(), dialog.name(), dialog.assessmentDate())) {
        showResetFlow();
        flow_->showPhase(ResetFlowPage::Outward);
    }
}

void ResetWorkspace::renameCycleWithDialog() {
    if (!session_.isOpen()) return;
    RenameCycleDialog dialog(session_.assessment(), session_.cycleId(), &window_);
    if (dialog.exec() == QDialog::Accepted) renameCycle(session_.cycleId(), dialog.name());
}

void ResetWorkspace::exportScheduleWithDialog() { flow_->schedule()->chooseFileAndExport(); }

}  // namespace crm::gui
