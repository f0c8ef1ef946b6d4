#include "gui/workshop/parking_quick_add.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "gui/commands/workshop_edits.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/parking_lot_page.h"
#include "gui/workshop/workshop_items.h"
#include "ui_parking_quick_add.h"

namespace crm::gui {

ParkingQuickAddDialog::ParkingQuickAddDialog(DocumentSession& session, int step, QWidget* parent)
    : QDialog(parent),
      session_(session),
      step_(step),
      ui_(std::make_unique<Ui::ParkingQuickAddDialog>()) {
    ui_->setupUi(this);
    ui_->heading->setText(
        tr("For step <b>%1 · %2</b>").arg(step).arg(workshopStepTitle(step).toHtmlEscaped()));
    QLineEdit* text = ui_->quickParkText;
    text->setMinimumWidth(text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    fillParticipantNames(ui_->quickParkRaisedBy, session_);
    QPushButton* ok = ui_->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Park"));
    ok->setEnabled(false);
    connect(text, &QLineEdit::textChanged, this,
            [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &ParkingQuickAddDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    text->setFocus();
}

ParkingQuickAddDialog::~ParkingQuickAddDialog() = default;

void ParkingQuickAddDialog::accept() {
    const QString text = ui_->quickParkText->text();
    if (text.trimmed().isEmpty()) return;
    if (addParkingItem(session_, step_, text, ui_->quickParkRaisedBy->currentText()))
        QDialog::accept();
}

}  // namespace crm::gui
