#include "gui/app/screenshot_tour.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPixmap>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

namespace {

void settle() {
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
}

QString fileFor(const QString& directory, const QString& name, QSize size) {
    return QDir(directory).filePath(
        QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
}

// The report export dialog as it first shows, then closed again.
bool saveExportDialog(MainWindow& window, const QString& file) {
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportReport"));
    if (!action) return false;
    action->trigger();
    settle();
    QDialog* dialog = nullptr;
    for (QDialog* candidate : window.findChildren<QDialog*>())
        if (candidate->isVisible()) dialog = candidate;
    if (!dialog) return false;
    const bool saved = dialog->grab().save(file);
    dialog->reject();
    settle();
    return saved;
}

}  // namespace

QVector<QSize> screenshotSizes() { return {{1024, 768}, {1366, 768}, {1920, 1080}}; }

int screenshotCount(const QVector<QSize>& sizes) {
    return static_cast<int>(sizes.size()) * (kStepCount + 2);
}

QStringList saveStepScreenshots(MainWindow& window, const QString& directory,
                                const QVector<QSize>& sizes) {
    QStringList written;
    QDir().mkpath(directory);
    const QString document = window.session().path();
    for (const QSize& size : sizes) {
        window.resize(size);
        window.closeDocument();
        settle();
        QString file = fileFor(directory, QStringLiteral("welcome"), size);
        if (window.grab().save(file)) written << file;
        if (!window.openFile(document)) return written;
        for (int step = 1; step <= kStepCount; ++step) {
            window.goToStep(step);
            settle();
            file = fileFor(directory, QStringLiteral("step-%1").arg(step, 2, 10, QLatin1Char('0')),
                           size);
            if (window.grab().save(file)) written << file;
        }
        file = fileFor(directory, QStringLiteral("report-export"), size);
        if (saveExportDialog(window, file)) written << file;
    }
    return written;
}

}  // namespace crm::gui
