// A date typed as a whole, in German and English: the date editor of the steps' cells and the
// analysis settings dialog (gui/common/date_line_edit.h). QDateEdit read "30.04.2026" typed over
// 15.02.2026 as 15.04.2026 (the 30 was refused in February); these pin the typed day instead.
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "engine/model/field_value.h"
#include "gui/app/document_session.h"
#include "gui/common/date_line_edit.h"
#include "gui/common/language.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

// The range the brief's examples use: from the first to the last day of the data.
const QDate kFirst(2024, 1, 1);
const QDate kLast(2026, 6, 30);

// Replaces the text as a user does (Ctrl+A, the digits) and commits it with Enter.
void typeAndCommit(gui::DateLineEdit& edit, const QString& text) {
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&edit, text);
    QTest::keyClick(&edit, Qt::Key_Return);
}

// Switches the window's language for one test and back to English after it.
[[nodiscard]] auto inLanguage(const QString& language) {
    gui::installWindowLanguage(*qApp, language);
    return qScopeGuard([] { gui::installWindowLanguage(*qApp, QStringLiteral("en")); });
}

}  // namespace

class GuiDateTypingTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void wholeDateTyped_data();
    void wholeDateTyped();
    void refusedTextKeepsTheDate_data();
    void refusedTextKeepsTheDate();
    void arrowsStepAndShowTheWindowsForm();
    void calendarPicksADay();
    void germanStepCellTakesTheTypedDate();
    void refusedCellStaysOpenAndChangesNothing();
};

void GuiDateTypingTest::wholeDateTyped_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");  // the window's form after the commit
    for (const QDate start : {QDate(2026, 2, 15), QDate(2024, 1, 1)}) {
        const QByteArray from = start.toString(Qt::ISODate).toLatin1();
        QTest::newRow("de dotted from " + from) << "de" << start << "30.04.2026"
                                                << "30.04.2026";
        QTest::newRow("de short from " + from) << "de" << start << "30.4.2026"
                                               << "30.04.2026";
        QTest::newRow("de digits from " + from) << "de" << start << "30042026"
                                                << "30.04.2026";
        QTest::newRow("de iso from " + from) << "de" << start << "2026-04-30"
                                             << "30.04.2026";
        QTest::newRow("en iso from " + from) << "en" << start << "2026-04-30"
                                             << "2026-04-30";
        QTest::newRow("en digits from " + from) << "en" << start << "20260430"
                                                << "2026-04-30";
    }
}

void GuiDateTypingTest::wholeDateTyped() {
    QFETCH(QString, language);
    QFETCH(QDate, start);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    const auto english = inLanguage(language);
    QWidget window;
    auto* edit = new gui::DateLineEdit(&window);
    edit->setDateRange(kFirst, kLast);
    edit->setDate(start);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeAndCommit(*edit, typed);
    QCOMPARE(edit->date(), QDate(2026, 4, 30));
    QCOMPARE(edit->text(), shown);
    QVERIFY(edit->property("state").toString().isEmpty());
}

void GuiDateTypingTest::refusedTextKeepsTheDate_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint");  // what the tooltip names
    QTest::newRow("de no 31 February") << "de"
                                       << "31.02.2026"
                                       << "TT.MM.JJJJ";
    QTest::newRow("de not a date") << "de"
                                   << "hello"
                                   << "TT.MM.JJJJ";
    QTest::newRow("de after the range") << "de"
                                        << "01.07.2026"
                                        << "30.06.2026";
    QTest::newRow("de before the range") << "de"
                                         << "31.12.2023"
                                         << "01.01.2024";
    QTest::newRow("en no 31 February") << "en"
                                       << "2026-02-31"
                                       << "YYYY-MM-DD";
    QTest::newRow("en German form") << "en"
                                    << "30.04.2026"
                                    << "YYYY-MM-DD";
    QTest::newRow("en not a date") << "en"
                                   << "hello"
                                   << "YYYY-MM-DD";
    QTest::newRow("en after the range") << "en"
                                        << "2026-07-01"
                                        << "2026-06-30";
}

void GuiDateTypingTest::refusedTextKeepsTheDate() {
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    const auto english = inLanguage(language);
    QWidget window;
    auto* edit = new gui::DateLineEdit(&window);
    edit->setDateRange(kFirst, kLast);
    edit->setDate(QDate(2026, 2, 15));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changes(edit, &gui::DateLineEdit::dateChanged);
    typeAndCommit(*edit, typed);
    QCOMPARE(edit->date(), QDate(2026, 2, 15));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(edit->text(), typed);  // left as typed, to correct
    QVERIFY(edit->property("state") == QStringLiteral("refused"));
    QVERIFY2(edit->toolTip().contains(hint), qPrintable(edit->toolTip()));
    QVERIFY(edit->hasFocus());
    // Corrected, it is taken and the red frame goes.
    typeAndCommit(*edit, language == QLatin1String("de") ? QStringLiteral("28.02.2026")
                                                         : QStringLiteral("2026-02-28"));
    QCOMPARE(edit->date(), QDate(2026, 2, 28));
    QVERIFY(edit->property("state").toString().isEmpty());
}

void GuiDateTypingTest::arrowsStepAndShowTheWindowsForm() {
    const auto english = inLanguage(QStringLiteral("de"));
    QWidget window;
    auto* edit = new gui::DateLineEdit(&window);
    edit->setDateRange(kFirst, kLast);
    edit->setDate(QDate(2026, 2, 28));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Up);  // 28.02. + 1 day = 01.03.
    QCOMPARE(edit->date(), QDate(2026, 3, 1));
    QCOMPARE(edit->text(), QStringLiteral("01.03.2026"));
    QTest::keyClick(edit, Qt::Key_PageUp);  // + 1 month
    QCOMPARE(edit->date(), QDate(2026, 4, 1));
    QTest::keyClick(edit, Qt::Key_PageUp);
    QTest::keyClick(edit, Qt::Key_PageUp);
    QTest::keyClick(edit, Qt::Key_PageUp);  // 01.07. is past the range: the last day
    QCOMPARE(edit->date(), kLast);
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->date(), QDate(2026, 6, 29));
    QCOMPARE(edit->placeholderText(), QStringLiteral("TT.MM.JJJJ"));
}

void GuiDateTypingTest::calendarPicksADay() {
    const auto english = inLanguage(QStringLiteral("de"));
    QWidget window;
    auto* edit = new gui::DateLineEdit(&window);
    edit->setDateRange(kFirst, kLast);
    edit->setDate(QDate(2026, 2, 15));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    edit->findChild<QAction*>(QStringLiteral("calendarAction"))->trigger();
    auto* calendar = edit->findChild<QCalendarWidget*>(QStringLiteral("dateCalendar"));
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2026, 2, 15));
    QCOMPARE(calendar->maximumDate(), kLast);
    // Right moves a day, Enter takes it (QCalendarWidget's own keys).
    QTest::keyClick(calendar->findChild<QTableView*>(), Qt::Key_Right);
    QTest::keyClick(calendar->findChild<QTableView*>(), Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(edit->date(), QDate(2026, 2, 16));
    QCOMPARE(edit->text(), QStringLiteral("16.02.2026"));
}

void GuiDateTypingTest::germanStepCellTakesTheTypedDate() {
    const auto english = inLanguage(QStringLiteral("de"));
    GuiFixture fx;
    auto& w = fx.window();
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_metric"));
    QVERIFY(view);
    w.goToStep(2);
    QVERIFY(!fx.cycle().metrics.at(1).baselineDate);  // met-2 has no baseline date
    const int undoSteps = w.session().undoStack()->count();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(
        1, crm::testing::columnOfField(*findDescriptor("metric"), "baseline_date")));
    QTest::keyClick(view, Qt::Key_F2);
    auto* date = qobject_cast<gui::DateLineEdit*>(QApplication::focusWidget());
    QVERIFY(date);
    QTest::keyClicks(date, QStringLiteral("30.04.2026"));
    QTest::keyClick(date, Qt::Key_Z, Qt::ControlModifier);  // undoes the typing only
    QVERIFY(date->text().isEmpty());
    QCOMPARE(w.session().undoStack()->count(), undoSteps);
    QTest::keyClicks(date, QStringLiteral("30.04.2026"));
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(fx.cycle().metrics.at(1).baselineDate.has_value(), 60000);
    QCOMPARE(formatDate(*fx.cycle().metrics.at(1).baselineDate), std::string("2026-04-30"));
    QCOMPARE(w.session().undoStack()->count(), undoSteps + 1);  // one step for the edit

    // Typed over the date now there, from a February start, with the digits only.
    w.session().undoStack()->undo();
    QVERIFY(!fx.cycle().metrics.at(1).baselineDate);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    date = qobject_cast<gui::DateLineEdit*>(QApplication::focusWidget());
    QVERIFY(date);
    date->setDate(QDate(2026, 2, 15));
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("30042026"));
    QTest::keyClick(date, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(fx.cycle().metrics.at(1).baselineDate.has_value(), 60000);
    QCOMPARE(formatDate(*fx.cycle().metrics.at(1).baselineDate), std::string("2026-04-30"));
    QCOMPARE(formatDate(*fx.reloadFromDisk().currentCycle()->metrics.at(1).baselineDate),
             std::string("2026-04-30"));
}

void GuiDateTypingTest::refusedCellStaysOpenAndChangesNothing() {
    const auto english = inLanguage(QStringLiteral("de"));
    GuiFixture fx;
    auto& w = fx.window();
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_metric"));
    QVERIFY(view);
    w.goToStep(2);
    const auto before = fx.cycle().metrics.at(0).baselineDate;
    const int undoSteps = w.session().undoStack()->count();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(
        0, crm::testing::columnOfField(*findDescriptor("metric"), "baseline_date")));
    QTest::keyClick(view, Qt::Key_F2);
    auto* date = qobject_cast<gui::DateLineEdit*>(QApplication::focusWidget());
    QVERIFY(date);
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("31.02.2026"));
    QTest::keyClick(date, Qt::Key_Return);
    QTest::qWait(50);  // the delegate would commit on the next event loop turn
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(date));  // still open
    QVERIFY(date->property("state") == QStringLiteral("refused"));
    QVERIFY(fx.cycle().metrics.at(0).baselineDate == before);
    if (const QString shots = qEnvironmentVariable("CRMW_SHOTS_DIR"); !shots.isEmpty())
        view->grab().save(QDir(shots).filePath(QStringLiteral("date-cell-refused.png")));
    QTest::keyClick(date, Qt::Key_Escape);  // cancels
    QTRY_VERIFY(!view->findChild<gui::DateLineEdit*>() ||
                !view->findChild<gui::DateLineEdit*>()->isVisible());
    QVERIFY(fx.cycle().metrics.at(0).baselineDate == before);
    QCOMPARE(w.session().undoStack()->count(), undoSteps);
}

QTEST_MAIN(GuiDateTypingTest)
#include "test_gui_date_typing.moc"
