// Edit > Undo and Redo, what the window says after them, and the status bar's page name.
#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QUndoStack>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/commands/undo_notice.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

void MainWindow::followUndoStack() {
    QUndoStack* stack = session_->undoStack();
    auto follow = [](QAction* action, const QString& plain, const QString& named) {
        return [action, plain, named](const QString& text) {
            action->setText(text.isEmpty() ? plain : named.arg(text));
        };
    };
    connect(stack, &QUndoStack::canUndoChanged, undoAct_, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redoAct_, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undoAct_,
            follow(undoAct_, tr("&Undo"), tr("&Undo %1")));
    connect(stack, &QUndoStack::redoTextChanged, redoAct_,
            follow(redoAct_, tr("&Redo"), tr("&Redo %1")));
    undoAct_->setEnabled(stack->canUndo());
    redoAct_->setEnabled(stack->canRedo());
}

void MainWindow::undo() {
    QUndoStack* stack = session_->undoStack();
    if (!stack->canUndo()) return;
    const QUndoCommand* command = stack->command(stack->index() - 1);
    stack->undo();
    if (auto notice = undoNoticeFor(*command, true)) showUndoNotice(*notice);
}

void MainWindow::redo() {
    QUndoStack* stack = session_->undoStack();
    if (!stack->canRedo()) return;
    const QUndoCommand* command = stack->command(stack->index());
    stack->redo();
    if (auto notice = undoNoticeFor(*command, false)) showUndoNotice(*notice);
}

void MainWindow::showUndoNotice(const UndoNotice& notice) {
    const UndoPlace& place = notice.place;
    if (!place.cycleId.empty() && place.cycleId != session_->cycleId())
        session_->switchCycle(place.cycleId);
    if (place.step >= 1 && place.step <= kStepCount) {
        goToStep(place.step);
    } else if (!place.page.isEmpty()) {
        for (int i = 0; i < views_->count(); ++i)
            if (views_->widget(i)->objectName() == place.page) views_->setCurrentIndex(i);
    } else if (!place.kind.isEmpty()) {
        emit showKindRequested(place.kind);
    }
    showMessage(notice.message);  // last: switching the cycle would not clear it, but be sure
}

QString MainWindow::pageName() const {
    if (views_->currentIndex() > 0) {
        const QWidget* page = views_->currentWidget();
        const QString title = page->property("pageTitle").toString();
        return title.isEmpty() ? page->windowTitle() : title;
    }
    const int step = currentStep();
    return tr("Step %1 of %2: %3").arg(step).arg(kStepCount).arg(stepTitle(step));
}

void MainWindow::refreshPageName() {
    if (pageName_) pageName_->setText(pageName());
}

}  // namespace crm::gui
