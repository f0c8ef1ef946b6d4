// The window in German: the language is chosen as documented (CRMW_LANGUAGE, the setting, the
// system), the translation is complete enough to read (menus, steps, buttons), numbers and dates
// are shown and typed the German way, and the help falls back to English file by file.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "engine/model/descriptor.h"
#include "gui/app/document_starts.h"
#include "gui/app/language_menu.h"
#include "gui/app/new_document_dialog.h"
#include "gui/common/language.h"
#include "gui/common/local_format.h"
#include "gui/steps/step_sidebar.h"
#include "gui_test_support.h"
#include "report/report_text.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

QStringList menuTitles(gui::MainWindow& window) {
    QStringList titles;
    for (QAction* a : window.menuBar()->actions()) titles << a->text();
    return titles;
}

void writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

class GuiLanguageTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        crm::testing::prepareTestApplication();
        // A settings file of its own: this test writes the language setting and opens documents
        // (the recent list) while other GUI tests run beside it.
        QCoreApplication::setOrganizationName(QStringLiteral("crm-workbench-tests-language"));
    }
    void cleanup() { gui::installWindowLanguage(*qApp, QStringLiteral("en")); }

    void theLanguageComesFromTheEnvironmentThenTheSettingThenTheSystem() {
        const QStringList german{QStringLiteral("de-DE")};
        QCOMPARE(gui::resolveLanguage("de", "en", {}), QStringLiteral("de"));
        QCOMPARE(gui::resolveLanguage(" DE ", "system", {}), QStringLiteral("de"));
        QCOMPARE(gui::resolveLanguage("pseudo", "de", german), QStringLiteral("pseudo"));
        QCOMPARE(gui::resolveLanguage("", "en", german), QStringLiteral("en"));
        QCOMPARE(gui::resolveLanguage("", "system", german), QStringLiteral("de"));
        QCOMPARE(gui::resolveLanguage("fr", "system", {"fr-FR", "de-AT"}), QStringLiteral("de"));
        QCOMPARE(gui::resolveLanguage("", "system", {"fr-FR", "en-GB", "de-DE"}),
                 QStringLiteral("en"));
        QCOMPARE(gui::resolveLanguage("", "system", {"fr-FR"}), QStringLiteral("en"));
        QCOMPARE(gui::resolveLanguage("", "system", {}), QStringLiteral("en"));
    }

    void anUnknownLanguageInstallsEnglish() {
        QCOMPARE(gui::installWindowLanguage(*qApp, QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("crm::gui::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }

    void theWindowSpeaksGerman() {
        QCOMPARE(gui::installWindowLanguage(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        GuiFixture fx;
        const QStringList menus = menuTitles(fx.window());
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(',')));
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(',')));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(',')));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        fx.window().goToStep(1);
        QCOMPARE(fx.window().pageName(), QStringLiteral("Schritt 1 von 10: Unternehmensstrategie"));
        bool next = false;
        for (auto* b : fx.window().findChildren<QPushButton*>())
            next = next || b->text() == QStringLiteral("Weiter →");
        QVERIFY(next);
    }

    void numbersAndDatesAreShownAndTypedTheGermanWay() {
        gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        QCOMPARE(gui::localNumber("1234.5"), QStringLiteral("1.234,5"));
        QCOMPARE(gui::localNumber("-1234567"), QStringLiteral("-1.234.567"));
        QCOMPARE(gui::localNumber("n/a"), QStringLiteral("n/a"));
        QCOMPARE(gui::plainNumber("1.234,5"), QStringLiteral("1234.5"));
        QCOMPARE(gui::plainNumber("42,5"), QStringLiteral("42.5"));
        QCOMPARE(gui::plainNumber("12.5"), QStringLiteral("12.5"));  // left for the engine
        QCOMPARE(gui::plainNumber("forty"), QStringLiteral("forty"));
        QCOMPARE(gui::localDate("2026-12-31"), QStringLiteral("31.12.2026"));
        // A no-break space keeps the amount and its currency on one line (as in the report).
        QCOMPARE(gui::localMoney("27.500", "EUR"), QStringLiteral("27.500\u00A0€"));
        QCOMPARE(gui::localMoney("27.500", "CHF"), QStringLiteral("27.500\u00A0CHF"));
        QCOMPARE(gui::windowLocale().toString(1234.56, 'f', 2), QStringLiteral("1.234,56"));

        GuiFixture fx;
        fx.window().goToStep(1);
        auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_objective"));
        QVERIFY(view);
        const int column = 2;  // target_value, a number
        QCOMPARE(findDescriptor("objective")->fields[column].key, std::string_view("target_value"));
        // Typed the German way, kept plain: 1.234,5 is 1234.5 (by hand).
        QVERIFY(view->model()->setData(view->model()->index(0, column), QStringLiteral("1.234,5")));
        QCOMPARE(fx.cycle().objectives[0].targetValue.value_or(0), 1234.5);
        QCOMPARE(view->model()->index(0, column).data().toString(), QStringLiteral("1.234,5"));
        QCOMPARE(view->model()->index(0, column).data(Qt::EditRole).toString(),
                 QStringLiteral("1234,5"));
    }

    void englishKeepsThePlainForms() {
        QCOMPARE(gui::localNumber("1234.5"), QStringLiteral("1234.5"));
        QCOMPARE(gui::plainNumber("1.234,5"), QStringLiteral("1.234,5"));
        QCOMPARE(gui::localDate("2026-12-31"), QStringLiteral("2026-12-31"));
        QCOMPARE(gui::localMoney("27500", "EUR"), QStringLiteral("27500 EUR"));
    }

    void helpFallsBackToEnglishFileByFile() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("de")));
        writeFile(dir.filePath("step-01.md"), "English one");
        writeFile(dir.filePath("step-02.md"), "English two");
        writeFile(dir.filePath("de/step-01.md"), "Deutsch eins");
        QCOMPARE(gui::localizedFile(dir.path(), "step-01.md"), dir.filePath("step-01.md"));
        gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        QCOMPARE(gui::localizedFile(dir.path(), "step-01.md"), dir.filePath("de/step-01.md"));
        QCOMPARE(gui::localizedFile(dir.path(), "step-02.md"), dir.filePath("step-02.md"));
        QCOMPARE(gui::localizedGuide(dir.filePath("step-01.md")), dir.filePath("step-01.md"));
        writeFile(dir.filePath("step-01.de.md"), "Deutsch");
        QCOMPARE(gui::localizedGuide(dir.filePath("step-01.md")), dir.filePath("step-01.de.md"));
    }

    void chartsDrawnInTheWindowSpeakItsLanguage() {
        gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        QCOMPARE(report::reportLanguage(), std::string_view("de"));
        QCOMPARE(report::reportText("Maturity today and targeted"),  // translations/report/de.po
                 std::string("Reifegrad heute und angestrebt"));
        gui::installWindowLanguage(*qApp, QStringLiteral("pseudo"));
        QCOMPARE(report::reportLanguage(), std::string_view("en"));
        gui::installWindowLanguage(*qApp, QStringLiteral("en"));
        QCOMPARE(report::reportText("Maturity today and targeted"),
                 std::string("Maturity today and targeted"));
    }

    void aGermanWindowStartsGermanTemplatesAndGermanDocuments() {
        const auto& starts = gui::documentStarts();
        int retailer = -1;
        for (int i = 0; i < starts.size(); ++i)
            if (starts[i].jsonFile.endsWith(QStringLiteral("retailer.json"))) retailer = i;
        QVERIFY(retailer >= 0);
        const gui::NewDocumentChoice choice{
            {"Acme", "", "", "EUR"}, QStringLiteral("2027"), retailer};
        // resources/templates/retailer.json and de/retailer.json, first objective's name
        const Assessment english = gui::buildNewAssessment(choice);
        QCOMPARE(english.cycles.front().objectives.front().name,
                 std::string("Grow sales to loyalty members"));
        gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        const Assessment german = gui::buildNewAssessment(choice);
        QCOMPARE(german.cycles.front().objectives.front().name,
                 std::string("Umsatz mit Programm-Mitgliedern steigern"));
        QCOMPARE(german.cycles.front().name, std::string("2027"));
        // The new document's language follows the window's (the report's default language).
        gui::NewDocumentDialog germanDialog;
        QCOMPARE(germanDialog.choice().properties.language, std::string("de"));
        gui::installWindowLanguage(*qApp, QStringLiteral("en"));
        gui::NewDocumentDialog englishDialog;
        QCOMPARE(englishDialog.choice().properties.language, std::string("en"));
    }

    void theLanguageMenuKeepsTheChoiceForTheNextStart() {
        GuiFixture fx;
        auto* german = fx.window().findChild<QAction*>(QStringLiteral("language_de"));
        auto* system = fx.window().findChild<QAction*>(QStringLiteral("language_system"));
        QVERIFY(german && system);
        german->trigger();
        QCOMPARE(gui::languageSetting(), QStringLiteral("de"));
        QCOMPARE(gui::windowLanguage(), QStringLiteral("en"));  // not before the next start
        QVERIFY2(fx.window().messageBanner()->text().contains(QStringLiteral("Deutsch")),
                 qPrintable(fx.window().messageBanner()->text()));
        system->trigger();
        QCOMPARE(gui::languageSetting(), QStringLiteral("system"));
    }
};

QTEST_MAIN(GuiLanguageTest)
#include "test_gui_language.moc"
