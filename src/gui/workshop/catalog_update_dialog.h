#pragma once
// Workshop ▸ Catalog versions…: for each built-in catalog the version this document was filled
// from and the one this program ships, what a newer version adds, and an undoable "Update".
#include <QDialog>

#include <memory>

namespace Ui {
class CatalogUpdateDialog;
}

namespace crm::gui {

class DocumentSession;

class CatalogUpdateDialog : public QDialog {
    Q_OBJECT
  public:
    explicit CatalogUpdateDialog(DocumentSession& session, QWidget* parent = nullptr);
    ~CatalogUpdateDialog() override;

  private:
    void refresh();

    DocumentSession& session_;
    // ui/workshop/catalog_update_dialog.ui; refresh() fills its catalogBoxes, one box a catalog.
    std::unique_ptr<Ui::CatalogUpdateDialog> ui_;
};

}  // namespace crm::gui
