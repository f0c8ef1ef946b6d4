#pragma once
// The reset session as its own guided flow: a header naming the cycle in use and the one it is
// compared with, then one tab per phase — 1 Outward, 2 Inward, 3 Reset — and the schedule of
// the next reset, with "previous / next phase" buttons. Alt+1..4 jump to a phase.
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;
class ResetDecisionsPanel;
class ResetOutwardPanel;
class ResetSchedulePanel;

class ResetFlowPage : public QWidget {
    Q_OBJECT
  public:
    enum Phase { Outward, Inward, Reset, Schedule, PhaseCount };

    explicit ResetFlowPage(DocumentSession& session, QWidget* parent = nullptr);

    QTabWidget* phases() const { return tabs_; }
    void showPhase(Phase phase);
    Phase currentPhase() const;

    ResetOutwardPanel* outward() const { return outward_; }
    EntityTableEditor* inward() const { return inward_; }
    ResetDecisionsPanel* decisions() const { return decisions_; }
    ResetSchedulePanel* schedule() const { return schedule_; }
    QLabel* header() const { return header_; }

  signals:
    void startCycleRequested();  // the header's button when the document has only one cycle

  private:
    QWidget* buildInward();
    void refreshHeader();
    void refreshButtons();

    DocumentSession& session_;
    QLabel* header_ = nullptr;
    QPushButton* startCycle_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ResetOutwardPanel* outward_ = nullptr;
    EntityTableEditor* inward_ = nullptr;
    ResetDecisionsPanel* decisions_ = nullptr;
    ResetSchedulePanel* schedule_ = nullptr;
    QPushButton *previous_ = nullptr, *next_ = nullptr;
};

}  // namespace crm::gui
