#pragma once
// File > New: company (required), facilitator, industry, currency, the first cycle's name and
// where to start (blank, the sample, a template). The file name is asked afterwards, by the
// window (MainWindow::newDocument), so this dialog can be tested without a file dialog.
#include <QDialog>

#include <memory>

#include "gui/app/document_starts.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class NewDocumentDialog;
}

namespace crm::gui {

class NewDocumentDialog : public QDialog {
    Q_OBJECT
  public:
    explicit NewDocumentDialog(QWidget* parent = nullptr);
    ~NewDocumentDialog() override;

    NewDocumentChoice choice() const;  // trimmed texts, the currency's code
    QLineEdit* companyEdit() const;
    QLineEdit* facilitatorEdit() const;
    QLineEdit* industryEdit() const;
    QComboBox* currencyCombo() const;
    QLineEdit* cycleEdit() const;
    QComboBox* startCombo() const;
    QPushButton* okButton() const;

  private:
    void check();
    void showStart(int index);

    std::unique_ptr<Ui::NewDocumentDialog> ui_;  // ui/app/new_document_dialog.ui
};

}  // namespace crm::gui
