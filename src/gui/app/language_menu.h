#pragma once
// View > Language: the same as the system, English or Deutsch. The choice is kept in the
// settings and takes effect when the program starts again (the window says so).
class QString;

namespace crm::gui {

class MainWindow;

void attachLanguageMenu(MainWindow& window);
// Keeps a choice ("system", "en", "de") and tells the user when it applies; the menu calls it.
void chooseWindowLanguage(MainWindow& window, const QString& choice);

}  // namespace crm::gui
