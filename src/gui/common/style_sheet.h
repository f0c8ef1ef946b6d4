#pragma once
// The window's look is in two style sheets, ui/styles/normal.qss and ui/styles/projector.qss,
// compiled in as resources. Widgets carry no colours of their own: they are marked, and the
// sheets select on the marks. A mark is a dynamic property:
//   role  = what the widget says: "error", "hint", "warning", "status", "banner", "notice",
//           "subtitle" (the presenter view's second line)
//   state = a look that changes while the widget is shown: "overrun" (the step timer, the
//           workshop past its planned length), "low" (under 10% of the workshop's time left),
//           "refused" (a date field whose typed text is no date it takes)
#include <QString>

class QAbstractItemView;
class QWidget;

namespace crm::gui {

enum class StyleSheetKind { Normal, Projector };

// The text of the sheet (from the resources; empty only if the resource is missing).
QString styleSheetText(StyleSheetKind kind);
// Applies the sheet to the whole application, so dialogs and the presenter view follow too.
void applyStyleSheet(StyleSheetKind kind);

void markRole(QWidget* widget, const char* role);
// Sets or clears (empty) the state and has the sheet look at the widget again.
void setStyleState(QWidget* widget, const char* state);

// The height of a table's rows: a line of its font plus `padding`, or the height the sheet gives
// an item (projector.qss pads them), whichever is more.
int tableRowHeight(const QAbstractItemView* view, int padding);

}  // namespace crm::gui
