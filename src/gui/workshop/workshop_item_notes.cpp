#include "gui/workshop/workshop_item_notes.h"
#include "gui/common/screen_room.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_delegate.h"
#include "gui/workshop/workshop_items.h"
#include "gui/workshop/workshop_list_proxy.h"
#include "ui_item_notes_dialog.h"

namespace crm::gui {

ItemNotesDialog::ItemNotesDialog(DocumentSession& session, EntityId itemId, Focus focus,
                                 QWidget* parent)
    : QDialog(parent),
      session_(session),
      itemId_(std::move(itemId)),
      ui_(std::make_unique<Ui::ItemNotesDialog>()) {
    ui_->setupUi(this);
    const Cycle* cycle = session_.cycle();
    const QString item = cycle ? describeItem(*cycle, itemId_) : QString::fromStdString(itemId_);
    setWindowTitle(tr("Notes and scope — %1").arg(item));
    ui_->heading->setText(QStringLiteral("<b>%1</b>").arg(item.toHtmlEscaped()));

    // The item's notes, editable in place; "to review" is a check box.
    auto* source = new EntityTableModel(session_, *findDescriptor("evidence"), this);
    proxy_ = new WorkshopListProxy(source, this);
    proxy_->setObjectName(QStringLiteral("itemNotesModel"));
    proxy_->showOnlyWhere("item_id", QString::fromStdString(itemId_));
    proxy_->hideField("item_id");
    QTableView* notes = ui_->itemNotesView;
    notes->setModel(proxy_);
    notes->setItemDelegate(new FieldDelegate(notes));
    notes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int x = notes->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    notes->setColumnWidth(0, x * 40);
    notes->setColumnWidth(1, x * 18);
    notes->setColumnWidth(2, x * 18);
    notes->setMinimumHeight(notes->verticalHeader()->defaultSectionSize() * 5);
    connect(ui_->deleteNoteButton, &QPushButton::clicked, this, &ItemNotesDialog::removeNote);
    ui_->noteText->setFixedHeight(ui_->noteText->fontMetrics().lineSpacing() * 3 + 12);
    connect(ui_->browseFileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty()) ui_->noteFile->setText(path);
    });
    connect(ui_->addNoteButton, &QPushButton::clicked, this, &ItemNotesDialog::addNote);

    // Scope: does the item count at all?
    QLineEdit* reason = ui_->notApplicableReason;
    connect(ui_->notApplicableButton, &QPushButton::clicked, this, &ItemNotesDialog::applyScope);
    connect(reason, &QLineEdit::returnPressed, this, &ItemNotesDialog::applyScope);
    connect(ui_->applicableButton, &QPushButton::clicked, this, &ItemNotesDialog::makeApplicable);
    connect(reason, &QLineEdit::textChanged, this, [this] {
        ui_->notApplicableButton->setEnabled(!ui_->notApplicableReason->text().trimmed().isEmpty());
    });

    // Enter belongs to the fields, not to Close.
    ui_->buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(*this, QSize(x * 100, notes->fontMetrics().height() * 30));

    connect(&session_, &DocumentSession::edited, this, &ItemNotesDialog::refreshScope);
    connect(&session_, &DocumentSession::documentReset, this,
            &QDialog::reject);  // the item may be gone
    refreshScope();
    if (const Cycle* c = session_.cycle())
        if (const ScopeExclusion* excluded = findExclusion(*c, itemId_))
            reason->setText(QString::fromStdString(excluded->reason));
    (focus == Focus::Scope ? static_cast<QWidget*>(reason) : ui_->noteText)->setFocus();
}

ItemNotesDialog::~ItemNotesDialog() = default;

void ItemNotesDialog::addNote() {
    if (addEvidence(session_, itemId_, ui_->noteText->toPlainText(), ui_->noteSource->text(),
                    ui_->noteFile->text(), ui_->noteToReview->isChecked())) {
        ui_->noteText->clear();
        ui_->noteSource->clear();
        ui_->noteFile->clear();
        ui_->noteToReview->setChecked(false);
        ui_->noteText->setFocus();
    }
}

void ItemNotesDialog::removeNote() {
    const QModelIndex current = ui_->itemNotesView->currentIndex();
    if (!current.isValid()) return;
    EntityTableModel* source = proxy_->entityModel();
    const EntityId id = source->itemId(proxy_->mapToSource(current).row());
    if (!id.empty())
        session_.undoStack()->push(new RemoveItemCommand(session_, source->kind(), id));
}

void ItemNotesDialog::applyScope() {
    if (markNotApplicable(session_, itemId_, ui_->notApplicableReason->text())) refreshScope();
}

void ItemNotesDialog::makeApplicable() {
    if (markApplicable(session_, itemId_)) ui_->notApplicableReason->clear();
}

void ItemNotesDialog::refreshScope() {
    const Cycle* cycle = session_.cycle();
    const ScopeExclusion* excluded = cycle ? findExclusion(*cycle, itemId_) : nullptr;
    ui_->scopeState->setText(
        excluded ? tr("<b>Not applicable</b>: left out of the scores and of completeness, "
                      "which say so in their reasons.")
                 : tr("This item counts in the scores."));
    ui_->notApplicableButton->setText(excluded ? tr("C&hange the reason")
                                               : tr("Mark not a&pplicable"));
    ui_->notApplicableButton->setEnabled(!ui_->notApplicableReason->text().trimmed().isEmpty());
    ui_->applicableButton->setVisible(excluded != nullptr);
}

}  // namespace crm::gui
