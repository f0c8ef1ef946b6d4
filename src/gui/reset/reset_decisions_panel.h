#pragma once
// Phase 3 of the reset: a decision per objective, segment objective, KPI and treatment — keep,
// change (with the change), drop — and new items, each with its reason. Rows with something
// missing are named under the table (a reason is always required); a line says which items
// still have no decision, and one button adds a row for each of them.
#include <QWidget>

class QLabel;
class QPushButton;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class ResetDecisionsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ResetDecisionsPanel(DocumentSession& session, QWidget* parent = nullptr);

    EntityTableEditor* decisions() const { return decisions_; }
    QLabel* problemsLabel() const { return problems_; }
    QLabel* openItemsLabel() const { return open_; }
    QPushButton* addOpenItemsButton() const { return addOpen_; }
    int problemCount() const { return problemCount_; }

    // One undoable step: a "keep" row for every item without a decision, reason still to write.
    void addRowsForOpenItems();

  private:
    void refresh();

    DocumentSession& session_;
    EntityTableEditor* decisions_ = nullptr;
    QLabel* problems_ = nullptr;
    QLabel* open_ = nullptr;
    QPushButton* addOpen_ = nullptr;
    int problemCount_ = 0;
};

}  // namespace crm::gui
