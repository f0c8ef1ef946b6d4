#include "gui/steps/catalog_picker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/workshop/catalog_update.h"
#include "ui_catalog_picker.h"

namespace crm::gui {

CatalogPicker::CatalogPicker(const Catalog& catalog, const QStringList& keysInUse, QWidget* parent)
    : QDialog(parent), catalog_(catalog), ui_(std::make_unique<Ui::CatalogPicker>()) {
    ui_->setupUi(this);
    QListWidget* list = ui_->catalogList;
    for (const auto& item : catalog.items) {
        auto* row = new QListWidgetItem(item.name, list);
        row->setData(Qt::UserRole, item.key);
        row->setToolTip(item.description);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
        if (keysInUse.contains(item.key)) {
            row->setText(tr("%1 (already in the list)").arg(item.name));
            row->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    ui_->catalogHint->setText(
        tr("Catalog version %1. Type to filter, Down to reach the list, Space to tick, Enter to "
           "add.")
            .arg(catalog.version));
    ui_->catalogError->setText(catalog.error);
    ui_->catalogError->setVisible(!catalog.error.isEmpty());
    connect(ui_->catalogSearch, &QLineEdit::textChanged, this, &CatalogPicker::filter);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, this, [](QListWidgetItem* item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

CatalogPicker::~CatalogPicker() = default;

QLineEdit* CatalogPicker::searchBox() const { return ui_->catalogSearch; }

QListWidget* CatalogPicker::list() const { return ui_->catalogList; }

void CatalogPicker::filter(const QString& text) {
    for (int i = 0; i < list()->count(); ++i) {
        auto* row = list()->item(i);
        const auto& item = catalog_.items[i];
        const bool match = text.isEmpty() || item.name.contains(text, Qt::CaseInsensitive) ||
                           item.description.contains(text, Qt::CaseInsensitive) ||
                           item.key.contains(text, Qt::CaseInsensitive);
        row->setHidden(!match);
    }
}

QVector<CatalogItem> CatalogPicker::chosenItems() const {
    QVector<CatalogItem> out;
    const QListWidget* rows = list();
    for (int i = 0; i < rows->count(); ++i)
        if (rows->item(i)->checkState() == Qt::Checked) out.push_back(catalog_.items[i]);
    // Nothing ticked but one row selected: take that one (Enter on a row).
    if (out.isEmpty() && rows->currentRow() >= 0 && !rows->currentItem()->isHidden())
        out.push_back(catalog_.items[rows->currentRow()]);
    return out;
}

std::string_view catalogKeyField(const EntityDescriptor& kind) {
    if (kind.field("catalog_key")) return "catalog_key";
    if (kind.field("area_key")) return "area_key";
    return {};
}

EntityRecord recordFromCatalog(const EntityDescriptor& kind, const CatalogItem& item) {
    EntityRecord record;
    for (const auto& field : kind.fields) {
        FieldValue value = coerceValue(field, FieldValue{}).value;
        if (field.type == FieldType::Choice) value = std::string(field.choiceKeys.front());
        // The catalog's attribute of the same name, or its synonyms.
        QString source = toQString(field.key);
        if (field.key == catalogKeyField(kind))
            source = QStringLiteral("key");
        else if (field.key == "attribute")
            source = QStringLiteral("name");
        else if (field.key == "area_group")
            source = QStringLiteral("group");
        const QJsonValue json = item.fields.value(source);
        if (json.isString() || json.isDouble()) {
            const std::string text =
                json.isString() ? toStd(json.toString()) : std::to_string(json.toDouble());
            CoerceResult checked = coerceValue(field, FieldValue{text});
            if (checked.error.empty()) value = checked.value;
        }
        record.values.push_back(value);
    }
    return record;
}

QStringList catalogKeysInUse(const Cycle& cycle, const EntityDescriptor& kind) {
    QStringList keys;
    const FieldDescriptor* keyField = kind.field(catalogKeyField(kind));
    if (!keyField) return keys;
    for (std::size_t i = 0; i < kind.count(cycle); ++i)
        keys << QString::fromStdString(displayText(keyField->get(kind.at(cycle, i))));
    return keys;
}

void addCatalogItems(DocumentSession& session, const EntityDescriptor& kind,
                     const QVector<CatalogItem>& items) {
    const Cycle* cycle = session.cycle();
    if (!cycle || items.isEmpty()) return;
    std::size_t at = kind.count(*cycle);
    auto* group = new QUndoCommand(
        items.size() == 1 ? QObject::tr("Add %1 '%2' from the catalog")
                                .arg(kindInSentence(kind), items.front().name)
                          : QObject::tr("Add %1 items from the catalog").arg(items.size()));
    for (const auto& item : items)
        new InsertItemCommand(session, kind, at++, recordFromCatalog(kind, item), group);
    // The first use of a catalog records its version; later it changes only by an update, so
    // the items an update would bring stay listed even when one of them was picked by hand.
    if (const CatalogUse* use = catalogUseFor(kind.kind);
        use && session.isOpen() && !session.document().catalogVersion(toStd(use->catalog)))
        if (const Catalog catalog = loadCatalog(use->catalog); catalog.version > 0)
            new SetCatalogVersionCommand(session, use->catalog, catalog.version, group);
    session.undoStack()->push(group);
}

}  // namespace crm::gui
