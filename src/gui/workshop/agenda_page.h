#pragma once
// Workshop ▸ Agenda & timer: the agenda of the steps with planned minutes and the time actually
// spent (kept by the step timer), "Add the ten steps" to start one, and the totals.
#include <QWidget>

class QLabel;
class QPushButton;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class AgendaPage : public QWidget {
    Q_OBJECT
  public:
    explicit AgendaPage(DocumentSession& session, QWidget* parent = nullptr);
    EntityTableEditor* editor() const { return editor_; }
    void addMissingSteps();  // one undo step: a slot for every step 1..10 the agenda lacks

  private:
    void refreshTotals();

    DocumentSession& session_;
    EntityTableEditor* editor_ = nullptr;
    QPushButton* fill_ = nullptr;
    QLabel* totals_ = nullptr;
};

}  // namespace crm::gui
