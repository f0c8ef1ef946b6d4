#include "gui/workshop/workshop_item_notes.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_delegate.h"
#include "gui/workshop/workshop_items.h"
#include "gui/workshop/workshop_list_proxy.h"

namespace crm::gui {

ItemNotesDialog::ItemNotesDialog(DocumentSession& session, EntityId itemId, Focus focus,
                                 QWidget* parent)
    : QDialog(parent), session_(session), itemId_(std::move(itemId)) {
    setObjectName(QStringLiteral("itemNotesDialog"));
    const Cycle* cycle = session_.cycle();
    const QString item = cycle ? describeItem(*cycle, itemId_) : QString::fromStdString(itemId_);
    setWindowTitle(tr("Notes and scope — %1").arg(item));
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(item.toHtmlEscaped()), this);
    heading->setWordWrap(true);

    // The item's notes, editable in place; "to review" is a check box.
    auto* source = new EntityTableModel(session_, *findDescriptor("evidence"), this);
    proxy_ = new WorkshopListProxy(source, this);
    proxy_->setObjectName(QStringLiteral("itemNotesModel"));
    proxy_->showOnlyWhere("item_id", QString::fromStdString(itemId_));
    proxy_->hideField("item_id");
    notes_ = new QTableView(this);
    notes_->setObjectName(QStringLiteral("itemNotesView"));
    notes_->setModel(proxy_);
    notes_->setItemDelegate(new FieldDelegate(notes_));
    notes_->setSelectionMode(QAbstractItemView::SingleSelection);
    notes_->setTabKeyNavigation(false);
    notes_->setWordWrap(true);
    notes_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    notes_->horizontalHeader()->setStretchLastSection(true);
    const int x = notes_->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    notes_->setColumnWidth(0, x * 40);
    notes_->setColumnWidth(1, x * 18);
    notes_->setColumnWidth(2, x * 18);
    notes_->setMinimumHeight(notes_->verticalHeader()->defaultSectionSize() * 5);
    auto* removeNote = new QPushButton(tr("Delete note"), this);
    removeNote->setObjectName(QStringLiteral("deleteNoteButton"));
    removeNote->setAutoDefault(false);
    connect(removeNote, &QPushButton::clicked, this, &ItemNotesDialog::removeNote);

    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("noteText"));
    text_->setTabChangesFocus(true);
    text_->setPlaceholderText(tr("What the room said, a figure, a quote…"));
    text_->setFixedHeight(text_->fontMetrics().lineSpacing() * 3 + 12);
    source_ = new QLineEdit(this);
    source_->setObjectName(QStringLiteral("noteSource"));
    source_->setPlaceholderText(tr("Where it comes from: a report, a survey, a person"));
    file_ = new QLineEdit(this);
    file_->setObjectName(QStringLiteral("noteFile"));
    file_->setPlaceholderText(tr("Optional: path or link to a file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty()) file_->setText(path);
    });
    toReview_ = new QCheckBox(tr("To &review"), this);
    toReview_->setObjectName(QStringLiteral("noteToReview"));
    auto* add = new QPushButton(tr("&Add note"), this);
    add->setObjectName(QStringLiteral("addNoteButton"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ItemNotesDialog::addNote);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(toReview_);
    addRow->addStretch(1);
    addRow->addWidget(removeNote);
    addRow->addWidget(add);
    auto* form = new QFormLayout;
    form->addRow(tr("&Note:"), text_);
    form->addRow(tr("&Source:"), source_);
    form->addRow(tr("&File:"), fileRow);
    auto* notesBox = new QGroupBox(tr("Evidence and notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(notes_, 1);
    notesLayout->addLayout(form);
    notesLayout->addLayout(addRow);

    // Scope: does the item count at all?
    scopeState_ = new QLabel(this);
    scopeState_->setObjectName(QStringLiteral("scopeState"));
    scopeState_->setWordWrap(true);
    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("notApplicableReason"));
    reason_->setPlaceholderText(tr("Why it does not apply (required)"));
    exclude_ = new QPushButton(this);
    exclude_->setObjectName(QStringLiteral("notApplicableButton"));
    exclude_->setAutoDefault(false);
    include_ = new QPushButton(tr("Applies a&gain"), this);
    include_->setObjectName(QStringLiteral("applicableButton"));
    include_->setAutoDefault(false);
    connect(exclude_, &QPushButton::clicked, this, &ItemNotesDialog::applyScope);
    connect(reason_, &QLineEdit::returnPressed, this, &ItemNotesDialog::applyScope);
    connect(include_, &QPushButton::clicked, this, &ItemNotesDialog::makeApplicable);
    connect(reason_, &QLineEdit::textChanged, this,
            [this] { exclude_->setEnabled(!reason_->text().trimmed().isEmpty()); });
    auto* scopeBox = new QGroupBox(tr("Scope"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    auto* reasonRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("Not applicable &because:"), this);
    reasonLabel->setBuddy(reason_);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(reason_, 1);
    reasonRow->addWidget(exclude_);
    reasonRow->addWidget(include_);
    scopeLayout->addWidget(scopeState_);
    scopeLayout->addLayout(reasonRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);  // Enter belongs to the fields
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(notesBox, 1);
    layout->addWidget(scopeBox);
    layout->addWidget(buttons);
    resize(x * 100, notes_->fontMetrics().height() * 30);

    connect(&session_, &DocumentSession::edited, this, &ItemNotesDialog::refreshScope);
    connect(&session_, &DocumentSession::documentReset, this,
            &QDialog::reject);  // the item may be gone
    refreshScope();
    if (const Cycle* c = session_.cycle())
        if (const ScopeExclusion* x2 = findExclusion(*c, itemId_))
            reason_->setText(QString::fromStdString(x2->reason));
    (focus == Focus::Scope ? static_cast<QWidget*>(reason_) : text_)->setFocus();
}

void ItemNotesDialog::addNote() {
    if (addEvidence(session_, itemId_, text_->toPlainText(), source_->text(), file_->text(),
                    toReview_->isChecked())) {
        text_->clear();
        source_->clear();
        file_->clear();
        toReview_->setChecked(false);
        text_->setFocus();
    }
}

void ItemNotesDialog::removeNote() {
    const QModelIndex current = notes_->currentIndex();
    if (!current.isValid()) return;
    EntityTableModel* source = proxy_->entityModel();
    const EntityId id = source->itemId(proxy_->mapToSource(current).row());
    if (!id.empty())
        session_.undoStack()->push(new RemoveItemCommand(session_, source->kind(), id));
}

void ItemNotesDialog::applyScope() {
    if (markNotApplicable(session_, itemId_, reason_->text())) refreshScope();
}

void ItemNotesDialog::makeApplicable() {
    if (markApplicable(session_, itemId_)) reason_->clear();
}

void ItemNotesDialog::refreshScope() {
    const Cycle* cycle = session_.cycle();
    const ScopeExclusion* excluded = cycle ? findExclusion(*cycle, itemId_) : nullptr;
    scopeState_->setText(
        excluded ? tr("<b>Not applicable</b>: left out of the scores and of completeness, "
                      "which say so in their reasons.")
                 : tr("This item counts in the scores."));
    exclude_->setText(excluded ? tr("C&hange the reason") : tr("Mark not a&pplicable"));
    exclude_->setEnabled(!reason_->text().trimmed().isEmpty());
    include_->setVisible(excluded != nullptr);
}

}  // namespace crm::gui
