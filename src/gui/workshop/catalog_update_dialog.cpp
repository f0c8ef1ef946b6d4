#include "gui/workshop/catalog_update_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/workshop/catalog_update.h"
#include "ui_catalog_update_dialog.h"

namespace crm::gui {

namespace {

QString escapedList(const QStringList& lines) {
    QStringList escaped;
    for (const auto& line : lines) escaped << line.toHtmlEscaped();
    return QStringLiteral("<ul style='margin:0'><li>%1</li></ul>")
        .arg(escaped.join(QStringLiteral("</li><li>")));
}

}  // namespace

CatalogUpdateDialog::CatalogUpdateDialog(DocumentSession& session, QWidget* parent)
    : QDialog(parent), session_(session), ui_(std::make_unique<Ui::CatalogUpdateDialog>()) {
    ui_->setupUi(this);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70);
    refresh();
}

CatalogUpdateDialog::~CatalogUpdateDialog() = default;

void CatalogUpdateDialog::refresh() {
    // Later, not now: refresh runs from a click on a button in the boxes it replaces.
    QWidget* boxes = ui_->catalogBoxes;
    while (QLayoutItem* item = ui_->catalogBoxesLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    for (const CatalogUse& use : catalogUses()) {
        const CatalogStatus status = catalogStatus(session_, use);
        auto* box = new QGroupBox(use.title, boxes);
        auto* column = new QVBoxLayout(box);
        QString text = describeStatus(status).toHtmlEscaped();
        if (status.outdated()) {
            QStringList names;
            for (const auto& item : status.newItems) names << item.name;
            text += names.isEmpty()
                        ? tr("<br>Nothing to add: the new items are in the list already.")
                        : tr("<br>New in the catalog:") + escapedList(names);
        }
        if (!status.renamed.isEmpty())
            text += tr("The catalog names differently (your names are kept):") +
                    escapedList(status.renamed);
        auto* label = new QLabel(text, box);
        label->setObjectName(QStringLiteral("catalogStatus_%1").arg(use.catalog));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        column->addWidget(label);
        if (status.outdated()) {
            auto* update = new QPushButton(
                status.newItems.isEmpty() ? tr("Mark as version %1").arg(status.catalog.version)
                                          : tr("&Add %n new item(s), mark as version %1", nullptr,
                                               static_cast<int>(status.newItems.size()))
                                                .arg(status.catalog.version),
                box);
            update->setObjectName(QStringLiteral("updateCatalog_%1").arg(use.catalog));
            connect(update, &QPushButton::clicked, this, [this, status] {
                updateCatalog(session_, status);
                refresh();
            });
            column->addWidget(update, 0, Qt::AlignLeft);
        }
        ui_->catalogBoxesLayout->addWidget(box);
    }
}

}  // namespace crm::gui
