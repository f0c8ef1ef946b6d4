#pragma once
// The documents opened lately, newest first, kept in the settings under "recentFiles": File ▸
// Open Recent and the welcome page show the same list and both hear when it changes.
#include <QObject>
#include <QStringList>

namespace crm::gui {

class RecentFiles : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    QStringList paths() const;
    void remember(const QString& path);  // to the top, as an absolute path
    void remove(const QString& path);

  signals:
    void changed();
};

}  // namespace crm::gui
