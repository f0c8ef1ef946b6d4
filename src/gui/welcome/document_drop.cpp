#include "gui/welcome/document_drop.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include "gui/app/main_window.h"

namespace crm::gui {

QStringList droppedFiles(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls()) return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) return {};
        paths << url.toLocalFile();
    }
    return paths;
}

DocumentDrop::DocumentDrop(MainWindow& window) : QObject(&window), window_(window) {
    window.setAcceptDrops(true);  // the target of a drag over widgets that take none
    qApp->installEventFilter(this);
}

bool DocumentDrop::dropFiles(const QStringList& paths) {
    QStringList refused;
    QString document;
    for (const QString& path : paths) {
        if (document.isEmpty() && path.endsWith(QStringLiteral(".crmw"), Qt::CaseInsensitive))
            document = path;
        else
            refused << QFileInfo(path).fileName();
    }
    if (!refused.isEmpty()) {
        const QString names = refused.join(QStringLiteral(", "));
        window_.showMessage(
            document.isEmpty()
                ? tr("%1 is not a CRM Workbench document: only .crmw files open by dropping them "
                     "here (File ▸ Import JSON reads a .json file).")
                      .arg(names)
                : tr("Only one document opens at a time: %1 was left aside.").arg(names));
    }
    return !document.isEmpty() && window_.openFile(document);
}

bool DocumentDrop::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop) return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != &window_) return false;
    auto* drop = static_cast<QDropEvent*>(event);
    const QStringList files = droppedFiles(drop->mimeData());
    if (files.isEmpty()) return false;  // text and the like: the widget's own business
    drop->acceptProposedAction();
    if (type == QEvent::Drop) dropFiles(files);
    return true;
}

}  // namespace crm::gui
