#include "gui/workshop/parking_quick_add.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/commands/workshop_edits.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/parking_lot_page.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

ParkingQuickAddDialog::ParkingQuickAddDialog(DocumentSession& session, int step, QWidget* parent)
    : QDialog(parent), session_(session), step_(step) {
    setObjectName(QStringLiteral("parkingQuickAdd"));
    setWindowTitle(tr("Park a question"));
    auto* heading = new QLabel(
        tr("For step <b>%1 · %2</b>").arg(step).arg(workshopStepTitle(step).toHtmlEscaped()), this);
    text_ = new QLineEdit(this);
    text_->setObjectName(QStringLiteral("quickParkText"));
    text_->setPlaceholderText(tr("The question or idea, in the room's words"));
    text_->setMinimumWidth(text_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    raisedBy_ = new QComboBox(this);
    raisedBy_->setObjectName(QStringLiteral("quickParkRaisedBy"));
    raisedBy_->setEditable(true);
    fillParticipantNames(raisedBy_, session_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Park"));
    ok_->setEnabled(false);
    connect(text_, &QLineEdit::textChanged, this,
            [this](const QString& t) { ok_->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ParkingQuickAddDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Question or idea:"), text_);
    form->addRow(tr("&Raised by:"), raisedBy_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    text_->setFocus();
}

void ParkingQuickAddDialog::accept() {
    if (text_->text().trimmed().isEmpty()) return;
    if (addParkingItem(session_, step_, text_->text(), raisedBy_->currentText())) QDialog::accept();
}

}  // namespace crm::gui
