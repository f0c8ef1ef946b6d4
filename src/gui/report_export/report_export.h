#pragma once
// File → Export Report… (Ctrl+Shift+G), enabled while a document is open.
namespace crm::gui {

class MainWindow;

void attachReportExport(MainWindow& window);

}  // namespace crm::gui
