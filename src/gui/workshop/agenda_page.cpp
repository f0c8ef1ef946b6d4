#include "gui/workshop/agenda_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/agenda_step_timer.h"

namespace crm::gui {

AgendaPage::AgendaPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("agendaPage"));
    editor_ = new EntityTableEditor(session_, *findDescriptor("agenda"), this);
    auto* hint = new QLabel(
        tr("Plan minutes per step. The timer in the status bar counts the time spent on the step "
           "on screen and keeps it here (every 30 seconds and when the step changes); it turns "
           "red past the planned minutes."),
        this);
    hint->setWordWrap(true);
    fill_ = new QPushButton(tr("Add the &ten steps"), this);
    fill_->setObjectName(QStringLiteral("agendaAddSteps"));
    fill_->setToolTip(tr("Adds a slot for every step the agenda does not have yet"));
    fill_->setAutoDefault(false);
    totals_ = new QLabel(this);
    totals_->setObjectName(QStringLiteral("agendaTotals"));
    connect(fill_, &QPushButton::clicked, this, &AgendaPage::addMissingSteps);
    connect(&session_, &DocumentSession::edited, this, &AgendaPage::refreshTotals);
    connect(&session_, &DocumentSession::documentReset, this, &AgendaPage::refreshTotals);

    auto* row = new QHBoxLayout;
    row->addWidget(fill_);
    row->addStretch(1);
    row->addWidget(totals_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(editor_);
    layout->addLayout(row);
    layout->addStretch(1);
    refreshTotals();
}

void AgendaPage::addMissingSteps() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return;
    const EntityDescriptor& kind = *findDescriptor("agenda");
    std::vector<int> missing;
    for (int step = 1; step <= kStepCount; ++step) {
        bool found = false;
        for (const auto& slot : cycle->agenda) found = found || slot.step == step;
        if (!found) missing.push_back(step);
    }
    if (missing.empty()) return;
    QUndoStack& stack = *session_.undoStack();
    stack.beginMacro(missing.size() == 1 ? tr("Add step %1 to the agenda").arg(missing.front())
                                         : tr("Add %1 steps to the agenda").arg(missing.size()));
    for (int step : missing) {
        // In step order: after the last slot of an earlier step.
        std::size_t at = 0;
        const Cycle* now = session_.cycle();
        for (std::size_t i = 0; i < now->agenda.size(); ++i)
            if (now->agenda[i].step && *now->agenda[i].step < step) at = i + 1;
        stack.push(new InsertItemCommand(session_, kind, at,
                                         makeRecord(kind, {{"step", std::int64_t{step}}})));
    }
    stack.endMacro();
}

void AgendaPage::refreshTotals() {
    const Cycle* cycle = session_.cycle();
    std::int64_t planned = 0, spent = 0;
    if (cycle)
        for (const auto& slot : cycle->agenda) {
            planned += slot.plannedMinutes.value_or(0);
            spent += slot.spentSeconds.value_or(0);
        }
    totals_->setText(
        tr("Planned %1, spent %2").arg(formatDuration(planned * 60), formatDuration(spent)));
}

}  // namespace crm::gui
