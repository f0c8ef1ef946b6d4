#pragma once
// Notes and scope of one item of any step (Ctrl+Shift+N / Ctrl+Shift+X on a selected row):
// its evidence notes (text, source, attached file, "to review"), editable in place, a form to
// add one, and whether the item applies at all ("not applicable" needs a reason; the scores
// then leave it out of their denominators and say so). Every change is one undo step.
#include <QDialog>

#include "engine/model/field_value.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace crm::gui {

class DocumentSession;
class WorkshopListProxy;

class ItemNotesDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Focus { Notes, Scope };
    ItemNotesDialog(DocumentSession& session, EntityId itemId, Focus focus,
                    QWidget* parent = nullptr);
    const EntityId& itemId() const { return itemId_; }
    WorkshopListProxy* notesModel() const { return proxy_; }

  private:
    void addNote();
    void removeNote();
    void applyScope();
    void makeApplicable();
    void refreshScope();

    DocumentSession& session_;
    EntityId itemId_;
    WorkshopListProxy* proxy_ = nullptr;
    QTableView* notes_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QLineEdit *source_ = nullptr, *file_ = nullptr, *reason_ = nullptr;
    QCheckBox* toReview_ = nullptr;
    QLabel* scopeState_ = nullptr;
    QPushButton *exclude_ = nullptr, *include_ = nullptr;
};

}  // namespace crm::gui
