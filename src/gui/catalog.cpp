#include "gui/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace crm::gui {

QString resourcesDir() {
    const QString fromEnv = qEnvironmentVariable("CRMW_RESOURCES_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(CRMW_RESOURCES_DIR) : fromEnv;
}

Catalog loadCatalog(const QString& catalogName) {
    Catalog catalog;
    catalog.name = catalogName;
    const QString path =
        resourcesDir() + QStringLiteral("/catalogs/") + catalogName + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = QObject::tr("The catalog %1 cannot be read.").arg(path);
        return catalog;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (json.isNull()) {
        catalog.error = QObject::tr("%1: %2 at byte %3")
                            .arg(path, parseError.errorString())
                            .arg(parseError.offset);
        return catalog;
    }
    for (const QJsonValue& value : json.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) continue;
        catalog.items.push_back({key, item.value(QStringLiteral("name")).toString(key),
                                 item.value(QStringLiteral("description")).toString(), item});
    }
    return catalog;
}

}  // namespace crm::gui
