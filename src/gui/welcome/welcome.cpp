#include "gui/welcome/welcome.h"

#include "gui/app/main_window.h"
#include "gui/common/scroll_page.h"
#include "gui/welcome/document_drop.h"
#include "gui/welcome/welcome_page.h"

#include <QScrollArea>

namespace crm::gui {

WelcomePage* welcomePageOf(const MainWindow& window) {
    return window.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
}

void attachWelcome(MainWindow& window) {
    if (welcomePageOf(window)) return;
    auto* page = new WelcomePage(window);
    // It scrolls rather than push the window taller in projector mode on a small screen.
    QScrollArea* scroll = wrapInScrollPage(page);
    scroll->setObjectName(QStringLiteral("welcomeScroll"));
    scroll->setProperty("helpFile", QStringLiteral("welcome.md"));
    window.setNoDocumentPage(scroll);
    new DocumentDrop(window);
}

}  // namespace crm::gui
