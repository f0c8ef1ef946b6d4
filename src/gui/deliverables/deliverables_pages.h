#pragma once
// The deliverables in the window: View → Action plan (Ctrl+Shift+K) and View → Report content
// (Ctrl+Shift+W), two pages of the window that follow the open document and cycle.
namespace crm::gui {

class MainWindow;

void attachDeliverablePages(MainWindow& window);

}  // namespace crm::gui
