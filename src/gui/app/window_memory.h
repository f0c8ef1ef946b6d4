#pragma once
// The window as the facilitator left it: size, position, maximised or not, which docks show and
// where, and where every splitter stands (each dock, toolbar and splitter has an objectName;
// that is the key it is kept under). Projector mode is not kept: it suits one room, and the
// next start may be at a desk.
class QMainWindow;
class QScreen;
class QRect;

namespace crm::gui {

// At start: the saved layout, pulled onto the screen if that screen has gone (a projector
// unplugged); on the first start, as much of the screen as the window wants.
void restoreWindowLayout(QMainWindow& window);
void saveWindowLayout(const QMainWindow& window);
// The settings group the layout is kept in; tests clear it.
extern const char* const kWindowLayoutGroup;

// `frame` moved (and shrunk if needed) so that it lies inside `available`.
QRect pulledInside(const QRect& frame, const QRect& available);

}  // namespace crm::gui
