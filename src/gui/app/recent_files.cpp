#include "gui/app/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace crm::gui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
}  // namespace

QStringList RecentFiles::paths() const { return QSettings().value(kRecentKey).toStringList(); }

void RecentFiles::remember(const QString& path) {
    QStringList recent = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    emit changed();
}

void RecentFiles::remove(const QString& path) {
    QStringList recent = paths();
    if (recent.removeAll(path) == 0) return;
    QSettings().setValue(kRecentKey, recent);
    emit changed();
}

}  // namespace crm::gui
