#include "gui/document_properties/document_properties_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

#include "gui/app/currency_choice.h"
#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/commands/document_properties_command.h"
#include "gui/common/language_choice.h"
#include "ui_document_properties_dialog.h"

namespace crm::gui {

DocumentPropertiesDialog::DocumentPropertiesDialog(const DocumentProperties& current,
                                                   QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::DocumentPropertiesDialog>()) {
    ui_->setupUi(this);
    ui_->companyEdit->setText(toQString(current.companyName));
    ui_->facilitatorEdit->setText(toQString(current.facilitator));
    ui_->industryEdit->setText(toQString(current.industry));
    fillCurrencyCombo(ui_->currencyCombo, toQString(current.currency));
    fillLanguageCombo(ui_->languageCombo, toQString(current.language));
    connect(ui_->companyEdit, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::check);
    connect(ui_->currencyCombo, &QComboBox::currentTextChanged, this,
            &DocumentPropertiesDialog::check);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

DocumentPropertiesDialog::~DocumentPropertiesDialog() = default;

void DocumentPropertiesDialog::check() {
    const QString problem = ui_->companyEdit->text().trimmed().isEmpty()
                                ? tr("Type the company's name.")
                                : currencyProblem(chosenCurrency(ui_->currencyCombo));
    ui_->problem->setText(problem);
    okButton()->setEnabled(problem.isEmpty());
}

DocumentProperties DocumentPropertiesDialog::properties() const {
    return {toStd(ui_->companyEdit->text().trimmed()),
            toStd(ui_->facilitatorEdit->text().trimmed()),
            toStd(ui_->industryEdit->text().trimmed()), toStd(chosenCurrency(ui_->currencyCombo)),
            toStd(chosenLanguage(ui_->languageCombo))};
}

QLineEdit* DocumentPropertiesDialog::companyEdit() const { return ui_->companyEdit; }
QLineEdit* DocumentPropertiesDialog::facilitatorEdit() const { return ui_->facilitatorEdit; }
QLineEdit* DocumentPropertiesDialog::industryEdit() const { return ui_->industryEdit; }
QComboBox* DocumentPropertiesDialog::currencyCombo() const { return ui_->currencyCombo; }
QComboBox* DocumentPropertiesDialog::languageCombo() const { return ui_->languageCombo; }
QPushButton* DocumentPropertiesDialog::okButton() const {
    return ui_->buttons->button(QDialogButtonBox::Ok);
}

void editDocumentProperties(DocumentSession& session, QWidget* parent) {
    if (!session.isOpen()) return;
    DocumentPropertiesDialog dialog(session.assessment().properties(), parent);
    if (dialog.exec() != QDialog::Accepted) return;
    const DocumentProperties changed = dialog.properties();
    if (changed == session.assessment().properties()) return;  // nothing to undo
    session.undoStack()->push(new ChangeDocumentPropertiesCommand(session, changed));
}

void attachDocumentProperties(MainWindow& window) {
    auto* action = new QAction(QObject::tr("Document &properties…"), &window);
    action->setObjectName(QStringLiteral("documentPropertiesAction"));
    action->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter)});
    window.addAction(action);  // the shortcut works in full screen too
    QMenu& file = *window.fileMenu();
    // Just before Close: the last entries of the menu are about the open document.
    QAction* before = nullptr;
    for (QAction* a : file.actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Close)) before = a;
    file.insertAction(before, action);
    DocumentSession& session = window.session();
    QObject::connect(action, &QAction::triggered, &window,
                     [&session, &window] { editDocumentProperties(session, &window); });
    auto enable = [action, &session] { action->setEnabled(session.isOpen()); };
    QObject::connect(&session, &DocumentSession::documentReset, action, enable);
    enable();
}

}  // namespace crm::gui
