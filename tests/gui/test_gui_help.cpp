// The Help menu: its entries, the keyboard shortcuts read from the window's actions, About with
// this build's version, and the user guide compiled in (first heading, working links, find).
#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include "crmw_version.h"
#include "gui/help/about_dialog.h"
#include "gui/help/shortcuts_dialog.h"
#include "gui/help/user_guide_dialog.h"
#include "gui/steps/catalog.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

QAction* helpAction(gui::MainWindow& window, const char* name) {
    auto* menu = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!menu) return nullptr;
    for (QAction* action : menu->actions())
        if (action->objectName() == QLatin1String(name)) return action;
    return nullptr;
}

const gui::ShortcutEntry* entryWithKeys(const QVector<gui::ShortcutEntry>& entries,
                                        const QString& keys) {
    for (const auto& entry : entries)
        if (entry.keys.split(QStringLiteral(" or ")).contains(keys)) return &entry;
    return nullptr;
}

gui::UserGuideDialog* openGuide(gui::MainWindow& window) {
    helpAction(window, "actionUserGuide")->trigger();
    return window.findChild<gui::UserGuideDialog*>();
}

}  // namespace

class GuiHelpTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void helpMenuComesLastWithItsEntries() {
        GuiFixture fx;
        auto* menu = fx.window().findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(menu);
        QCOMPARE(fx.window().menuBar()->actions().last(), menu->menuAction());
        for (const char* name : {"actionUserGuide", "actionKeyboardShortcuts", "actionAbout"})
            QVERIFY2(helpAction(fx.window(), name), name);
        bool stepHelp = false;
        for (QAction* action : menu->actions())
            stepHelp |= action->shortcuts().contains(QKeySequence(Qt::Key_F1));
        QVERIFY(stepHelp);  // F1 is listed here too
    }

    void shortcutListNamesTheWindowsActions() {
        GuiFixture fx;
        const auto entries = gui::windowShortcuts(fx.window());
        const auto* undo = entryWithKeys(entries, QStringLiteral("Ctrl+Z"));
        QVERIFY(undo);
        QCOMPARE(undo->action, QStringLiteral("Undo"));
        QCOMPARE(undo->place, QStringLiteral("Edit"));
        const auto* projector = entryWithKeys(entries, QStringLiteral("F11"));
        QVERIFY(projector);
        QCOMPARE(projector->action, QStringLiteral("Projector mode"));
        QCOMPARE(projector->keys, QStringLiteral("F11 or Ctrl+Shift+P"));
        const auto* report = entryWithKeys(entries, QStringLiteral("Ctrl+Shift+G"));
        QVERIFY(report);  // a feature's action, attached after the window was built
        QCOMPARE(report->action, QStringLiteral("Export Report"));
        QCOMPARE(report->place, QStringLiteral("File"));
        // Nothing with a key is left out, so the list cannot fall behind the menus.
        for (const QAction* action : fx.window().findChildren<QAction*>()) {
            if (action->shortcuts().isEmpty()) continue;
            const QString keys = action->shortcuts().first().toString(QKeySequence::NativeText);
            QVERIFY2(entryWithKeys(entries, keys), qPrintable(keys));
        }
    }

    void shortcutsDialogShowsTheListAndFilters() {
        GuiFixture fx;
        helpAction(fx.window(), "actionKeyboardShortcuts")->trigger();
        auto* dialog = fx.window().findChild<gui::ShortcutsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->table()->rowCount(),
                 static_cast<int>(gui::windowShortcuts(fx.window()).size()));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("shortcutFilter")),
                         QStringLiteral("F11"));
        int shown = 0;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            if (!dialog->table()->isRowHidden(row)) {
                ++shown;
                QCOMPARE(dialog->table()->item(row, 1)->text(), QStringLiteral("Projector mode"));
            }
        QCOMPARE(shown, 1);
    }

    void plainTextDropsMarksAndDots() {
        QCOMPARE(gui::plainActionText(QStringLiteral("&New…")), QStringLiteral("New"));
        QCOMPARE(gui::plainActionText(QStringLiteral("A&genda && timer")),
                 QStringLiteral("Agenda & timer"));
        QCOMPARE(gui::plainActionText(QStringLiteral("Export Action &Plan...")),
                 QStringLiteral("Export Action Plan"));
    }

    void aboutNamesTheVersionAndTheLicences() {
        GuiFixture fx;
        helpAction(fx.window(), "actionAbout")->trigger();
        auto* dialog = fx.window().findChild<gui::AboutDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QString text = dialog->text()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Version " CRMW_VERSION)));
        QVERIFY(text.contains(QStringLiteral("Licence: MIT")));
        QVERIFY(text.contains(QStringLiteral("Permission is hereby granted")));  // LICENSE
        for (const char* library : {"Qt 6", "LGPL-3.0-only", "SQLite", "public domain", "{fmt}"})
            QVERIFY2(text.contains(QString::fromUtf8(library)), library);
    }

    void guideOpensOnItsFirstHeading() {
        GuiFixture fx;
        auto* guide = openGuide(fx.window());
        QVERIFY(guide && guide->isVisible());
        const QTextBlock first = guide->browser()->document()->firstBlock();
        QCOMPARE(first.blockFormat().headingLevel(), 1);
        QCOMPARE(first.text(), QStringLiteral("CRM Strategy Workbench: user guide"));
        QVERIFY(guide->sectionAnchors().size() >= 6);
    }

    void noLinkOrImageInTheGuideIsBroken() {
        GuiFixture fx;
        auto* guide = openGuide(fx.window());
        QVERIFY(guide);
        int links = 0, sectionLinks = 0, images = 0;
        for (QTextBlock block = guide->browser()->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                    ++links;
                    sectionLinks += format.anchorHref().startsWith(QLatin1Char('#'));
                    QVERIFY2(guide->linkResolves(format.anchorHref()),
                             qPrintable(format.anchorHref()));
                }
                if (format.isImageFormat()) {
                    ++images;
                    const QString name = format.toImageFormat().name();
                    const QUrl url = guide->browser()->source().resolved(QUrl(name));
                    QVERIFY2(!QImage(QStringLiteral(":") + url.path()).isNull(), qPrintable(name));
                }
            }
        }
        QVERIFY(sectionLinks >= 5);
        QVERIFY(links >= sectionLinks);
        QVERIFY(images >= 4);
        QVERIFY(!guide->linkResolves(QStringLiteral("#no-such-section")));
        QVERIFY(!guide->linkResolves(QStringLiteral("user-guide/no-such-image.png")));
    }

    void sectionLinksScrollTheGuide() {
        GuiFixture fx;
        auto* guide = openGuide(fx.window());
        QVERIFY(guide);
        const QStringList anchors = guide->sectionAnchors();
        QVERIFY(anchors.contains(QStringLiteral("keys-and-files")));
        QVERIFY(guide->scrollToSection(QStringLiteral("keys-and-files")));
        QVERIFY(guide->browser()->verticalScrollBar()->value() > 0);
        QCOMPARE(guide->browser()->textCursor().block().text(), QStringLiteral("Keys and files"));
    }

    void findSelectsTheNextMatch() {
        GuiFixture fx;
        auto* guide = openGuide(fx.window());
        QVERIFY(guide);
        QVERIFY(guide->findNext(QStringLiteral("parking lot")));
        QCOMPARE(guide->browser()->textCursor().selectedText().toLower(),
                 QStringLiteral("parking lot"));
        QVERIFY(!guide->findNext(QStringLiteral("no such words in the guide")));
    }

    void headingAnchorsFollowTheWebPagesRule() {
        QCOMPARE(gui::headingAnchor(QStringLiteral("Run the workshop")),
                 QStringLiteral("run-the-workshop"));
        QCOMPARE(gui::headingAnchor(QStringLiteral("Keys & files")), QStringLiteral("keys--files"));
        QCOMPARE(gui::headingAnchor(QStringLiteral("Step 1: why (F1)")),
                 QStringLiteral("step-1-why-f1"));
    }

    void installedResourcesAreFoundBesideTheProgram() {
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        const QString bin = prefix.filePath(QStringLiteral("bin"));
        const QString compiled = QStringLiteral("/compiled/in");
        // Nothing installed yet: the build tree's folder.
        QCOMPARE(gui::chooseResourcesDir({}, bin, compiled), compiled);
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("share/crm-workbench/catalogs")));
        QCOMPARE(gui::chooseResourcesDir({}, bin, compiled),
                 prefix.filePath(QStringLiteral("share/crm-workbench")));
        QCOMPARE(gui::chooseResourcesDir(QStringLiteral("/from/env"), bin, compiled),
                 QStringLiteral("/from/env"));
    }
};

QTEST_MAIN(GuiHelpTest)
#include "test_gui_help.moc"
