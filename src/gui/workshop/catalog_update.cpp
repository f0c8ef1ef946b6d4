#include "gui/workshop/catalog_update.h"

#include <QCoreApplication>
#include <QUndoStack>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/steps/catalog_picker.h"

namespace crm::gui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("crm::gui", text); }
}  // namespace

const QVector<CatalogUse>& catalogUses() {
    static const QVector<CatalogUse> uses = {
        {QStringLiteral("building_blocks"), "capability",
         tr("Building blocks and readiness areas (step 10)")},
        {QStringLiteral("metrics"), "metric", tr("Metrics (step 2)")},
        {QStringLiteral("attributes"), "attribute", tr("Customer attributes (step 5)")},
    };
    return uses;
}

const CatalogUse* catalogUseFor(std::string_view kind) {
    for (const auto& use : catalogUses())
        if (use.kind == kind) return &use;
    return nullptr;
}

CatalogStatus catalogStatus(DocumentSession& session, const CatalogUse& use) {
    CatalogStatus status;
    status.use = use;
    status.catalog = loadCatalog(use.catalog);
    if (!session.isOpen()) return status;
    status.documentVersion = session.document().catalogVersion(toStd(use.catalog));
    const Cycle* cycle = session.cycle();
    const EntityDescriptor* kind = findDescriptor(use.kind);
    if (!cycle || !kind || !status.documentVersion) return status;
    const QStringList inUse = catalogKeysInUse(*cycle, *kind);
    const FieldDescriptor* nameField =
        kind->field(kind->kind == "attribute" ? "attribute" : "name");
    for (const CatalogItem& item : status.catalog.items) {
        const int at = inUse.indexOf(item.key);
        if (at < 0) {
            if (item.since > *status.documentVersion) status.newItems.push_back(item);
            continue;
        }
        const QString ours = nameField ? toQString(displayText(nameField->get(
                                             kind->at(*cycle, static_cast<std::size_t>(at)))))
                                       : QString();
        if (!ours.isEmpty() && ours != item.name)
            status.renamed << QStringLiteral("%1 → %2").arg(ours, item.name);
    }
    return status;
}

QVector<CatalogStatus> outdatedCatalogs(DocumentSession& session) {
    QVector<CatalogStatus> out;
    for (const auto& use : catalogUses())
        if (CatalogStatus status = catalogStatus(session, use); status.outdated())
            out.push_back(std::move(status));
    return out;
}

QString describeStatus(const CatalogStatus& status) {
    if (!status.catalog.error.isEmpty()) return status.catalog.error;
    if (!status.documentVersion)
        return tr("%1: catalog version %2, not used in this document yet")
            .arg(status.use.title)
            .arg(status.catalog.version);
    if (!status.outdated())
        return tr("%1: version %2, up to date").arg(status.use.title).arg(*status.documentVersion);
    return tr("%1: this document has version %2, the catalog is at version %3 (%4 new)")
        .arg(status.use.title)
        .arg(*status.documentVersion)
        .arg(status.catalog.version)
        .arg(status.newItems.size());
}

SetCatalogVersionCommand::SetCatalogVersionCommand(DocumentSession& session, QString catalog,
                                                   std::optional<std::int64_t> version,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent), session_(session), catalog_(std::move(catalog)), new_(version) {
    if (session_.isOpen()) old_ = session_.document().catalogVersion(toStd(catalog_));
    setText(tr("Record version %1 of the %2 catalog").arg(version.value_or(0)).arg(catalog_));
}

bool SetCatalogVersionCommand::apply(std::optional<std::int64_t> version) {
    const bool written = session_.runOnDocument(
        [&](store::Document& document) { document.setCatalogVersion(toStd(catalog_), version); });
    if (!written) return false;
    emit session_.edited();
    return true;
}

void SetCatalogVersionCommand::redo() {
    if (!apply(new_)) setObsolete(true);
}

void SetCatalogVersionCommand::undo() { apply(old_); }

bool updateCatalog(DocumentSession& session, const CatalogStatus& status) {
    const Cycle* cycle = session.cycle();
    const EntityDescriptor* kind = findDescriptor(status.use.kind);
    if (!cycle || !kind || !status.outdated()) return false;
    std::size_t at = kind->count(*cycle);
    auto* group = new QUndoCommand(tr("Update the %1 catalog to version %2 (%3 new)")
                                       .arg(status.use.catalog)
                                       .arg(status.catalog.version)
                                       .arg(status.newItems.size()));
    for (const auto& item : status.newItems)
        new InsertItemCommand(session, *kind, at++, recordFromCatalog(*kind, item), group);
    new SetCatalogVersionCommand(session, status.use.catalog, status.catalog.version, group);
    const int before = session.undoStack()->index();
    session.undoStack()->push(group);
    return session.undoStack()->index() != before;
}

}  // namespace crm::gui
