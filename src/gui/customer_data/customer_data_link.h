#pragma once
// The customer data in the window: File → Import transactions… (Ctrl+Shift+T) and
// View → Customer data, a page of the window that follows the open document. The page's
// "use for step 4/6" offers become undoable edits.
namespace crm::gui {

class MainWindow;

void attachCustomerData(MainWindow& window);

}  // namespace crm::gui
