#pragma once
// Notes and scope of one item of any step (Ctrl+Shift+N / Ctrl+Shift+X on a selected row):
// its evidence notes (text, source, attached file, "to review"), editable in place, a form to
// add one, and whether the item applies at all ("not applicable" needs a reason; the scores
// then leave it out of their denominators and say so). Every change is one undo step.
#include <QDialog>

#include <memory>

#include "engine/model/field_value.h"

namespace Ui {
class ItemNotesDialog;
}

namespace crm::gui {

class DocumentSession;
class WorkshopListProxy;

class ItemNotesDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Focus { Notes, Scope };
    ItemNotesDialog(DocumentSession& session, EntityId itemId, Focus focus,
                    QWidget* parent = nullptr);
    ~ItemNotesDialog() override;
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
    std::unique_ptr<Ui::ItemNotesDialog> ui_;  // ui/workshop/item_notes_dialog.ui
};

}  // namespace crm::gui
