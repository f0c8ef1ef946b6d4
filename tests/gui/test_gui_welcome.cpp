// The welcome page: shown while no document is open, its recent list (missing files marked and
// refused, removal kept in the settings and in File > Open Recent), the sample workshop, and
// opening a document by dropping it on the window.
#include <QAbstractButton>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/app/recent_files.h"
#include "gui/app/window_memory.h"
#include "gui/steps/step_page.h"
#include "gui/welcome/sample_workshop_copy.h"
#include "gui/welcome/welcome.h"
#include "gui/welcome/welcome_page.h"
#include "gui_test_support.h"
#include "sample_workshop.h"
#include "store/document.h"

using namespace crm;

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");

std::unique_ptr<gui::MainWindow> newWindow() {
    auto window = std::make_unique<gui::MainWindow>();
    window->setDialogsEnabled(false);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get(), 60000)) qWarning("the window did not show");
    return window;
}

QString makeDocument(const QTemporaryDir& dir, const QString& name) {
    const QString path = QDir(dir.path()).filePath(name);
    store::Document::create(path.toStdString(), testing::sampleWorkshop());
    return path;
}

QListWidget* recentList(const gui::MainWindow& w) {
    return w.findChild<QListWidget*>(QStringLiteral("recentList"));
}

void dropOn(QWidget* target, const QStringList& paths) {
    QList<QUrl> urls;
    for (const QString& path : paths) urls << QUrl::fromLocalFile(path);
    QMimeData mime;
    mime.setUrls(urls);
    // As a real drag does: it enters first (Qt delivers no drop to a widget no drag entered).
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

}  // namespace

class GuiWelcomeTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { testing::prepareTestApplication(); }
    void init() {
        QSettings().remove(kRecentKey);
        QSettings().remove(QLatin1String(gui::kWindowLayoutGroup));
    }

    void shownWithoutADocumentAndHiddenOnceOneOpens();
    void recentListShowsNameFolderAndMarksMissingFiles();
    void removingAnEntryPersistsAndUpdatesOpenRecent();
    void deleteKeyRemovesAndEnterOpens();
    void everyControlIsReachableByTab();
    void droppedDocumentOpensOverTheWelcomePageAndOverAnOpenDocument();
    void droppedTextFileIsRefusedNamingIt();
    void sampleWorkshopOpensAFreshCopyOfTheSample();
};

void GuiWelcomeTest::shownWithoutADocumentAndHiddenOnceOneOpens() {
    QTemporaryDir dir;
    const QString path = makeDocument(dir, QStringLiteral("a.crmw"));
    auto w = newWindow();
    gui::WelcomePage* welcome = gui::welcomePageOf(*w);
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(!w->views()->isVisible());
    // The help dock explains the welcome page, not step 1 (resources/help/welcome.md).
    auto* help = w->findChild<QTextBrowser*>(QStringLiteral("helpBrowser"));
    QVERIFY(help);
    QVERIFY(help->toPlainText().startsWith(QStringLiteral("Getting started")));
    QVERIFY(w->openFile(path));
    QVERIFY(!welcome->isVisible());
    QVERIFY(w->views()->isVisible());
    QVERIFY(!help->toPlainText().startsWith(QStringLiteral("Getting started")));
    w->closeDocument();
    QVERIFY(welcome->isVisible());
    QVERIFY(!w->views()->isVisible());
    QVERIFY(help->toPlainText().startsWith(QStringLiteral("Getting started")));
}

void GuiWelcomeTest::recentListShowsNameFolderAndMarksMissingFiles() {
    QTemporaryDir dir;
    const QString here = makeDocument(dir, QStringLiteral("here.crmw"));
    const QString gone = QDir(dir.path()).filePath(QStringLiteral("gone.crmw"));
    QSettings().setValue(kRecentKey, QStringList{here, gone});
    auto w = newWindow();
    QListWidget* list = recentList(*w);
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), 2);
    const QString folder = QDir::toNativeSeparators(dir.path());
    QCOMPARE(list->item(0)->text(), QStringLiteral("here.crmw\n") + folder);
    QCOMPARE(list->item(0)->toolTip(), QDir::toNativeSeparators(here));
    QCOMPARE(list->item(0)->data(gui::kRecentMissingRole).toBool(), false);
    QCOMPARE(list->item(1)->text(), QStringLiteral("gone.crmw — not found\n") + folder);
    QVERIFY(list->item(1)->toolTip().startsWith(QDir::toNativeSeparators(gone) + '\n'));
    QCOMPARE(list->item(1)->data(gui::kRecentMissingRole).toBool(), true);
    QVERIFY(list->item(1)->foreground().color() != list->item(0)->foreground().color());

    // The missing one does not open: its Open button is off and opening it says why.
    auto* openSelected = w->findChild<QAbstractButton*>(QStringLiteral("openRecentButton"));
    list->setCurrentRow(1);
    QVERIFY(!openSelected->isEnabled());
    QVERIFY(!gui::welcomePageOf(*w)->openRecent(1));
    QVERIFY(!w->session().isOpen());
    QVERIFY(w->messageBanner()->text().contains(QDir::toNativeSeparators(gone)));
    list->setCurrentRow(0);
    QVERIFY(openSelected->isEnabled());
    QTest::mouseClick(openSelected, Qt::LeftButton);
    QVERIFY(w->session().isOpen());
    QCOMPARE(w->session().path(), here);
}

void GuiWelcomeTest::removingAnEntryPersistsAndUpdatesOpenRecent() {
    QTemporaryDir dir;
    const QString first = makeDocument(dir, QStringLiteral("first.crmw"));
    const QString second = makeDocument(dir, QStringLiteral("second.crmw"));
    QSettings().setValue(kRecentKey, QStringList{first, second});
    auto w = newWindow();
    auto* menu = w->findChild<QMenu*>(QStringLiteral("recentMenu"));
    QCOMPARE(menu->actions().size(), 2);
    QListWidget* list = recentList(*w);
    list->setCurrentRow(0);
    QTest::mouseClick(w->findChild<QAbstractButton*>(QStringLiteral("removeRecentButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(gui::kRecentPathRole).toString(), second);
    QCOMPARE(QSettings().value(kRecentKey).toStringList(), QStringList{second});
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().front()->toolTip(), second);
    QVERIFY(QFile::exists(first));  // off the list, not off the disk
    // A new window reads the shortened list.
    w.reset();
    auto again = newWindow();
    QCOMPARE(recentList(*again)->count(), 1);
}

void GuiWelcomeTest::deleteKeyRemovesAndEnterOpens() {
    QTemporaryDir dir;
    const QString first = makeDocument(dir, QStringLiteral("first.crmw"));
    const QString second = makeDocument(dir, QStringLiteral("second.crmw"));
    QSettings().setValue(kRecentKey, QStringList{first, second});
    auto w = newWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get(), 60000));
    QListWidget* list = recentList(*w);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(QSettings().value(kRecentKey).toStringList(), QStringList{second});
    QCOMPARE(list->count(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(w->session().isOpen());
    QCOMPARE(w->session().path(), second);
}

void GuiWelcomeTest::everyControlIsReachableByTab() {
    QTemporaryDir dir;
    QSettings().setValue(kRecentKey, QStringList{makeDocument(dir, QStringLiteral("a.crmw"))});
    auto w = newWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get(), 60000));
    const QStringList wanted{
        QStringLiteral("newButton"),        QStringLiteral("openButton"),
        QStringLiteral("sampleButton"),     QStringLiteral("recentList"),
        QStringLiteral("openRecentButton"), QStringLiteral("removeRecentButton")};
    QStringList reached;
    w->findChild<QWidget*>(QStringLiteral("newButton"))->setFocus();
    for (int i = 0; i < 40 && reached.size() < wanted.size(); ++i) {
        const QString name = QApplication::focusWidget()->objectName();
        if (wanted.contains(name) && !reached.contains(name)) reached << name;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(reached, wanted);
    // Mnemonics: Alt+D goes to the recent list.
    QTest::keyClick(w.get(), Qt::Key_D, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("recentList"));
}

void GuiWelcomeTest::droppedDocumentOpensOverTheWelcomePageAndOverAnOpenDocument() {
    QTemporaryDir dir;
    const QString first = makeDocument(dir, QStringLiteral("first.crmw"));
    const QString second = makeDocument(dir, QStringLiteral("second.crmw"));
    auto w = newWindow();
    QVERIFY(w->acceptDrops());
    dropOn(gui::welcomePageOf(*w), {first});
    QVERIFY(w->session().isOpen());
    QCOMPARE(w->session().path(), first);
    // Over a text field of step 1, which takes dropped text itself.
    auto* field = w->page(1)->findChild<QPlainTextEdit*>();
    QVERIFY(field && field->acceptDrops());
    const QString before = field->toPlainText();
    dropOn(field->viewport(), {second});
    QCOMPARE(w->session().path(), second);
    QCOMPARE(field->toPlainText(), before);
}

void GuiWelcomeTest::droppedTextFileIsRefusedNamingIt() {
    QTemporaryDir dir;
    const QString open = makeDocument(dir, QStringLiteral("open.crmw"));
    const QString notes = QDir(dir.path()).filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a document");
    file.close();
    auto w = newWindow();
    dropOn(w.get(), {notes});
    QVERIFY(!w->session().isOpen());
    QVERIFY(w->messageBanner()->isVisible());
    QVERIFY(w->messageBanner()->text().startsWith(QStringLiteral("notes.txt is not a CRM")));
    // With a document open, it stays open.
    QVERIFY(w->openFile(open));
    dropOn(w.get(), {notes});
    QCOMPARE(w->session().path(), open);
}

void GuiWelcomeTest::sampleWorkshopOpensAFreshCopyOfTheSample() {
    // The company expected, read from the sample itself.
    QFile json(QStringLiteral(SAMPLES_DIR "/quillmere.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QString company = QJsonDocument::fromJson(json.readAll())
                                .object()[QStringLiteral("company")]
                                .toObject()[QStringLiteral("name")]
                                .toString();
    QCOMPARE(company, QStringLiteral("Quillmere Office Supply"));
    QFile::remove(gui::sampleWorkshopCopyPath());
    const QStringList samplesBefore = QDir(QStringLiteral(SAMPLES_DIR)).entryList(QDir::Files);

    auto w = newWindow();
    QTest::mouseClick(w->findChild<QAbstractButton*>(QStringLiteral("sampleButton")),
                      Qt::LeftButton);
    QVERIFY(w->session().isOpen());
    QCOMPARE(QString::fromStdString(w->session().assessment().companyName), company);
    QCOMPARE(w->session().path(), gui::sampleWorkshopCopyPath());
    QVERIFY(!gui::sampleWorkshopCopyPath().startsWith(QStringLiteral(SAMPLES_DIR)));
    QCOMPARE(QDir(QStringLiteral(SAMPLES_DIR)).entryList(QDir::Files), samplesBefore);

    // Opened again while it is open (no dialogs: a fresh copy), it replaces the changed copy.
    DocumentProperties changed;
    changed.companyName = "Changed in practice";
    w->session().document().setDocumentProperties(changed);
    QCOMPARE(w->session().assessment().companyName, std::string("Changed in practice"));
    QVERIFY(gui::openSampleWorkshop(*w));
    QCOMPARE(QString::fromStdString(w->session().assessment().companyName), company);
}

QTEST_MAIN(GuiWelcomeTest)
#include "test_gui_welcome.moc"
