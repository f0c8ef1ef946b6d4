#pragma once
// A page of its own beside the ten steps (customer data, action plan, report content): the page
// under a way back to the steps, with its own help text. The "helpFile" property also tells the
// window and the workshop clock that it is not a page of the annual reset.
#include <QString>

class QWidget;

namespace crm::gui {

class MainWindow;

QWidget* makeOwnPageView(MainWindow& window, QWidget* page, const QString& objectName,
                         const QString& helpFile);

}  // namespace crm::gui
