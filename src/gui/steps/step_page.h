#pragma once
// One step of the wizard, built from the entity descriptors of that step: the singleton form
// (if the step has one), then an editable table per list kind. Steps 4, 9 and 10 add their
// live figure (NPS, the alignment matrix, the maturity radar). The page holds no business rule.
#include <QWidget>

class QLabel;
class QScrollArea;

namespace crm::gui {

class DocumentSession;
class SingletonForm;

class StepPage : public QWidget {
    Q_OBJECT
  public:
    StepPage(DocumentSession& session, int step, QWidget* parent = nullptr);
    int step() const { return step_; }
    void flushPending();  // commits paragraphs still waiting for their idle pause
    QWidget* firstInput() const { return firstInput_; }

  private:
    QWidget* buildNpsPanel();
    QWidget* buildAlignmentMatrix();
    void addCatalogPicker(class EntityTableEditor* editor, const QString& catalogName);

    DocumentSession& session_;
    int step_;
    QList<SingletonForm*> forms_;
    QWidget* firstInput_ = nullptr;
};

}  // namespace crm::gui
