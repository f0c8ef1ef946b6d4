#pragma once
// A built-in catalog (resources/catalogs/<name>.json): {"catalog", "version", "items": [{key, name,
// ...}]}.
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace crm::gui {

struct CatalogItem {
    QString key;
    QString name;
    QString description;
    QJsonObject fields;  // every attribute of the item, e.g. department, unit, direction, group
};

struct Catalog {
    QString name;
    QVector<CatalogItem> items;
    QString error;  // why nothing could be read; empty when fine
};

// The folder holding catalogs/ and help/: $CRMW_RESOURCES_DIR at run time if set, else the
// source tree's resources/ folder compiled in.
QString resourcesDir();
Catalog loadCatalog(const QString& catalogName);

}  // namespace crm::gui
