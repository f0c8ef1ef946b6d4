#pragma once
// A .crmw file dropped anywhere on the window opens it, over the welcome page or over an open
// document's fields alike; any other file is refused with a message that names it.
#include <QObject>
#include <QStringList>

class QMimeData;

namespace crm::gui {

class MainWindow;

class DocumentDrop : public QObject {
    Q_OBJECT
  public:
    explicit DocumentDrop(MainWindow& window);

    // What a drop of these files does: opens the first document, names every other file in
    // the message area. True when a document opened.
    bool dropFiles(const QStringList& paths);

  protected:
    // Watches the whole application: a text field under the cursor would otherwise take the
    // drop as text.
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    MainWindow& window_;
};

// The local files a drag carries, or none when it carries anything else.
QStringList droppedFiles(const QMimeData* mime);

}  // namespace crm::gui
