#pragma once
// Walks the ten steps and saves a PNG of the window per step and size
// (docs/screenshots/step-NN-WIDTHxHEIGHT.png). Used by scripts/screenshots.sh.
#include <QSize>
#include <QString>
#include <QVector>

namespace crm::gui {

class MainWindow;

// Returns the files written.
QStringList saveStepScreenshots(MainWindow& window, const QString& directory,
                                const QVector<QSize>& sizes);

}  // namespace crm::gui
