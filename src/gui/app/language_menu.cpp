#include "gui/app/language_menu.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

#include "gui/app/main_window.h"
#include "gui/common/language.h"

namespace crm::gui {

namespace {

// Each language is named in its own words, so a user who cannot read the current one finds it.
struct LanguageChoice {
    const char* setting;
    QString name;
};

QString languageName(const QString& code) {
    return code == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("English");
}

}  // namespace

void chooseWindowLanguage(MainWindow& window, const QString& choice) {
    if (choice == languageSetting()) return;
    setLanguageSetting(choice);
    const QString next = resolveLanguage(QString(), choice, QLocale::system().uiLanguages());
    const QString message =
        next == windowLanguage()
            ? MainWindow::tr("The window stays in %1.").arg(languageName(next))
            : MainWindow::tr("The window will be in %1 when you start the program again.")
                  .arg(languageName(next));
    if (window.dialogsEnabled())
        QMessageBox::information(&window, MainWindow::tr("Language"), message);
    else
        window.showMessage(message);
}

void attachLanguageMenu(MainWindow& window) {
    QMenu* menu = window.viewMenu()->addMenu(MainWindow::tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const LanguageChoice choices[] = {
        {"system", MainWindow::tr("Same as the &system")},
        {"en", QStringLiteral("&English")},
        {"de", QStringLiteral("&Deutsch")},
    };
    const QString current = languageSetting();
    for (const LanguageChoice& c : choices) {
        QAction* action = menu->addAction(c.name);
        const QString setting = QString::fromLatin1(c.setting);
        action->setObjectName(QStringLiteral("language_%1").arg(setting));
        action->setCheckable(true);
        action->setChecked(setting == current);
        action->setStatusTip(MainWindow::tr("Takes effect when the program starts again"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &window,
                         [&window, setting] { chooseWindowLanguage(window, setting); });
    }
}

}  // namespace crm::gui
