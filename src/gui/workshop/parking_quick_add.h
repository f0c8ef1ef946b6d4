#pragma once
// Ctrl+Shift+L from anywhere: park a question or idea for the step on screen, without leaving it.
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace crm::gui {

class DocumentSession;

class ParkingQuickAddDialog : public QDialog {
    Q_OBJECT
  public:
    ParkingQuickAddDialog(DocumentSession& session, int step, QWidget* parent = nullptr);
    int step() const { return step_; }

    void accept() override;  // parks the item; stays open while the text is empty

  private:
    DocumentSession& session_;
    int step_;
    QLineEdit* text_ = nullptr;
    QComboBox* raisedBy_ = nullptr;
    QPushButton* ok_ = nullptr;
};

}  // namespace crm::gui
