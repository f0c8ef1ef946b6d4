#pragma once
// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y typed in a text field of these pages go to the document's undo
// stack (the window's actions), not to the field's own one, after the field has written what
// it holds. So every change, typed or not, is undone the same way.
#include <functional>

class QWidget;

namespace crm::gui {

void routeUndoKeysToDocument(QWidget* editor, std::function<void()> writePending);

}  // namespace crm::gui
