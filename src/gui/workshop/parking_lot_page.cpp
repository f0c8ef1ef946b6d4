#include "gui/workshop/parking_lot_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_delegate.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/workshop_items.h"
#include "gui/workshop/workshop_list_proxy.h"

namespace crm::gui {

void fillParticipantNames(QComboBox* combo, const DocumentSession& session) {
    const QString typed = combo->currentText();
    combo->clear();
    combo->addItem(QString());
    if (const Cycle* cycle = session.cycle())
        for (const auto& p : cycle->participants)
            if (!p.name.empty()) combo->addItem(QString::fromStdString(p.name));
    combo->setCurrentText(typed);
}

ParkingLotPage::ParkingLotPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("parkingLotPage"));
    const EntityDescriptor& kind = *findDescriptor("parking");
    auto* source = new EntityTableModel(session_, kind, this);
    source->setObjectName(QStringLiteral("model_parking"));
    proxy_ = new WorkshopListProxy(source, this);
    proxy_->setObjectName(QStringLiteral("parkingLotModel"));
    proxy_->showStepTitles("step");

    text_ = new QLineEdit(this);
    text_->setObjectName(QStringLiteral("parkingText"));
    text_->setPlaceholderText(tr("A question or idea to come back to later…"));
    raisedBy_ = new QComboBox(this);
    raisedBy_->setObjectName(QStringLiteral("parkingRaisedBy"));
    raisedBy_->setEditable(true);
    raisedBy_->setMinimumContentsLength(14);
    raisedBy_->lineEdit()->setPlaceholderText(tr("raised by"));
    park_ = new QPushButton(this);
    park_->setObjectName(QStringLiteral("parkingAdd"));
    park_->setAutoDefault(false);
    auto* textLabel = new QLabel(tr("&Park:"), this);
    textLabel->setBuddy(text_);

    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("view_parking_lot"));
    view_->setModel(proxy_);
    view_->setItemDelegate(new FieldDelegate(view_));
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setTabKeyNavigation(false);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(true);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);

    hideClosed_ = new QCheckBox(tr("&Hide closed items"), this);
    hideClosed_->setObjectName(QStringLiteral("parkingHideClosed"));
    delete_ = new QPushButton(tr("Delete"), this);
    delete_->setObjectName(QStringLiteral("parkingDelete"));
    delete_->setAutoDefault(false);
    counts_ = new QLabel(this);
    counts_->setObjectName(QStringLiteral("parkingCounts"));

    connect(text_, &QLineEdit::returnPressed, this, &ParkingLotPage::park);
    connect(park_, &QPushButton::clicked, this, &ParkingLotPage::park);
    connect(delete_, &QPushButton::clicked, this, &ParkingLotPage::removeCurrent);
    connect(hideClosed_, &QCheckBox::toggled, this,
            [this](bool hide) { proxy_->hideWhereTrue("closed", hide); });
    connect(&session_, &DocumentSession::edited, this, &ParkingLotPage::refreshCounts);
    connect(&session_, &DocumentSession::documentReset, this, [this] {
        fillParticipantNames(raisedBy_, session_);
        refreshCounts();
    });
    connect(&session_, &DocumentSession::listChanged, this, [this](const QString& kind) {
        if (kind == QLatin1String("participant")) fillParticipantNames(raisedBy_, session_);
    });

    auto* add = new QHBoxLayout;
    add->addWidget(textLabel);
    add->addWidget(text_, 1);
    add->addWidget(raisedBy_);
    add->addWidget(park_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(delete_);
    bottom->addWidget(hideClosed_);
    bottom->addStretch(1);
    bottom->addWidget(counts_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(add);
    layout->addWidget(view_, 1);
    layout->addLayout(bottom);

    fillParticipantNames(raisedBy_, session_);
    setStep(1);
    refreshCounts();
    view_->resizeColumnsToContents();
    const int x = view_->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    view_->setColumnWidth(0, x * 26);
    view_->setColumnWidth(1, x * 48);
    view_->setColumnWidth(2, x * 14);
}

void ParkingLotPage::setStep(int step) {
    step_ = step;
    park_->setText(tr("Park for step %1").arg(step));
    park_->setToolTip(tr("Adds the question to the parking lot, linked to step %1 · %2 "
                         "(Ctrl+Shift+L from anywhere)")
                          .arg(step)
                          .arg(workshopStepTitle(step)));
}

void ParkingLotPage::park() {
    if (addParkingItem(session_, step_, text_->text(), raisedBy_->currentText())) {
        text_->clear();
        text_->setFocus();
    }
}

void ParkingLotPage::removeCurrent() {
    const QModelIndex current = view_->currentIndex();
    if (!current.isValid()) return;
    EntityTableModel* source = proxy_->entityModel();
    const EntityId id = source->itemId(proxy_->mapToSource(current).row());
    if (!id.empty())
        session_.undoStack()->push(new RemoveItemCommand(session_, source->kind(), id));
}

void ParkingLotPage::refreshCounts() {
    const Cycle* cycle = session_.cycle();
    int open = 0, closed = 0;
    if (cycle)
        for (const auto& p : cycle->parkingLot) (p.closed ? closed : open)++;
    counts_->setText(tr("%1 open, %2 closed").arg(open).arg(closed));
}

}  // namespace crm::gui
