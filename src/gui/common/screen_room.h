#pragma once
// Windows and dialogs ask for the size they would like and get what the screen has room for:
// a 1024x768 projector must still show every button.
#include <QSize>

class QWidget;

namespace crm::gui {

// The room a top-level `window` has on its screen (the screen's available area, less the window
// manager's frame; a title bar's worth before the frame is known).
QSize roomOnScreen(const QWidget& window);

// resize(wanted), bounded by roomOnScreen(); the maximum size is left alone.
void resizeWithinScreen(QWidget& window, QSize wanted);

}  // namespace crm::gui
