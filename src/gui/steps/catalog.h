#pragma once
// A built-in catalog (resources/catalogs/<name>.json): {"catalog", "version", "items": [{key, name,
// ...}]}. An item added in a later version of the catalog says so with "since": N (default 1),
// so a document filled from an older version can be offered exactly the new items.
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace crm::gui {

struct CatalogItem {
    QString key;
    QString name;
    QString description;
    QJsonObject fields;      // every attribute of the item, e.g. department, unit, direction, group
    std::int64_t since = 1;  // the catalog version that added the item
};

struct Catalog {
    QString name;
    std::int64_t version = 0;  // 0 when the file could not be read
    QVector<CatalogItem> items;
    QString error;  // why nothing could be read; empty when fine
};

// The folder holding catalogs/ and help/: $CRMW_RESOURCES_DIR at run time if set, else
// ../share/crm-workbench beside the program when it holds the catalogs (an installed copy),
// else the source tree's resources/ folder compiled in (a build tree).
QString resourcesDir();
// The choice itself, apart from where the three candidates come from.
QString chooseResourcesDir(const QString& fromEnv, const QString& programDir,
                           const QString& compiledIn);
Catalog loadCatalog(const QString& catalogName);

}  // namespace crm::gui
