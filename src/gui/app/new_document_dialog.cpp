#include "gui/app/new_document_dialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "gui/app/currency_choice.h"
#include "gui/app/document_session.h"
#include "gui/common/language.h"
#include "ui_new_document_dialog.h"

namespace crm::gui {

NewDocumentDialog::NewDocumentDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::NewDocumentDialog>()) {
    ui_->setupUi(this);
    fillCurrencyCombo(ui_->currencyCombo, defaultCurrency());
    ui_->cycleEdit->setText(QString::number(QDate::currentDate().year()));
    for (const DocumentStart& start : documentStarts()) ui_->startCombo->addItem(start.title);
    connect(ui_->startCombo, &QComboBox::currentIndexChanged, this, &NewDocumentDialog::showStart);
    showStart(0);
    for (QLineEdit* edit : {ui_->companyEdit, ui_->cycleEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewDocumentDialog::check);
    connect(ui_->currencyCombo, &QComboBox::currentTextChanged, this, &NewDocumentDialog::check);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    ui_->companyEdit->setFocus();
}

NewDocumentDialog::~NewDocumentDialog() = default;

void NewDocumentDialog::showStart(int index) {
    const auto& starts = documentStarts();
    if (index < 0 || index >= starts.size()) return;
    ui_->startDescription->setText(starts[index].description);
    // The sample brings its own two cycles, 2025 and 2026.
    ui_->cycleEdit->setEnabled(!starts[index].keepsCycles);
    check();
}

void NewDocumentDialog::check() {
    QString problem;
    if (ui_->companyEdit->text().trimmed().isEmpty())
        problem = tr("Type the company's name.");
    else if (ui_->cycleEdit->isEnabled() && ui_->cycleEdit->text().trimmed().isEmpty())
        problem = tr("The first cycle needs a name, for example the year.");
    else
        problem = currencyProblem(chosenCurrency(ui_->currencyCombo));
    ui_->problem->setText(problem);
    okButton()->setEnabled(problem.isEmpty());
}

NewDocumentChoice NewDocumentDialog::choice() const {
    NewDocumentChoice c;
    c.properties.companyName = toStd(ui_->companyEdit->text().trimmed());
    c.properties.facilitator = toStd(ui_->facilitatorEdit->text().trimmed());
    c.properties.industry = toStd(ui_->industryEdit->text().trimmed());
    c.properties.currency = toStd(chosenCurrency(ui_->currencyCombo));
    // A workshop run in German gets German reports unless Document properties says otherwise.
    if (isDocumentLanguage(toStd(windowLanguage())))
        c.properties.language = toStd(windowLanguage());
    c.cycleName = ui_->cycleEdit->text().trimmed();
    c.start = ui_->startCombo->currentIndex();
    return c;
}

QLineEdit* NewDocumentDialog::companyEdit() const { return ui_->companyEdit; }
QLineEdit* NewDocumentDialog::facilitatorEdit() const { return ui_->facilitatorEdit; }
QLineEdit* NewDocumentDialog::industryEdit() const { return ui_->industryEdit; }
QComboBox* NewDocumentDialog::currencyCombo() const { return ui_->currencyCombo; }
QLineEdit* NewDocumentDialog::cycleEdit() const { return ui_->cycleEdit; }
QComboBox* NewDocumentDialog::startCombo() const { return ui_->startCombo; }
QPushButton* NewDocumentDialog::okButton() const {
    return ui_->buttons->button(QDialogButtonBox::Ok);
}

}  // namespace crm::gui
