#include "gui/app/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include "gui/app/main_window.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

QStringList saveStepScreenshots(MainWindow& window, const QString& directory,
                                const QVector<QSize>& sizes) {
    QStringList written;
    QDir().mkpath(directory);
    for (const QSize& size : sizes) {
        window.resize(size);
        for (int step = 1; step <= kStepCount; ++step) {
            window.goToStep(step);
            for (int i = 0; i < 5; ++i) QApplication::processEvents();
            const QString file = QDir(directory).filePath(QStringLiteral("step-%1-%2x%3.png")
                                                              .arg(step, 2, 10, QLatin1Char('0'))
                                                              .arg(size.width())
                                                              .arg(size.height()));
            if (window.grab().save(file)) written << file;
        }
    }
    return written;
}

}  // namespace crm::gui
