#pragma once
// A page of its own beside the ten steps (customer data, action plan, report content): the page
// under a way back to the steps, with its own help text (the "helpFile" property the window
// reads, see MainWindow::views()) and its title for the status bar ("pageTitle"). It counts as no
// step of its own for the workshop clock.
#include <QString>

class QWidget;

namespace crm::gui {

class MainWindow;

QWidget* makeOwnPageView(MainWindow& window, QWidget* page, const QString& objectName,
                         const QString& helpFile, const QString& title);

}  // namespace crm::gui
