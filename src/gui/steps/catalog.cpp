#include "gui/steps/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace crm::gui {

QString chooseResourcesDir(const QString& fromEnv, const QString& programDir,
                           const QString& compiledIn) {
    if (!fromEnv.isEmpty()) return fromEnv;
    // Installed under any prefix (/usr, /usr/local, a DESTDIR): bin/ and share/ are siblings.
    if (!programDir.isEmpty()) {
        const QString installed =
            QDir::cleanPath(programDir + QStringLiteral("/../share/crm-workbench"));
        if (QFileInfo::exists(installed + QStringLiteral("/catalogs"))) return installed;
    }
    return compiledIn;
}

QString resourcesDir() {
    return chooseResourcesDir(
        qEnvironmentVariable("CRMW_RESOURCES_DIR"),
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString(),
        QStringLiteral(CRMW_RESOURCES_DIR));
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
    const QJsonObject root = json.object();
    catalog.version = root.value(QStringLiteral("version")).toInteger(1);
    if (catalog.version < 1) {
        catalog.error =
            QObject::tr("%1: \"version\" must be a whole number of 1 or more").arg(path);
        catalog.version = 0;
        return catalog;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString key = item.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) continue;
        // An item "since" a version above the catalog's own is a slip in the file: treat it as new.
        const std::int64_t since = std::clamp<std::int64_t>(
            item.value(QStringLiteral("since")).toInteger(1), 1, catalog.version);
        catalog.items.push_back({key, item.value(QStringLiteral("name")).toString(key),
                                 item.value(QStringLiteral("description")).toString(), item,
                                 since});
    }
    return catalog;
}

}  // namespace crm::gui
