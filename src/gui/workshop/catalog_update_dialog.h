#pragma once
// Workshop ▸ Catalog versions…: for each built-in catalog the version this document was filled
// from and the one this program ships, what a newer version adds, and an undoable "Update".
#include <QDialog>

class QVBoxLayout;

namespace crm::gui {

class DocumentSession;

class CatalogUpdateDialog : public QDialog {
    Q_OBJECT
  public:
    explicit CatalogUpdateDialog(DocumentSession& session, QWidget* parent = nullptr);

  private:
    void refresh();

    DocumentSession& session_;
    QWidget* content_ = nullptr;
    QVBoxLayout* layout_ = nullptr;
};

}  // namespace crm::gui
