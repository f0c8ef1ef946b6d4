#include "gui/workshop/agenda_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "engine/workshop/agenda_plan.h"
#include "gui/app/document_session.h"
#include "gui/commands/cycle_commands.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/undo_notice.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_delegate.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/agenda_step_timer.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QTableView>
#include <QTimeEdit>

#include <numeric>

namespace crm::gui {

AgendaSlotDelegate::AgendaSlotDelegate(const EntityTableModel& model, QObject* parent)
    : FieldDelegate(parent), model_(model) {}

QString AgendaSlotDelegate::textFor(const QModelIndex& index) const {
    const QString key = toQString(model_.fieldAt(index.column()).key);
    const QVariant value = index.data(Qt::EditRole);
    bool isNumber = false;
    const qint64 number = value.toLongLong(&isNumber);
    if (value.isNull() || !isNumber) return index.data(Qt::DisplayRole).toString();
    if (key == QLatin1String("step")) return stepName(static_cast<int>(number));
    if (key == QLatin1String("spent_seconds")) return formatHoursMinutes(number);
    return index.data(Qt::DisplayRole).toString();
}

void AgendaSlotDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const {
    FieldDelegate::initStyleOption(option, index);
    option->text = textFor(index);
}

QWidget* AgendaSlotDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    if (model_.fieldAt(index.column()).key == "spent_seconds") return nullptr;  // the clock's
    return FieldDelegate::createEditor(parent, option, index);
}

QString stepName(int step) {
    if (step >= 1 && step <= kStepCount)
        return QCoreApplication::translate("crm::gui", "%1 · %2").arg(step).arg(stepTitle(step));
    if (step == kResetStep) return QCoreApplication::translate("crm::gui", "11 · Annual reset");
    return QString::number(step);
}

AgendaPage::AgendaPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("agendaPage"));
    editor_ = new EntityTableEditor(session_, *findDescriptor("agenda"), this);
    editor_->view()->setItemDelegate(new AgendaSlotDelegate(*editor_->model(), editor_->view()));
    auto* hint = new QLabel(
        tr("Plan minutes per step. The timer in the status bar counts the time spent on the step "
           "on screen and keeps it here (every 30 seconds and when the step changes); it turns "
           "red past the planned minutes."),
        this);
    hint->setWordWrap(true);
    fill_ = new QPushButton(tr("Add the &ten steps"), this);
    fill_->setObjectName(QStringLiteral("agendaAddSteps"));
    fill_->setToolTip(
        tr("Asks how long the workshop is and adds a slot with planned minutes for "
           "every step the agenda does not have yet"));
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
    if (!session_.cycle()) return;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("agendaLengthDialog"));
    ask.setWindowTitle(tr("Add the ten steps"));
    auto* length = new QTimeEdit(QTime(3, 0), &ask);
    length->setObjectName(QStringLiteral("agendaLength"));
    length->setDisplayFormat(QStringLiteral("H:mm"));
    length->setMinimumTime(QTime(1, 0));
    length->setMaximumTime(QTime(12, 0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* form = new QFormLayout(&ask);
    form->addRow(new QLabel(tr("The steps share the workshop's length by how long each usually "
                               "takes, in 5-minute slots; change any of them afterwards."),
                            &ask));
    form->addRow(tr("Workshop &length (hours:minutes):"), length);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted) return;
    addTenSteps(length->time().hour() * 60 + length->time().minute());
}

void AgendaPage::addTenSteps(std::int64_t totalMinutes) {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return;
    const EntityDescriptor& kind = *findDescriptor("agenda");
    const auto minutes = workshop::planAgendaMinutes(totalMinutes);
    const EntityId cycleId = session_.cycleId();
    const std::int64_t total = std::accumulate(minutes.begin(), minutes.end(), std::int64_t{0});
    UndoPlace place;
    place.cycleId = cycleId;
    place.kind = QStringLiteral("agenda");
    auto* group = new EditGroupCommand(
        tr("Add the ten steps to the agenda (%1)").arg(formatHoursMinutes(total * 60)), place,
        tr("the agenda is as it was before"), tr("the ten steps are on the agenda again"));
    // In step order: each missing step after the last slot of an earlier step. The inserts
    // run one after the other, so each position counts the slots inserted before it.
    std::vector<int> stepOfRow;
    for (const auto& slot : cycle->agenda)
        stepOfRow.push_back(static_cast<int>(slot.step.value_or(0)));
    for (int step = 1; step <= kStepCount; ++step) {
        const std::int64_t planned = minutes[static_cast<std::size_t>(step - 1)];
        const AgendaSlot* existing = nullptr;
        for (const auto& slot : cycle->agenda)
            if (!existing && slot.step == step) existing = &slot;
        if (existing) {
            if (!existing->plannedMinutes)
                new SetCycleFieldCommand(session_, cycleId, kind, existing->id,
                                         *kind.field("planned_minutes"), FieldValue{planned},
                                         group);
            continue;
        }
        std::size_t at = 0;
        for (std::size_t i = 0; i < stepOfRow.size(); ++i)
            if (stepOfRow[i] > 0 && stepOfRow[i] < step) at = i + 1;
        stepOfRow.insert(stepOfRow.begin() + static_cast<std::ptrdiff_t>(at), step);
        new InsertItemCommand(
            session_, kind, at,
            makeRecord(kind, {{"step", std::int64_t{step}}, {"planned_minutes", planned}}), group);
    }
    if (group->childCount() == 0) {
        delete group;
        session_.reportError(tr("Every step is on the agenda with its minutes already."));
        return;
    }
    session_.undoStack()->push(group);
}

void AgendaPage::refreshTotals() {
    const Cycle* cycle = session_.cycle();
    std::int64_t planned = 0, spent = 0;
    if (cycle)
        for (const auto& slot : cycle->agenda) {
            planned += slot.plannedMinutes.value_or(0);
            spent += slot.spentSeconds.value_or(0);
        }
    totals_->setText(tr("Planned %1, spent %2 (hours:minutes)")
                         .arg(formatHoursMinutes(planned * 60), formatHoursMinutes(spent)));
}

}  // namespace crm::gui
