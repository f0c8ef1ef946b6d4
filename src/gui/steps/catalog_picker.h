#pragma once
// "Add from catalog": a dialog with a search box over a catalog; the ticked items are added to
// a list kind as one undoable step. Items already in the list (same catalog key) are marked.
#include <QDialog>
#include <QStringList>

#include <memory>

#include "engine/model/descriptor.h"
#include "gui/steps/catalog.h"

class QLineEdit;
class QListWidget;

namespace Ui {
class CatalogPicker;
}

namespace crm::gui {

class DocumentSession;

class CatalogPicker : public QDialog {
    Q_OBJECT
  public:
    CatalogPicker(const Catalog& catalog, const QStringList& keysInUse, QWidget* parent = nullptr);
    ~CatalogPicker() override;
    QVector<CatalogItem> chosenItems() const;
    QLineEdit* searchBox() const;
    QListWidget* list() const;

  private:
    void filter(const QString& text);

    Catalog catalog_;
    std::unique_ptr<Ui::CatalogPicker> ui_;  // ui/steps/catalog_picker.ui
};

// Which field of a kind holds the catalog key, and how a catalog item fills a new record.
std::string_view catalogKeyField(const EntityDescriptor& kind);
EntityRecord recordFromCatalog(const EntityDescriptor& kind, const CatalogItem& item);
QStringList catalogKeysInUse(const Cycle& cycle, const EntityDescriptor& kind);
// Adds the items at the end of the list in one undo step ("Add 3 capabilities from the catalog").
void addCatalogItems(DocumentSession& session, const EntityDescriptor& kind,
                     const QVector<CatalogItem>& items);

}  // namespace crm::gui
