#pragma once
// Catalog versions in a document: which version of each built-in catalog its lists were filled
// from, what a newer catalog adds, and the undoable update that appends the new items to the
// cycle being edited. Votes, agreed values and the ratings typed in the tables are not touched:
// the update only adds rows.
#include <QUndoCommand>
#include <QVector>

#include <optional>

#include "engine/model/descriptor.h"
#include "gui/steps/catalog.h"

namespace crm::gui {

class DocumentSession;

// A catalog that fills a list kind: building_blocks → capabilities, metrics, attributes.
struct CatalogUse {
    QString catalog;
    std::string_view kind;
    QString title;  // "Building blocks and readiness areas"
};
const QVector<CatalogUse>& catalogUses();

struct CatalogStatus {
    CatalogUse use;
    Catalog catalog;                              // as this program ships it
    std::optional<std::int64_t> documentVersion;  // none: the document never used it
    QVector<CatalogItem> newItems;  // added after the document's version, not yet in the list
    QStringList renamed;            // "Old name → new name" (the document keeps its own names)
    bool outdated() const {
        return documentVersion && catalog.version > 0 && *documentVersion < catalog.version;
    }
};
CatalogStatus catalogStatus(DocumentSession& session, const CatalogUse& use);
QVector<CatalogStatus> outdatedCatalogs(DocumentSession& session);
// The catalog that fills `kind`, or nullptr.
const CatalogUse* catalogUseFor(std::string_view kind);
// "building blocks: this document version 1, catalog version 2 (3 new items)" for messages.
QString describeStatus(const CatalogStatus& status);

// Records a catalog's version in the document; undo puts back the former one (or none).
class SetCatalogVersionCommand : public QUndoCommand {
  public:
    SetCatalogVersionCommand(DocumentSession& session, QString catalog,
                             std::optional<std::int64_t> version, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    bool apply(std::optional<std::int64_t> version);
    DocumentSession& session_;
    QString catalog_;
    std::optional<std::int64_t> old_, new_;
};

// One undo step: the new items appended to the list, the document's version raised to the
// catalog's. False when there was nothing to update or the store refused.
bool updateCatalog(DocumentSession& session, const CatalogStatus& status);

}  // namespace crm::gui
