#pragma once
// The Help menu, last in the menu bar: the user guide, the keyboard shortcuts, the step help
// (F1, the window's own action) and About.
namespace crm::gui {

class MainWindow;

void attachHelpMenu(MainWindow& window);

}  // namespace crm::gui
