#pragma once
// Workshop ▸ Parking lot: questions and ideas raised in the room, each linked to a step, kept
// until closed (a new cycle carries the open ones over). A line at the top parks a new one
// for the current step; the list shows step, text, who raised it, closed and the resolution.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace crm::gui {

class DocumentSession;
class WorkshopListProxy;

class ParkingLotPage : public QWidget {
    Q_OBJECT
  public:
    explicit ParkingLotPage(DocumentSession& session, QWidget* parent = nullptr);
    void setStep(int step);  // the step new items are linked to
    QTableView* view() const { return view_; }
    WorkshopListProxy* model() const { return proxy_; }
    QLineEdit* textEdit() const { return text_; }

  private:
    void park();
    void removeCurrent();
    void refreshCounts();

    DocumentSession& session_;
    int step_ = 1;
    WorkshopListProxy* proxy_ = nullptr;
    QTableView* view_ = nullptr;
    QLineEdit* text_ = nullptr;
    QComboBox* raisedBy_ = nullptr;
    QPushButton *park_ = nullptr, *delete_ = nullptr;
    QCheckBox* hideClosed_ = nullptr;
    QLabel* counts_ = nullptr;
};

// Fills an editable combo box with the participants' names (for "raised by").
void fillParticipantNames(QComboBox* combo, const DocumentSession& session);

}  // namespace crm::gui
