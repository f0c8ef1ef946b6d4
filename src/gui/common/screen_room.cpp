#include "gui/common/screen_room.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace crm::gui {

QSize roomOnScreen(const QWidget& window) {
    const QScreen* on = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    const QRect available = on ? on->availableGeometry() : QRect(0, 0, 1024, 768);
    QSize frame = window.frameGeometry().size() - window.size();
    frame.setHeight(
        std::max(frame.height(), window.style()->pixelMetric(QStyle::PM_TitleBarHeight)));
    return available.size() - frame;
}

void resizeWithinScreen(QWidget& window, QSize wanted) {
    window.resize(wanted.boundedTo(roomOnScreen(window)));
}

}  // namespace crm::gui
