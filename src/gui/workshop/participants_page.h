#pragma once
// Workshop ▸ Participants: who is in the room this cycle (name, role, department, internal or
// external). Each participant becomes a column of the vote grid. The page's frame is the form
// ui/workshop/participants_page.ui; the table under its hint is built from the participant
// descriptor, like every step's table.
#include <QWidget>

#include <memory>

namespace Ui {
class ParticipantsPage;
}

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class ParticipantsPage : public QWidget {
    Q_OBJECT
  public:
    explicit ParticipantsPage(DocumentSession& session, QWidget* parent = nullptr);
    ~ParticipantsPage() override;
    EntityTableEditor* editor() const { return editor_; }

  private:
    std::unique_ptr<Ui::ParticipantsPage> ui_;
    EntityTableEditor* editor_ = nullptr;
};

}  // namespace crm::gui
