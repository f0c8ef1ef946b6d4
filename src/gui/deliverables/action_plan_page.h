#pragma once
// The action plan of the open cycle: who does what by when, with status, KPI, objective and
// the resource that pays. The table is the generic editor; "Draft from recommendations" adds
// an action per recommendation not tracked yet, as one undo step.
#include <QWidget>

class QLabel;
class QPushButton;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class ActionPlanPage : public QWidget {
    Q_OBJECT
  public:
    explicit ActionPlanPage(DocumentSession& session, QWidget* parent = nullptr);

    EntityTableEditor* table() const { return table_; }
    QPushButton* draftButton() const { return draft_; }
    QPushButton* exportButton() const { return export_; }
    QLabel* resultLabel() const { return result_; }
    void draftFromRecommendations();

  signals:
    void exportRequested();  // the window asks where to save the spreadsheet

  private:
    void refreshSummary();

    DocumentSession& session_;
    EntityTableEditor* table_ = nullptr;
    QPushButton* draft_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* result_ = nullptr;
    QLabel* summary_ = nullptr;
};

}  // namespace crm::gui
