#pragma once
// Ctrl+Shift+L from anywhere: park a question or idea for the step on screen, without leaving it.
#include <QDialog>

#include <memory>

namespace Ui {
class ParkingQuickAddDialog;
}

namespace crm::gui {

class DocumentSession;

class ParkingQuickAddDialog : public QDialog {
    Q_OBJECT
  public:
    ParkingQuickAddDialog(DocumentSession& session, int step, QWidget* parent = nullptr);
    ~ParkingQuickAddDialog() override;
    int step() const { return step_; }

    void accept() override;  // parks the item; stays open while the text is empty

  private:
    DocumentSession& session_;
    int step_;
    std::unique_ptr<Ui::ParkingQuickAddDialog> ui_;  // ui/workshop/parking_quick_add.ui
};

}  // namespace crm::gui
