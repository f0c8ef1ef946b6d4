#include "gui/app/window_memory.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace crm::gui {

const char* const kWindowLayoutGroup = "windowLayout";

namespace {

// What the window asks for on a screen large enough: a 1366 x 768 laptop's worth.
constexpr QSize kPreferredSize(1366, 768);

QScreen* screenShowing(const QRect& frame) {
    if (QScreen* on = QGuiApplication::screenAt(frame.center())) return on;
    return QGuiApplication::primaryScreen();
}

// The part of the screen the window's inside may take: the frame is unknown before the window
// shows, so leave a title bar's worth above and a border's worth around.
QRect roomInside(const QRect& available) { return available.adjusted(8, 32, -8, -8); }

void sizeForFirstStart(QMainWindow& window) {
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(kPreferredSize);
        return;
    }
    const QRect room = roomInside(screen->availableGeometry());
    QRect wanted(QPoint(0, 0), kPreferredSize.boundedTo(room.size()));
    wanted.moveCenter(room.center());
    window.setGeometry(wanted);
}

}  // namespace

QRect pulledInside(const QRect& frame, const QRect& available) {
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (fitted.right() > available.right()) fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom()) fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left()) fitted.moveLeft(available.left());
    if (fitted.top() < available.top()) fitted.moveTop(available.top());
    return fitted;
}

void restoreWindowLayout(QMainWindow& window) {
    QSettings settings;
    settings.beginGroup(QLatin1String(kWindowLayoutGroup));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        sizeForFirstStart(window);
    } else if (!window.isMaximized()) {
        // The screen it was on may be gone or smaller now: bring the whole window back onto
        // the screen that shows most of it, else the primary one.
        if (const QScreen* screen = screenShowing(window.geometry())) {
            const QRect inside =
                pulledInside(window.geometry(), roomInside(screen->availableGeometry()));
            if (inside != window.geometry()) window.setGeometry(inside);
        }
    }
    window.restoreState(settings.value(QStringLiteral("docks")).toByteArray());
    settings.beginGroup(QStringLiteral("splitters"));
    for (QSplitter* splitter : window.findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(splitter->objectName()).toByteArray());
}

void saveWindowLayout(const QMainWindow& window) {
    QSettings settings;
    settings.beginGroup(QLatin1String(kWindowLayoutGroup));
    // Full screen is projector mode, which a restart leaves: keep the size from before it.
    if (!window.isFullScreen())
        settings.setValue(QStringLiteral("geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("docks"), window.saveState());
    settings.beginGroup(QStringLiteral("splitters"));
    for (const QSplitter* splitter : window.findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitter->objectName(), splitter->saveState());
}

}  // namespace crm::gui
