#pragma once
// Features that add their own menus, actions and pages to the window once it is built.

namespace crm::gui {

class MainWindow;

void attachFeatures(MainWindow& window);

}  // namespace crm::gui
