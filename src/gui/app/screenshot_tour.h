#pragma once
// Walks the window and saves a PNG per view and size into a folder (docs/screenshots/):
// welcome-WxH.png (no document open), step-NN-WxH.png for the ten steps, and
// report-export-WxH.png (File ▸ Export Report's dialog). Used by scripts/screenshots.sh.
#include <QSize>
#include <QString>
#include <QVector>

namespace crm::gui {

class MainWindow;

// The sizes the tour shows: a 1024 x 768 projector, a 1366 x 768 laptop, a full-HD screen.
QVector<QSize> screenshotSizes();
// How many files a tour of `sizes` writes.
int screenshotCount(const QVector<QSize>& sizes);

// The window has a document open; it is open again at the end. Returns the files written.
QStringList saveStepScreenshots(MainWindow& window, const QString& directory,
                                const QVector<QSize>& sizes);

}  // namespace crm::gui
