// The annual reset in the window: starting, renaming and deleting cycles (undoable), the three
// phases of the reset flow, the comparison page, and the schedule's calendar export. The
// expected numbers are worked out by hand from tests/gui/sample_workshop.cpp (2025 and 2026).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/reset/cycle_comparison_models.h"
#include "gui/reset/cycle_comparison_page.h"
#include "gui/reset/cycle_comparison_radar.h"
#include "gui/reset/cycle_dialogs.h"
#include "gui/reset/reset_decisions_panel.h"
#include "gui/reset/reset_flow_page.h"
#include "gui/reset/reset_measures_model.h"
#include "gui/reset/reset_milestones_model.h"
#include "gui/reset/reset_outward_panel.h"
#include "gui/reset/reset_schedule_panel.h"
#include "gui/reset/reset_workspace.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_sidebar.h"
#include "gui_test_support.h"
#include "sample_workshop.h"
#include "store/document.h"
#include "store/json_io.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{date::year{y} / date::month{m} / date::day{d}};
}

gui::ResetWorkspace& workspace(GuiFixture& fx) { return *gui::resetWorkspaceOf(fx.window()); }

// One undoable edit of a field in the cycle in use, as the tables make it.
void setField(gui::DocumentSession& s, std::string_view kindName, const EntityId& itemId,
              std::string_view key, FieldValue value) {
    const EntityDescriptor& kind = *findDescriptor(kindName);
    s.undoStack()->push(
        new gui::SetFieldCommand(s, kind, itemId, *kind.field(key), std::move(value)));
}

// The row of a model whose first column shows `text` (Measure columns may add the unit).
int rowStartingWith(const QAbstractItemModel& model, const QString& text) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString().startsWith(text)) return r;
    return -1;
}

double number(const QAbstractItemModel& model, int row, int column, int role) {
    return model.index(row, column).data(role).toDouble();
}

// Starts cycle "2027" from 2026 (assessed 2027-01-15) and makes the changes the comparison
// tests count: NPS promoters 120 -> 140, wait time 95 -> 80, vision maturity 1 -> 3, the
// schools treatment dropped, one objective renamed, one added.
void startAndEdit2027(GuiFixture& fx) {
    auto& s = fx.window().session();
    QVERIFY(workspace(fx).startCycle("cycle-2026", QStringLiteral("2027"), day(2027, 1, 15)));
    const Cycle& c = fx.cycle();
    setField(s, "relationship", c.id, "promoters", std::int64_t{140});
    setField(s, "kpi", c.kpis[1].id, "current", 80.0);
    setField(s, "capability", c.capabilities[0].id, "current", std::int64_t{3});
    setField(s, "objective", c.objectives[0].id, "name", std::string("Grow revenue by 8%"));
    s.undoStack()->push(
        new gui::RemoveItemCommand(s, *findDescriptor("treatment"), c.treatments[0].id));
    CorporateObjective added;
    added.name = "Open a second warehouse";
    const EntityDescriptor& objective = *findDescriptor("objective");
    s.undoStack()->push(
        new gui::InsertItemCommand(s, objective, 3, captureRecord(objective, added)));
}

// Finds the modal dialog of type T once it is open and hands it to `act` (on the next turns of
// the event loop, while exec() runs).
template <class T, class Act>
void whenModal(Act act, int* seen = nullptr) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act, seen] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (seen) ++*seen;
            act(dialog);
        }
    });
    timer->start();
}

}  // namespace

class GuiResetTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void startDialogSuggestsTheNextYearAndTheLatestCycle();
    void startCycleIsUndoneAndRedoneWithTheSameIds();
    void startCycleFromTheMenuOpensTheResetFlow();
    void renameIsUndoable();
    void deleteIsUndoneAtItsPlaceAndTheCycleInUse();
    void deleteAsksOnceNamingTheCycleAndItsItems();
    void resetMenuShortcutsAndHelp();
    void attachedOnceWithItsMenuBetweenGoAndView();
    void outwardMeasuresAgainstLastCycleAndTargets();
    void outwardFilterByKindAndLevel();
    void milestoneActualsAreRecordedUndoably();
    void decisionNeedsAReasonAndSurvivesReopening();
    void openItemsGetARowEachInOneStep();
    void comparisonPageShowsTheExpectedDeltas();
    void comparisonOfTheSampleCycles();
    void scheduleExportParsesAsICalendar();
    void modelsPassTheModelTester();
    void quillmereWalkthroughAndScreenshots();
};

void GuiResetTest::startDialogSuggestsTheNextYearAndTheLatestCycle() {
    const Assessment a = crm::testing::sampleWorkshop();
    gui::StartCycleDialog dialog(a);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("2027"));
    QCOMPARE(dialog.fromCycleId(),
             EntityId("cycle-2026"));  // assessed 2026-01-15, after 2025-01-20
    QCOMPARE(dialog.dateEdit()->date(), QDate::currentDate());
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("2026"));  // taken
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("cycleNameProblem"))
                ->text()
                .contains(QStringLiteral("2026")));
    dialog.nameEdit()->setText(QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("FY 2027"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.name(), QStringLiteral("FY 2027"));
}

void GuiResetTest::startCycleIsUndoneAndRedoneWithTheSameIds() {
    GuiFixture fx;
    auto& w = fx.window();
    auto& s = w.session();
    QVERIFY(workspace(fx).startCycle("cycle-2026", QStringLiteral("2027"), day(2027, 1, 15)));
    QCOMPARE(s.assessment().cycles.size(), std::size_t{3});
    const EntityId started = s.cycleId();
    QCOMPARE(fx.cycle().name, std::string("2027"));
    QCOMPARE(fx.cycle().previousCycleId, EntityId("cycle-2026"));
    QCOMPARE(fx.cycle().kpis[0].originId, EntityId("kpi-1"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("cycle 2027")));
    auto* selector = w.findChild<QComboBox*>(QStringLiteral("cycleSelector"));
    QCOMPARE(selector->count(), 3);
    QCOMPARE(selector->currentText(), QStringLiteral("2027"));
    QCOMPARE(s.undoStack()->undoText(), QStringLiteral("Start cycle 2027 from 2026"));
    // An edit in the new cycle, then undo both: the cycle goes, 2026 is in use again.
    setField(s, "kpi", fx.cycle().kpis[0].id, "current", 55.0);
    s.undoStack()->undo();
    s.undoStack()->undo();
    QCOMPARE(s.assessment().cycles.size(), std::size_t{2});
    QCOMPARE(s.cycleId(), EntityId("cycle-2026"));
    QCOMPARE(selector->count(), 2);
    QVERIFY(w.windowTitle().contains(QStringLiteral("cycle 2026")));
    // Redo both: the same cycle with the same ids, and the edit lands in it again.
    s.undoStack()->redo();
    s.undoStack()->redo();
    QCOMPARE(s.cycleId(), started);
    QCOMPARE(fx.cycle().kpis[0].current, std::optional<double>(55.0));
    const Assessment disk = fx.reloadFromDisk();
    QCOMPARE(disk.cycles.size(), std::size_t{3});
    QCOMPARE(disk.currentCycleId, started);
    QCOMPARE(disk.currentCycle()->kpis[0].current, std::optional<double>(55.0));
    QCOMPARE(disk.currentCycle()->assessmentDate, std::optional<Date>(day(2027, 1, 15)));
}

void GuiResetTest::startCycleFromTheMenuOpensTheResetFlow() {
    GuiFixture fx;
    auto& w = fx.window();
    whenModal<gui::StartCycleDialog>([](gui::StartCycleDialog* d) {
        d->nameEdit()->setText(QStringLiteral("Reset 2027"));
        d->dateEdit()->setDate(QDate(2027, 2, 1));
        d->accept();
    });
    workspace(fx).startCycleAction->trigger();
    QCOMPARE(fx.cycle().name, std::string("Reset 2027"));
    QCOMPARE(fx.cycle().assessmentDate, std::optional<Date>(day(2027, 2, 1)));
    QVERIFY(workspace(fx).isShowing());
    auto* views = w.findChild<QStackedWidget*>(QStringLiteral("views"));
    QCOMPARE(views->currentWidget(), static_cast<QWidget*>(workspace(fx).flowPage()));
    QVERIFY(workspace(fx).flowPage()->header()->text().contains(
        QStringLiteral("Compared with cycle <b>2026</b>")));
    // A cancelled dialog starts nothing.
    whenModal<gui::StartCycleDialog>([](gui::StartCycleDialog* d) { d->reject(); });
    workspace(fx).startCycleAction->trigger();
    QCOMPARE(w.session().assessment().cycles.size(), std::size_t{3});
}

void GuiResetTest::renameIsUndoable() {
    GuiFixture fx;
    auto& w = fx.window();
    auto& s = w.session();
    QVERIFY(workspace(fx).renameCycle("cycle-2026", QStringLiteral("2026 workshop")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("cycle 2026 workshop")));
    QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("cycleSelector"))->currentText(),
             QStringLiteral("2026 workshop"));
    QVERIFY(!workspace(fx).renameCycle("cycle-2026",
                                       QStringLiteral("2025")));  // taken by the other cycle
    QCOMPARE(fx.reloadFromDisk().findCycle("cycle-2026")->name, std::string("2026 workshop"));
    QVERIFY(workspace(fx).renameCycle("cycle-2025", QStringLiteral("Kick-off")));
    s.undoStack()->undo();
    QCOMPARE(s.assessment().findCycle("cycle-2025")->name, std::string("2025"));
    QCOMPARE(fx.reloadFromDisk().findCycle("cycle-2025")->name, std::string("2025"));
}

void GuiResetTest::deleteIsUndoneAtItsPlaceAndTheCycleInUse() {
    GuiFixture fx;
    auto& w = fx.window();
    auto& s = w.session();
    workspace(fx).setConfirmationsEnabled(false);
    QVERIFY(workspace(fx).deleteCycleAction->isEnabled());
    const std::size_t objectives = fx.cycle().objectives.size();
    QVERIFY(workspace(fx).deleteCycle("cycle-2026"));  // the cycle in use
    QCOMPARE(s.assessment().cycles.size(), std::size_t{1});
    QCOMPARE(s.cycleId(), EntityId("cycle-2025"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("cycle 2025")));
    QVERIFY(!workspace(fx).deleteCycleAction->isEnabled());  // the last cycle stays
    QVERIFY(!workspace(fx).deleteCycle("cycle-2025"));
    QCOMPARE(s.undoStack()->undoText(), QStringLiteral("Delete cycle 2026"));
    s.undoStack()->undo();
    QCOMPARE(s.assessment().cycles.size(), std::size_t{2});
    QCOMPARE(s.assessment().cycles[1].id, EntityId("cycle-2026"));
    QCOMPARE(s.cycleId(), EntityId("cycle-2026"));
    QCOMPARE(fx.cycle().objectives.size(), objectives);
    Assessment disk = fx.reloadFromDisk();
    QCOMPARE(disk.cycles.size(), std::size_t{2});
    QCOMPARE(disk.currentCycleId, EntityId("cycle-2026"));
    // Deleting a cycle not in use keeps the one in use.
    QVERIFY(workspace(fx).deleteCycle("cycle-2025"));
    QCOMPARE(s.cycleId(), EntityId("cycle-2026"));
    s.undoStack()->undo();
    QCOMPARE(s.assessment().cycles[0].id, EntityId("cycle-2025"));
    QCOMPARE(s.cycleId(), EntityId("cycle-2026"));
    disk = fx.reloadFromDisk();
    QCOMPARE(disk.cycles.size(), std::size_t{2});
    QCOMPARE(disk.cycles[0].objectives[0].name, std::string("Grow revenue"));
}

void GuiResetTest::deleteAsksOnceNamingTheCycleAndItsItems() {
    GuiFixture fx;
    auto& s = fx.window().session();
    const QString question =
        gui::ResetWorkspace::deleteQuestion(*s.assessment().findCycle("cycle-2026"));
    // 2026 of the sample: 3 objectives, 2 KPIs, 1 milestone, 2 segments, and 2 priorities,
    // 2 metrics, 2 sources, 1 pain point, 3 attributes, 1 segment objective, 1 treatment,
    // 2 alignment links, 8 capabilities, 1 resource, 1 learning method, 1 goal plan (25): 33.
    QVERIFY(question.contains(QStringLiteral("“2026”")));
    QVERIFY2(question.contains(QStringLiteral(
                 "3 objectives, 2 KPIs, 1 milestone, 2 segments and 25 other items (33 in all)")),
             qPrintable(question));
    int shown = 0;
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); },
                           &shown);
    QVERIFY(!workspace(fx).deleteCycle("cycle-2026"));
    QCOMPARE(shown, 1);
    QCOMPARE(s.assessment().cycles.size(), std::size_t{2});
    QString text;
    whenModal<QMessageBox>(
        [&text](QMessageBox* box) {
            text = box->text();
            for (auto* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole) b->click();
        },
        &shown);
    QVERIFY(workspace(fx).deleteCycle("cycle-2026"));
    QCOMPARE(shown, 2);  // one question per delete, nothing more
    QCOMPARE(text, question);
    QCOMPARE(s.assessment().cycles.size(), std::size_t{1});
}

void GuiResetTest::resetMenuShortcutsAndHelp() {
    GuiFixture fx;
    auto& w = fx.window();
    auto* menu = w.findChild<QMenu*>(QStringLiteral("resetMenu"));
    QVERIFY(menu);
    QVERIFY(w.menuBar()->actions().contains(menu->menuAction()));
    QStringList names;
    for (auto* a : menu->actions())
        if (!a->isSeparator()) {
            names << a->objectName();
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
    QCOMPARE(names,
             (QStringList{"actionStartCycle", "actionRenameCycle", "actionDeleteCycle",
                          "actionResetSession", "actionCompareCycles", "actionExportSchedule"}));
    // No other action of the window (steps, workshop mode, ...) shares one of these shortcuts.
    for (auto* mine : menu->actions()) {
        if (mine->isSeparator()) continue;
        for (auto* other : w.findChildren<QAction*>())
            if (other != mine && !other->shortcut().isEmpty())
                QVERIFY2(
                    !other->shortcuts().contains(mine->shortcut()),
                    qPrintable(QStringLiteral("%1 and %2 share %3")
                                   .arg(mine->text(), other->text(), mine->shortcut().toString())));
    }
    QVERIFY(QTest::qWaitForWindowActive(&w, 60000));
    int asked = 0;
    whenModal<gui::StartCycleDialog>([](gui::StartCycleDialog* d) { d->reject(); }, &asked);
    QTest::keyClick(&w, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, 1);  // the key opened the start dialog (and it was cancelled)
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w, 60000));
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(workspace(fx).isShowing());
    QCOMPARE(w.sidebar()->currentRow(), -1);
    QVERIFY(w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("Annual reset")));
    auto* phases = workspace(fx).flowPage()->phases();
    QTest::keyClick(&w, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(phases->currentIndex(), int(gui::ResetFlowPage::Reset));
    QTest::mouseClick(
        workspace(fx).flowPage()->findChild<QPushButton*>(QStringLiteral("nextPhase")),
        Qt::LeftButton);
    QCOMPARE(phases->currentIndex(), int(gui::ResetFlowPage::Schedule));
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* views = w.findChild<QStackedWidget*>(QStringLiteral("views"));
    QCOMPARE(views->currentWidget(), static_cast<QWidget*>(workspace(fx).comparisonPage()));
    // Choosing a step goes back to the steps and their help.
    w.sidebar()->setCurrentRow(2);
    QCOMPARE(views->currentIndex(), 0);
    QCOMPARE(w.currentStep(), 3);
    QVERIFY(!w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser"))
                 ->toPlainText()
                 .contains(QStringLiteral("Annual reset")));
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(views->currentIndex(), 0);
    QCOMPARE(w.currentStep(), 5);
}

void GuiResetTest::attachedOnceWithItsMenuBetweenGoAndView() {
    GuiFixture fx;
    auto& w = fx.window();
    gui::ResetWorkspace* attached = gui::resetWorkspaceOf(w);
    QVERIFY(attached);
    const int pages = w.views()->count();
    const int actions = w.actions().size();
    gui::attachReset(w);  // a second time: nothing more
    QCOMPARE(gui::resetWorkspaceOf(w), attached);
    QCOMPARE(w.findChildren<gui::ResetWorkspace*>().size(), qsizetype{1});
    QCOMPARE(w.views()->count(), pages);
    QCOMPARE(w.actions().size(), actions);
    QStringList menus;
    for (auto* a : w.menuBar()->actions()) menus << a->text();
    QCOMPARE(menus,
             (QStringList{"&File", "&Edit", "&Go", "&Reset", "&View", "&Workshop", "&Help"}));
    // Both reset pages come with the reset's help and the title of a page, not of a step.
    workspace(fx).showComparison();
    auto* help = w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser"));
    QVERIFY(help->toPlainText().contains(QStringLiteral("Annual reset")));
    QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("helpDock"))->windowTitle(),
             QStringLiteral("Help for this page"));
}

void GuiResetTest::outwardMeasuresAgainstLastCycleAndTargets() {
    GuiFixture fx;
    startAndEdit2027(fx);
    auto* outward = workspace(fx).flowPage()->outward();
    auto& model = *outward->measuresModel();
    using M = gui::ResetMeasuresModel;
    QCOMPARE(model.headerData(M::Last, Qt::Horizontal).toString(), QStringLiteral("Last (2026)"));
    QCOMPARE(model.headerData(M::This, Qt::Horizontal).toString(), QStringLiteral("This (2027)"));
    QCOMPARE(model.rowCount(), 6 + 2);  // six relationship figures, two KPIs
    // NPS: 2026 (120 - 20) / 200 x 100 = 50; 2027 (140 - 20) / 220 x 100 = 54.545...
    const int nps = rowStartingWith(model, QStringLiteral("Net promoter score"));
    QVERIFY(nps >= 0);
    // The survey's NPS is told apart from a KPI of the same name; no two rows read alike.
    QVERIFY(model.index(nps, M::Measure)
                .data()
                .toString()
                .startsWith(QStringLiteral("Net promoter score, step 4 survey")));
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, M::Measure).data().toString().toLower();
    names.removeDuplicates();
    QCOMPARE(names.size(), model.rowCount());
    QCOMPARE(number(model, nps, M::Last, M::NumberRole), 50.0);
    QVERIFY(qAbs(number(model, nps, M::This, M::NumberRole) - 120.0 / 220.0 * 100.0) < 1e-9);
    QCOMPARE(model.index(nps, M::Change).data().toString(), QStringLiteral("+4.5"));
    QCOMPARE(model.index(nps, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
    QCOMPARE(model.index(nps, M::Kind).data(M::KindRole).toString(), QStringLiteral("subjective"));
    QCOMPARE(model.index(nps, M::Movement).data(Qt::BackgroundRole).value<QBrush>().color(),
             gui::ComparisonColours::better());
    // Wait time (lower is better): baseline 95 last cycle, 80 recorded now: -15, better; tactic
    // level.
    const int wait = rowStartingWith(model, QStringLiteral("Call-centre wait time"));
    QCOMPARE(number(model, wait, M::Change, M::NumberRole), -15.0);
    QCOMPARE(model.index(wait, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
    QCOMPARE(model.index(wait, M::Level).data(M::LevelRole).toString(), QStringLiteral("tactic"));
    QCOMPARE(number(model, wait, M::Target, M::NumberRole), 45.0);
    // Repeat order rate: no value this cycle yet (the baseline 52 shows), then 55 typed in: +3.
    const int repeat = rowStartingWith(model, QStringLiteral("Repeat order rate"));
    QVERIFY(model.flags(model.index(repeat, M::This)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(nps, M::This)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(repeat, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("unchanged"));
    QVERIFY(model.index(repeat, M::This).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.setData(model.index(repeat, M::This), QStringLiteral("55")));
    QCOMPARE(fx.cycle().kpis[0].current, std::optional<double>(55.0));
    QCOMPARE(number(model, repeat, M::Change, M::NumberRole), 3.0);
    QCOMPARE(model.index(repeat, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
    QVERIFY(
        !model.setData(model.index(repeat, M::This), QStringLiteral("lots")));  // refused, said why
    QVERIFY(!outward->findChild<QLabel*>(QStringLiteral("error_reset_measures"))->isHidden());
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().kpis[0].current, std::optional<double>());
}

void GuiResetTest::outwardFilterByKindAndLevel() {
    GuiFixture fx;
    startAndEdit2027(fx);
    auto& s = fx.window().session();
    auto* outward = workspace(fx).flowPage()->outward();
    // Two outward observations: one subjective at strategy level, one objective at tactic level.
    auto* observations = outward->observations();
    const EntityDescriptor& kind = *findDescriptor("outward");
    OutwardObservation a;
    a.measure = "Compliments per month";
    a.kind = MeasureKind::Subjective;
    OutwardObservation b;
    b.measure = "Orders picked per hour";
    b.level = MeasureLevel::Tactic;
    s.undoStack()->push(new gui::InsertItemCommand(s, kind, 0, captureRecord(kind, a)));
    s.undoStack()->push(new gui::InsertItemCommand(s, kind, 1, captureRecord(kind, b)));
    auto visible = [observations] {
        int n = 0;
        for (int r = 0; r < observations->model()->rowCount(); ++r)
            n += !observations->view()->isRowHidden(r);
        return n;
    };
    QCOMPARE(visible(), 2);
    outward->kindFilter()->setCurrentIndex(
        outward->kindFilter()->findData(QStringLiteral("subjective")));
    // NPS, satisfaction and customer-rated experience; the sample's KPIs are hard data.
    QCOMPARE(outward->measuresFilter()->rowCount(), 3);
    QCOMPARE(visible(), 1);
    QVERIFY(!observations->view()->isRowHidden(0));
    outward->kindFilter()->setCurrentIndex(0);
    outward->levelFilter()->setCurrentIndex(
        outward->levelFilter()->findData(QStringLiteral("tactic")));
    QCOMPARE(outward->measuresFilter()->rowCount(), 1);  // the call-centre wait time
    QCOMPARE(visible(), 1);
    QVERIFY(!observations->view()->isRowHidden(1));
    outward->levelFilter()->setCurrentIndex(0);
    QCOMPARE(outward->measuresFilter()->rowCount(), 8);
    QCOMPARE(visible(), 2);
}

void GuiResetTest::milestoneActualsAreRecordedUndoably() {
    GuiFixture fx;
    auto& s = fx.window().session();
    QVERIFY(workspace(fx).startCycle("cycle-2026", QStringLiteral("2027"), day(2027, 1, 15)));
    auto& model = *workspace(fx).flowPage()->outward()->milestonesModel();
    using M = gui::ResetMilestonesModel;
    // 2026's one milestone: "Win new schools", due 2026-09-30, target 260, no actual yet.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, M::Owner).data().toString(), QStringLiteral("Win new schools"));
    QCOMPARE(model.index(0, M::Result).data(M::ResultRole).toString(),
             QStringLiteral("no actual recorded"));
    QVERIFY(model.setData(model.index(0, M::Actual), QStringLiteral("250")));
    QCOMPARE(fx.cycle().milestones[0].actual, std::optional<double>(250.0));  // the copy in 2027
    QCOMPARE(s.assessment().findCycle("cycle-2026")->milestones[0].actual, std::optional<double>());
    QCOMPARE(model.index(0, M::Result).data(M::ResultRole).toString(),
             QStringLiteral("missed"));  // 250 < 260
    QCOMPARE(model.missedCount(), 1);
    QVERIFY(model.setData(model.index(0, M::Actual), QStringLiteral("262")));
    QCOMPARE(model.index(0, M::Result).data(M::ResultRole).toString(), QStringLiteral("hit"));
    s.undoStack()->undo();
    s.undoStack()->undo();
    QCOMPARE(fx.cycle().milestones[0].actual, std::optional<double>());
    QCOMPARE(model.index(0, M::Result).data(M::ResultRole).toString(),
             QStringLiteral("no actual recorded"));
    // Not yet due milestones show only when asked for: none in 2026 is due after 2027-01-15.
    model.setOnlyDue(false);
    QCOMPARE(model.rowCount(), 1);
}

void GuiResetTest::decisionNeedsAReasonAndSurvivesReopening() {
    GuiFixture fx;
    workspace(fx).showResetFlow();
    workspace(fx).flowPage()->showPhase(gui::ResetFlowPage::Reset);
    auto* panel = workspace(fx).flowPage()->decisions();
    auto* editor = panel->decisions();
    auto* model = editor->model();
    const EntityDescriptor& kind = *findDescriptor("decision");
    QCOMPARE(model->rowCount(), 0);
    editor->addRow();
    QCOMPARE(model->rowCount(), 1);
    // Add starts typing the reason; leave that cell editor so the edits below are the only ones.
    if (auto* typing = editor->view()->findChild<QLineEdit*>())
        QTest::keyClick(typing, Qt::Key_Escape);
    auto column = [&kind](std::string_view key) {
        return static_cast<int>(kind.field(key) - kind.fields.data());
    };
    QVERIFY(model->setData(model->index(0, column("subject_id")), QStringLiteral("kpi-2")));
    QVERIFY(model->setData(model->index(0, column("decision")), QStringLiteral("change")));
    QVERIFY(!panel->problemsLabel()->isHidden());
    QVERIFY(panel->problemsLabel()->text().contains(QStringLiteral("a reason is required")));
    QVERIFY(panel->problemsLabel()->text().contains(QStringLiteral("say what changes")));
    QCOMPARE(panel->problemCount(), 2);
    QVERIFY(model->setData(model->index(0, column("change")),
                           QStringLiteral("Target 60 s instead of 45 s")));
    QVERIFY(model->setData(model->index(0, column("reason")),
                           QStringLiteral("45 s needs two more agents")));
    QVERIFY(panel->problemsLabel()->isHidden());
    QCOMPARE(panel->problemCount(), 0);
    fx.closeAndReopen();
    const Cycle& c = fx.cycle();
    QCOMPARE(c.decisions.size(), std::size_t{1});
    QCOMPARE(c.decisions[0].subjectId, EntityId("kpi-2"));
    QCOMPARE(c.decisions[0].decision, ResetDecisionKind::Change);
    QCOMPARE(c.decisions[0].change, std::string("Target 60 s instead of 45 s"));
    QCOMPARE(c.decisions[0].reason, std::string("45 s needs two more agents"));
    QCOMPARE(workspace(fx).flowPage()->decisions()->decisions()->model()->rowCount(), 1);
}

void GuiResetTest::openItemsGetARowEachInOneStep() {
    GuiFixture fx;
    auto& s = fx.window().session();
    auto* panel = workspace(fx).flowPage()->decisions();
    // 3 objectives + 1 segment objective + 2 KPIs + 1 treatment in the sample's 2026.
    QCOMPARE(panel->openItemsLabel()->property("openCount").toInt(), 7);
    QTest::mouseClick(panel->addOpenItemsButton(), Qt::LeftButton);
    QCOMPARE(fx.cycle().decisions.size(), std::size_t{7});
    QCOMPARE(fx.cycle().decisions[0].subjectId, EntityId("obj-1"));
    QCOMPARE(fx.cycle().decisions[6].subjectId, EntityId("tr-1"));
    QCOMPARE(panel->openItemsLabel()->property("openCount").toInt(), 0);
    QVERIFY(!panel->addOpenItemsButton()->isEnabled());
    QCOMPARE(panel->problemCount(), 7);  // every row still needs its reason
    s.undoStack()->undo();
    QCOMPARE(fx.cycle().decisions.size(), std::size_t{0});
}

void GuiResetTest::comparisonPageShowsTheExpectedDeltas() {
    GuiFixture fx;
    startAndEdit2027(fx);
    workspace(fx).showComparison();
    auto* page = workspace(fx).comparisonPage();
    QCOMPARE(page->fromCombo()->currentText(), QStringLiteral("2026"));
    QCOMPARE(page->toCombo()->currentText(), QStringLiteral("2027"));
    auto& measures = *page->measuresModel();
    using M = gui::CycleMeasuresModel;
    QCOMPARE(measures.headerData(M::From, Qt::Horizontal).toString(), QStringLiteral("2026"));
    const int nps = rowStartingWith(measures, QStringLiteral("Net promoter score"));
    QCOMPARE(measures.index(nps, M::From).data().toString(), QStringLiteral("50"));
    QCOMPARE(measures.index(nps, M::To).data().toString(), QStringLiteral("54.5"));
    QCOMPARE(measures.index(nps, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
    const int wait = rowStartingWith(measures, QStringLiteral("Call-centre wait time"));
    QCOMPARE(measures.index(wait, M::Change).data().toString(), QStringLiteral("−15"));
    QCOMPARE(measures.index(wait, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
    const int csat = rowStartingWith(measures, QStringLiteral("Customer satisfaction"));
    QCOMPARE(measures.index(csat, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("unchanged"));
    // Maturity on the radar: vision 1 -> 3, the rest as they were.
    auto* radar = page->radar();
    QCOMPARE(radar->axisCount(), 8);
    QCOMPARE(radar->axes()[0].name, QStringLiteral("Vision"));
    QCOMPARE(radar->axes()[0].earlier, std::optional<double>(1.0));
    QCOMPARE(radar->axes()[0].later, std::optional<double>(3.0));
    QCOMPARE(radar->axes()[1].earlier, radar->axes()[1].later);
    // Milestones: 2026's one milestone is due by 2027-01-15 and has no actual yet.
    QCOMPARE(page->milestonesModel()->rowCount(), 1);
    QCOMPARE(page->comparison()->milestonesWithoutActual, 1);
    // Items: the objective renamed and the wait-time KPI's value (changed), one objective added,
    // the treatment dropped.
    auto& items = *page->itemsModel();
    QCOMPARE(items.rowCount(), 4);
    QStringList seen;
    for (int r = 0; r < items.rowCount(); ++r)
        seen << items.index(r, 0).data(gui::CycleItemChangesModel::ChangeRole).toString() +
                    QLatin1Char(':') +
                    items.index(r, gui::CycleItemChangesModel::Item).data().toString();
    QVERIFY2(seen.contains(QStringLiteral("changed:Grow revenue by 8%")),
             qPrintable(seen.join(' ')));
    QVERIFY2(seen.contains(QStringLiteral("added:Open a second warehouse")),
             qPrintable(seen.join(' ')));
    QCOMPARE(items
                 .index(seen.indexOf(QStringLiteral("changed:Grow revenue by 8%")),
                        gui::CycleItemChangesModel::Fields)
                 .data()
                 .toString(),
             QStringLiteral("Objective"));
    QVERIFY2(seen.contains(QStringLiteral("changed:Call-centre wait time")),
             qPrintable(seen.join(' ')));
    bool dropped = false;
    for (const auto& entry : seen)
        dropped = dropped || entry.startsWith(QStringLiteral("dropped:"));
    QVERIFY(dropped);
    QVERIFY(
        page->summary()->text().contains(QStringLiteral("items 1 added, 2 changed, 1 dropped")));
    // An edit while the page shows updates it; swapping turns better into worse.
    setField(fx.window().session(), "relationship", fx.cycle().id, "promoters", std::int64_t{100});
    QCOMPARE(measures.index(nps, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("worse"));  // 80/180 < 50
    page->swapCycles();
    QCOMPARE(page->fromCombo()->currentText(), QStringLiteral("2027"));
    QCOMPARE(measures.index(nps, M::Movement).data(M::MovementRole).toString(),
             QStringLiteral("better"));
}

void GuiResetTest::comparisonOfTheSampleCycles() {
    GuiFixture fx;
    workspace(fx).showComparison();
    auto* page = workspace(fx).comparisonPage();
    page->setCycles("cycle-2025", "cycle-2026");
    // 2025 holds one objective ("Grow revenue", copied as obj-1 with a new target); everything
    // else of 2026 is new: 2 objectives, 2 segments, 1 segment objective, 2 KPIs, 1 treatment.
    QVERIFY2(
        page->summary()->text().contains(QStringLiteral("items 8 added, 1 changed, 0 dropped")),
        qPrintable(page->summary()->text()));
    // 2025 has no relationship figures: nothing is comparable.
    for (int r = 0; r < page->measuresModel()->rowCount(); ++r)
        QCOMPARE(page->measuresModel()
                     ->index(r, 0)
                     .data(gui::CycleMeasuresModel::MovementRole)
                     .toString(),
                 QStringLiteral("not comparable"));
    QCOMPARE(page->radar()->axes()[0].earlier, std::optional<double>());
}

void GuiResetTest::scheduleExportParsesAsICalendar() {
    GuiFixture fx;
    auto* schedule = workspace(fx).flowPage()->schedule();
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("reset.ics"));
    QVERIFY(!schedule->exportICalendar(path));  // nothing to export yet, and said so
    QVERIFY(fx.window().messageBanner()->text().contains(QStringLiteral("empty")));
    QTest::mouseClick(schedule->findChild<QPushButton*>(QStringLiteral("planNextReset")),
                      Qt::LeftButton);
    const auto& events = fx.cycle().schedule;
    QCOMPARE(events.size(), std::size_t{3});
    // The sample's 2026 was assessed on Thursday 2026-01-15: review Wed 2026-07-15, reset
    // Fri 2027-01-15, preparation three weeks before it on Fri 2026-12-25.
    QCOMPARE(events[0].day, std::optional<Date>(day(2026, 7, 15)));
    QCOMPARE(events[2].day, std::optional<Date>(day(2027, 1, 15)));
    QCOMPARE(events[1].day, std::optional<Date>(day(2026, 12, 25)));
    QCOMPARE(events[2].kind, EventKind::Reset);
    setField(fx.window().session(), "event", events[2].id, "attendees",
             std::string("maria@example.com, ops@example.com"));
    const auto stamp = std::chrono::sys_days{day(2026, 3, 1)} + std::chrono::hours{9};
    QVERIFY(
        schedule->exportICalendar(path, std::chrono::time_point_cast<std::chrono::seconds>(stamp)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains("DTSTAMP:20260301T090000Z"));

    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
    // scripts/install-deps installs python3-icalendar: without it this is a failure, not a skip.
    QVERIFY2(probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
                 probe.exitCode() == 0,
             "python3-icalendar is missing (scripts/install-deps installs it): the .ics was "
             "written but cannot be parsed");
    QProcess parse;
    parse.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print('%s|%s|%s|%s' % (e.get('UID'), e.decoded('DTSTART'), e.get('SUMMARY'), len(e.get('DESCRIPTION') or '')))
)"),
                         path});
    QVERIFY(parse.waitForFinished(20000));
    QVERIFY2(parse.exitCode() == 0, parse.readAllStandardError().constData());
    const QStringList lines = QString::fromUtf8(parse.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[2].contains(QStringLiteral("2027-01-15 09:00:00|CRM strategy reset 2027|")),
             qPrintable(lines[2]));
    // No agenda was written, so the calendar carries the default one of the three phases.
    QVERIFY(lines[2].section(QLatin1Char('|'), 3).toInt() > 100);
}

void GuiResetTest::modelsPassTheModelTester() {
    GuiFixture fx;
    auto* outward = workspace(fx).flowPage()->outward();
    auto* page = workspace(fx).comparisonPage();
    QAbstractItemModelTester t1(outward->measuresModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(outward->measuresFilter(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(outward->milestonesModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(page->measuresModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(page->milestonesModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t6(page->itemsModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    workspace(fx).showComparison();
    startAndEdit2027(fx);
    outward->kindFilter()->setCurrentIndex(1);
    page->swapCycles();
    fx.window().session().undoStack()->undo();
    workspace(fx).setConfirmationsEnabled(false);
    QVERIFY(workspace(fx).deleteCycle("cycle-2025"));
    fx.window().closeDocument();
    QCOMPARE(outward->measuresModel()->rowCount(), 0);
}

// Done when: the Quillmere sample (two cycles) gets a third cycle, the three phases are walked,
// decisions recorded, the cycles compared and the schedule exported. With CRMW_RESET_SCREENSHOTS
// set to a folder, saves reset-*.png and compare-*.png of the window at 1366x768 there.
void GuiResetTest::quillmereWalkthroughAndScreenshots() {
    QFile json(QStringLiteral(SAMPLES_DIR "/quillmere.json"));
    QVERIFY2(json.open(QIODevice::ReadOnly), "resources/samples/quillmere.json cannot be read");
    const QByteArray bytes = json.readAll();
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("quillmere.crmw"));
    store::Document::create(path.toStdString(),
                            store::importAssessmentJson(std::string_view(
                                bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    gui::MainWindow w;
    w.setDialogsEnabled(false);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w, 60000));
    QVERIFY(w.openFile(path));
    auto& s = w.session();
    auto& ws = *gui::resetWorkspaceOf(w);
    const QString shots = qEnvironmentVariable("CRMW_RESET_SCREENSHOTS");
    auto shoot = [&](const QString& name) {
        if (shots.isEmpty()) return;
        QDir().mkpath(shots);
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
        QVERIFY(w.grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))));
    };

    // The 2026 cycle is the reset of 2025: walk its phases with a few rows in each.
    QCOMPARE(s.cycle()->name, std::string("2026"));
    ws.showResetFlow();
    auto* flow = ws.flowPage();
    const EntityDescriptor& outwardKind = *findDescriptor("outward");
    OutwardObservation referrals;
    referrals.measure = "Referrals from contract customers per quarter";
    referrals.lastYear = 14;
    referrals.thisYear = 19;
    referrals.target = 20;
    referrals.note = "Counted from the CRM source field";
    OutwardObservation complaints;
    complaints.measure = "Complaints about split deliveries";
    complaints.kind = MeasureKind::Subjective;
    complaints.level = MeasureLevel::Tactic;
    complaints.direction = Direction::LowerIsBetter;
    complaints.lastYear = 41;
    complaints.thisYear = 27;
    complaints.target = 20;
    s.undoStack()->push(
        new gui::InsertItemCommand(s, outwardKind, 0, captureRecord(outwardKind, referrals)));
    s.undoStack()->push(
        new gui::InsertItemCommand(s, outwardKind, 1, captureRecord(outwardKind, complaints)));
    QVERIFY(flow->outward()->measuresModel()->rowCount() > 10);
    QVERIFY(flow->outward()->milestonesModel()->rowCount() > 10);
    shoot(QStringLiteral("reset-1-outward-1366x768"));
    if (auto* scroll =
            flow->outward()->findChild<QScrollArea*>(QStringLiteral("scroll_reset_outward"))) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shoot(QStringLiteral("reset-1-outward-observations-1366x768"));
        scroll->verticalScrollBar()->setValue(0);
    }

    flow->showPhase(gui::ResetFlowPage::Inward);
    const EntityDescriptor& inwardKind = *findDescriptor("inward");
    const std::tuple<const char*, InwardMethod, int, int, int, const char*> findings[] = {
        {"Sales", InwardMethod::Survey, 18, 4, 3,
         "Account plans exist for the top 200, but reviews slip in busy months."},
        {"Customer care", InwardMethod::Interview, 6, 2, 2,
         "Calls are still judged by length, not by first-contact resolution."},
        {"Warehouse and delivery", InwardMethod::Observation, 0, 3, 4, ""}};
    std::size_t at = 0;
    for (const auto& [dept, method, respondents, understanding, application, drift] : findings) {
        InwardFinding f;
        f.department = dept;
        f.method = method;
        if (respondents > 0) f.respondents = respondents;
        f.understanding = understanding;
        f.application = application;
        f.driftNoticed = drift;
        s.undoStack()->push(
            new gui::InsertItemCommand(s, inwardKind, at++, captureRecord(inwardKind, f)));
    }
    QCOMPARE(flow->inward()->model()->rowCount(), 3);
    shoot(QStringLiteral("reset-2-inward-1366x768"));

    flow->showPhase(gui::ResetFlowPage::Reset);
    auto* decisions = flow->decisions();
    QTest::mouseClick(decisions->addOpenItemsButton(), Qt::LeftButton);
    const std::size_t decided = s.cycle()->decisions.size();
    QVERIFY(decided > 20);
    const EntityDescriptor& decisionKind = *findDescriptor("decision");
    const auto& d = s.cycle()->decisions;
    setField(s, "decision", d[0].id, "reason",
             std::string("On track: +6.5% year to date against +6%."));
    setField(s, "decision", d[1].id, "decision", std::string("change"));
    setField(s, "decision", d[1].id, "change",
             std::string("Measure retention by contract value, not by count"));
    setField(s, "decision", d[1].id, "reason",
             std::string("Two large renewals weigh more than ten small ones"));
    setField(s, "decision", d[2].id, "decision", std::string("drop"));
    setField(s, "decision", d[2].id, "reason", std::string("Duplicates the churn KPI"));
    ResetDecision added;
    added.decision = ResetDecisionKind::Add;
    added.change = "KPI: share of staff who can state our promise to customers";
    added.reason = "The inward review found only 46% could";
    s.undoStack()->push(
        new gui::InsertItemCommand(s, decisionKind, 3, captureRecord(decisionKind, added)));
    QVERIFY(decisions->problemCount() > 0);
    auto* decisionView = decisions->decisions()->view();
    decisionView->setCurrentIndex(decisionView->model()->index(1, 2));
    decisionView->scrollToTop();
    shoot(QStringLiteral("reset-3-decisions-1366x768"));

    flow->showPhase(gui::ResetFlowPage::Schedule);
    QTest::mouseClick(flow->schedule()->findChild<QPushButton*>(QStringLiteral("planNextReset")),
                      Qt::LeftButton);
    // The sample's four meetings (make_sample.py) and the three just planned.
    QCOMPARE(s.cycle()->schedule.size(), std::size_t{7});
    setField(s, "event", s.cycle()->schedule[6].id, "location",
             std::string("Head office, room Elbe"));
    setField(s, "event", s.cycle()->schedule[6].id, "attendees",
             std::string("Managing director, heads of sales, care and logistics"));
    shoot(QStringLiteral("reset-4-schedule-1366x768"));

    ws.showComparison();
    ws.comparisonPage()->setCycles("cyc-2025", "cyc-2026");
    QVERIFY(ws.comparisonPage()->comparison()->milestonesHit > 0);
    QVERIFY(ws.comparisonPage()->comparison()->milestonesMissed > 0);
    QCOMPARE(ws.comparisonPage()->radar()->axisCount(), 11);
    shoot(QStringLiteral("compare-2025-2026-1366x768"));

    // The user's part: a third cycle from the latest, its phases, the comparison, the calendar.
    QVERIFY(ws.startCycle(gui::latestCycleId(s.assessment()), QStringLiteral("2027"),
                          day(2027, 11, 15)));
    QCOMPARE(s.assessment().cycles.size(), std::size_t{3});
    QCOMPARE(s.cycle()->decisions.size(), decided + 1);  // copied along with everything else
    ws.showResetFlow();
    QVERIFY(flow->header()->text().contains(QStringLiteral("<b>2026</b>")));
    setField(s, "decision", s.cycle()->decisions[4].id, "reason",
             std::string("Kept after the 2027 review"));
    ws.showComparison();
    ws.comparisonPage()->setCycles("cyc-2025", s.cycleId());
    QVERIFY(ws.comparisonPage()->measuresModel()->rowCount() > 10);
    QTemporaryDir out;
    QVERIFY(flow->schedule()->exportICalendar(
        QDir(out.path()).filePath(QStringLiteral("quillmere.ics"))));
    w.closeDocument();
    auto reopened = store::Document::open(path.toStdString());
    QCOMPARE(reopened.assessment().currentCycle()->name, std::string("2027"));
    QCOMPARE(reopened.assessment().currentCycle()->decisions[4].reason,
             std::string("Kept after the 2027 review"));
}

QTEST_MAIN(GuiResetTest)
#include "test_gui_reset.moc"
