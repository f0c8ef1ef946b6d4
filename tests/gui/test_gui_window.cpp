// The window as a whole: keyboard navigation, completeness, table keys, undo names, the
// message area, projector mode, help, cycles, JSON in and out, and nothing lost on close.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "gui/document_session.h"
#include "gui/edit_commands.h"
#include "gui/entity_table_model.h"
#include "gui/step_page.h"
#include "gui/step_sidebar.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

class GuiWindowTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void stepsAreReachableByKeyboard();
    void titleShowsFileAndCycle();
    void completenessFollowsTyping();
    void tableKeysAddDeleteAndMoveRows();
    void deleteIsUndoneAtTheSameIndex();
    void undoActionsCarryReadableNames();
    void refusedFileIsReportedOnce();
    void storeErrorsGoToTheMessageArea();
    void projectorModeEnlargesFonts();
    void helpPanelShowsTheStepAndF1TogglesIt();
    void cycleSelectorSwitchesCycles();
    void jsonExportAndImportRoundTrip();
    void editsSurviveClosingTheWindow();
};

void GuiWindowTest::stepsAreReachableByKeyboard() {
    GuiFixture fx;
    auto& w = fx.window();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.currentStep(), 1);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentStep(), 3);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.currentStep(), 10);
    QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(w.currentStep(), 9);
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.currentStep(), 10);
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);  // stays on the last step
    QCOMPARE(w.currentStep(), 10);
    auto* back = w.findChild<QWidget*>(QStringLiteral("backButton"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(w.currentStep(), 9);
    w.sidebar()->setCurrentRow(4);  // a click in the sidebar
    QCOMPARE(w.currentStep(), 5);
    QCOMPARE(
        qobject_cast<QStackedWidget*>(w.findChild<QStackedWidget*>(QStringLiteral("stepPages")))
            ->currentWidget(),
        static_cast<QWidget*>(w.page(5)));
    // Jumping puts the keyboard focus into the page.
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(w.page(1)->isAncestorOf(QApplication::focusWidget()));
}

void GuiWindowTest::titleShowsFileAndCycle() {
    GuiFixture fx;
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("workshop.crmw")));
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("2026")));
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("Nordlicht")));
}

void GuiWindowTest::completenessFollowsTyping() {
    GuiFixture fx;
    auto& w = fx.window();
    const int before = w.sidebar()->percent(2);
    QVERIFY(before > 0 && before < 100);
    // Fill every empty metric field: step 2 reaches 100%.
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_metric"));
    QVERIFY(view);
    auto* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int col = 0; col < model->columnCount(); ++col)
            if (model->index(row, col).data(Qt::EditRole).toString().isEmpty())
                QVERIFY(model->setData(model->index(row, col), col == 6
                                                                   ? QStringLiteral("2025-12-31")
                                                                   : QStringLiteral("x")));
    QCOMPARE(w.sidebar()->percent(2), 100);
    w.session().undoStack()->undo();
    QVERIFY(w.sidebar()->percent(2) < 100);
    // Step 9 counts aligned objectives and KPIs: 3 of 5 in the sample.
    QCOMPARE(w.sidebar()->percent(9), 60);
}

void GuiWindowTest::tableKeysAddDeleteAndMoveRows() {
    GuiFixture fx;
    auto& w = fx.window();
    w.goToStep(1);
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_priority"));
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));  // the last row
    QTest::keyClick(view, Qt::Key_Return);              // Enter on the last row adds one
    QCOMPARE(fx.cycle().priorities.size(), std::size_t{3});
    auto* editor = view->findChild<QLineEdit*>();
    QVERIFY(editor);  // and starts editing it
    QTest::keyClicks(editor, QStringLiteral("Self-service portal"));
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits on the next event loop turn
    QTRY_COMPARE(fx.cycle().priorities[2].text, std::string("Self-service portal"));

    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return,
                    Qt::ControlModifier);  // Ctrl+Enter adds after the current row
    QCOMPARE(fx.cycle().priorities.size(), std::size_t{4});
    QCOMPARE(fx.cycle().priorities[1].text, std::string());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);  // leave the new row's editor
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(fx.cycle().priorities.size(), std::size_t{3});

    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(fx.cycle().priorities[1].text, std::string("Self-service portal"));
    QCOMPARE(view->currentIndex().row(), 1);
    w.session().undoStack()->undo();
    QCOMPARE(fx.cycle().priorities[2].text, std::string("Self-service portal"));
    const Assessment disk = fx.reloadFromDisk();
    QCOMPARE(disk.currentCycle()->priorities.size(), std::size_t{3});
    QCOMPARE(disk.currentCycle()->priorities[2].text, std::string("Self-service portal"));
}

void GuiWindowTest::deleteIsUndoneAtTheSameIndex() {
    GuiFixture fx;
    auto& w = fx.window();
    w.goToStep(6);
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_segment"));
    QVERIFY(view);
    const Segment schools = fx.cycle().segments[1];
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(fx.cycle().segments.size(), std::size_t{1});
    QCOMPARE(w.session().undoStack()->undoText(), QStringLiteral("Delete segment 'Schools'"));
    w.session().undoStack()->undo();
    QCOMPARE(fx.cycle().segments.size(), std::size_t{2});
    const Segment& back = fx.cycle().segments[1];
    QCOMPARE(back.id, schools.id);
    QCOMPARE(back.name, schools.name);
    QVERIFY(back.revenue == schools.revenue);
    QCOMPARE(fx.reloadFromDisk().currentCycle()->segments[1].id, schools.id);
}

void GuiWindowTest::undoActionsCarryReadableNames() {
    GuiFixture fx;
    auto& w = fx.window();
    auto* view = w.findChild<QTableView*>(QStringLiteral("view_kpi"));
    QVERIFY(view);
    const int target = 9;
    QCOMPARE(findDescriptor("kpi")->fields[target].key, std::string_view("target"));
    QVERIFY(view->model()->setData(view->model()->index(0, target), QStringLiteral("65")));
    QAction* undo = nullptr;
    for (auto* a : w.actions())
        if (a->text().startsWith(QStringLiteral("&Undo"))) undo = a;
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit KPI target"));
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->trigger();
    QCOMPARE(fx.cycle().kpis[0].target.value_or(0), 60.0);
}

void GuiWindowTest::refusedFileIsReportedOnce() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("notes.crmw"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not an assessment");
    f.close();
    QVERIFY(!fx.window().openFile(bad));
    QVERIFY(fx.window().messageBanner()->isVisibleTo(&fx.window()));
    QVERIFY(!fx.window().messageBanner()->text().isEmpty());
    QVERIFY(fx.window().session().isOpen());  // the open document is still there
}

void GuiWindowTest::storeErrorsGoToTheMessageArea() {
    GuiFixture fx;
    auto& s = fx.window().session();
    // A field the store refuses (no such item): the banner says so, no command is kept.
    const int before = s.undoStack()->count();
    s.undoStack()->push(new gui::SetFieldCommand(s, *findDescriptor("kpi"), "no-such-kpi",
                                                 findDescriptor("kpi")->fields[0],
                                                 FieldValue{std::string("x")}));
    QCOMPARE(s.undoStack()->count(), before);
    QVERIFY(fx.window().messageBanner()->isVisibleTo(&fx.window()));
    QVERIFY(fx.window().messageBanner()->text().contains(QStringLiteral("no-such-kpi")));
}

void GuiWindowTest::projectorModeEnlargesFonts() {
    GuiFixture fx;
    const QFont normal = QApplication::font();
    QVERIFY(QTest::qWaitForWindowActive(&fx.window()));
    QTest::keyClick(&fx.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(fx.window().projectorMode());
    if (normal.pointSizeF() > 0)
        QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * 1.5);
    QTest::keyClick(&fx.window(), Qt::Key_F11);
    QVERIFY(!fx.window().projectorMode());
    QCOMPARE(QApplication::font(), normal);
}

void GuiWindowTest::helpPanelShowsTheStepAndF1TogglesIt() {
    GuiFixture fx;
    auto& w = fx.window();
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("helpDock"));
    auto* help = w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser"));
    QVERIFY(dock && help);
    QVERIFY(dock->isVisible());
    QVERIFY(help->toPlainText().contains(QStringLiteral("Business strategy")));
    w.goToStep(9);
    QVERIFY(help->toPlainText().contains(QStringLiteral("Step 9")));
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY(!dock->isVisible());
    QTest::keyClick(&w, Qt::Key_F1);
    QVERIFY(dock->isVisible());
}

void GuiWindowTest::cycleSelectorSwitchesCycles() {
    GuiFixture fx;
    auto& w = fx.window();
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("cycleSelector"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("2026"));
    auto* objectives = w.findChild<QTableView*>(QStringLiteral("view_objective"));
    QCOMPARE(objectives->model()->rowCount(), 3);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);  // activated by the keyboard
    QCOMPARE(combo->currentText(), QStringLiteral("2025"));
    QCOMPARE(w.session().cycleId(), std::string("cycle-2025"));
    QCOMPARE(objectives->model()->rowCount(), 1);
    QVERIFY(w.windowTitle().contains(QStringLiteral("cycle 2025")));
    QCOMPARE(fx.reloadFromDisk().currentCycleId, std::string("cycle-2025"));
}

void GuiWindowTest::jsonExportAndImportRoundTrip() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("workshop.json"));
    const QString copy = dir.filePath(QStringLiteral("copy.crmw"));
    QVERIFY(fx.window().exportJsonFile(json));
    QVERIFY(fx.window().importJsonFile(json, copy));
    QCOMPARE(fx.window().session().path(), copy);
    QCOMPARE(fx.window().session().assessment().companyName,
             std::string("Nordlicht Office Supplies"));
    QCOMPARE(fx.cycle().capabilities.size(), std::size_t{8});
}

void GuiWindowTest::editsSurviveClosingTheWindow() {
    GuiFixture fx;
    auto& w = fx.window();
    w.goToStep(1);
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("field_statement_value_proposition"));
    QVERIFY(text);
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Tomorrow, complete, on one invoice."));
    // Closed before the idle pause is over: the words are still written.
    fx.closeAndReopen();
    QCOMPARE(fx.cycle().statement.valueProposition,
             std::string("Tomorrow, complete, on one invoice."));
    auto* again =
        fx.window().findChild<QPlainTextEdit*>(QStringLiteral("field_statement_value_proposition"));
    QCOMPARE(again->toPlainText(), QStringLiteral("Tomorrow, complete, on one invoice."));
}

QTEST_MAIN(GuiWindowTest)
#include "test_gui_window.moc"
