#pragma once
// File > Document properties (Alt+Return): company, facilitator, industry, currency and the
// report's language. OK applies them as one undoable change (ChangeDocumentPropertiesCommand).
#include <QDialog>

#include <memory>

#include "engine/model/assessment.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class DocumentPropertiesDialog;
}

namespace crm::gui {

class DocumentSession;
class MainWindow;

class DocumentPropertiesDialog : public QDialog {
    Q_OBJECT
  public:
    DocumentPropertiesDialog(const DocumentProperties& current, QWidget* parent = nullptr);
    ~DocumentPropertiesDialog() override;

    DocumentProperties properties() const;  // trimmed texts, the currency's code
    QLineEdit* companyEdit() const;
    QLineEdit* facilitatorEdit() const;
    QLineEdit* industryEdit() const;
    QComboBox* currencyCombo() const;
    QComboBox* languageCombo() const;
    QPushButton* okButton() const;

  private:
    void check();

    std::unique_ptr<Ui::DocumentPropertiesDialog> ui_;  // ui/document_properties/...dialog.ui
};

// Asks for the properties and pushes one undo command when something changed.
void editDocumentProperties(DocumentSession& session, QWidget* parent);
// File > Document properties…, enabled while a document is open.
void attachDocumentProperties(MainWindow& window);

}  // namespace crm::gui
