#pragma once
// Workshop ▸ Participants: who is in the room this cycle (name, role, department, internal or
// external). Each participant becomes a column of the vote grid.
#include <QWidget>

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class ParticipantsPage : public QWidget {
    Q_OBJECT
  public:
    explicit ParticipantsPage(DocumentSession& session, QWidget* parent = nullptr);
    EntityTableEditor* editor() const { return editor_; }

  private:
    EntityTableEditor* editor_ = nullptr;
};

}  // namespace crm::gui
