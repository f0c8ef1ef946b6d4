#pragma once
// The welcome page in place of the steps while no document is open, and opening a document by
// dropping it on the window.
namespace crm::gui {

class MainWindow;
class WelcomePage;

void attachWelcome(MainWindow& window);
WelcomePage* welcomePageOf(const MainWindow& window);

}  // namespace crm::gui
