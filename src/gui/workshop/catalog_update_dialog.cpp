#include "gui/workshop/catalog_update_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/workshop/catalog_update.h"

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
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("catalogUpdateDialog"));
    setWindowTitle(tr("Catalog versions"));
    auto* intro = new QLabel(
        tr("The lists below were filled from the program's built-in catalogs. A newer catalog "
           "can add items; updating appends them to this cycle's list as one step you can undo. "
           "Votes, agreed values and the ratings in the tables stay as they are, and so do the "
           "names you gave."),
        this);
    intro->setWordWrap(true);
    content_ = new QWidget(this);
    layout_ = new QVBoxLayout(content_);
    layout_->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(content_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70);
    refresh();
}

void CatalogUpdateDialog::refresh() {
    // Later, not now: refresh runs from a click on a button in the boxes it replaces.
    while (QLayoutItem* item = layout_->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    for (const CatalogUse& use : catalogUses()) {
        const CatalogStatus status = catalogStatus(session_, use);
        auto* box = new QGroupBox(use.title, content_);
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
        layout_->addWidget(box);
    }
}

}  // namespace crm::gui
