// The workshop clock: time per step adds up over visits (with or without an agenda slot), the
// ten steps planned for a chosen length, time read as h:mm or m:ss, the status bar naming the
// page, and the presenter's countdown for the whole workshop. The clock is driven by hand.
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <numeric>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/reset/reset_workspace.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/workshop/agenda_page.h"
#include "gui/workshop/agenda_step_timer.h"
#include "gui/workshop/agenda_timer_label.h"
#include "gui/workshop/presenter_view.h"
#include "gui/workshop/workshop_mode.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {
gui::WorkshopMode& workshopOf(GuiFixture& fx) {
    auto* mode = gui::workshopModeOf(fx.window());
    if (!mode) qFatal("the window has no workshop mode");
    return *mode;
}
QString statusPageName(GuiFixture& fx) {
    return fx.window().statusBar()->findChild<QLabel*>(QStringLiteral("pageName"))->text();
}
}  // namespace

class GuiClockTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void timeReadsAsClockOrHoursMinutes();
    void timeOnAStepWithoutSlotAddsUpOverTwoVisits();
    void timeOnAStepWithASlotAddsUpOverTwoVisits();
    void tenStepsAddUpToTheChosenLengthInOneUndoStep();
    void statusBarNamesThePage();
    void countdownWarnsUnderATenthAndCountsOver();
    void presenterShowsTheCountdown();
};

void GuiClockTest::timeReadsAsClockOrHoursMinutes() {
    // Running clock: m:ss under an hour, h:mm:ss from an hour.
    QCOMPARE(gui::formatClock(0), QStringLiteral("0:00"));
    QCOMPARE(gui::formatClock(59), QStringLiteral("0:59"));
    QCOMPARE(gui::formatClock(60), QStringLiteral("1:00"));
    QCOMPARE(gui::formatClock(3599), QStringLiteral("59:59"));
    QCOMPARE(gui::formatClock(3600), QStringLiteral("1:00:00"));
    QCOMPARE(gui::formatClock(3600 + 2 * 60 + 3), QStringLiteral("1:02:03"));
    QCOMPARE(gui::formatClock(-5), QStringLiteral("0:00"));  // never negative
    // Totals: h:mm, seconds dropped.
    QCOMPARE(gui::formatHoursMinutes(0), QStringLiteral("0:00"));
    QCOMPARE(gui::formatHoursMinutes(59), QStringLiteral("0:00"));
    QCOMPARE(gui::formatHoursMinutes(60), QStringLiteral("0:01"));
    QCOMPARE(gui::formatHoursMinutes(3600), QStringLiteral("1:00"));
    QCOMPARE(gui::formatHoursMinutes(12 * 3600 + 5 * 60 + 59), QStringLiteral("12:05"));
}

void GuiClockTest::timeOnAStepWithoutSlotAddsUpOverTwoVisits() {
    GuiFixture fx;
    gui::WorkshopMode& ws = workshopOf(fx);
    gui::StepTimer& timer = *ws.stepTimer();
    qint64 now = 5'000'000;
    timer.setClock([&now] { return now; });
    QVERIFY(fx.cycle().agenda.empty());  // the sample has no agenda: nothing to keep it in before
    const int undoEntries = fx.window().session().undoStack()->count();

    fx.window().goToStep(3);
    now += 75'000;  // first visit: 1:15
    timer.tick();
    fx.window().goToStep(4);
    QCOMPARE(fx.cycle().stepTimes.size(), std::size_t{1});
    QCOMPARE(fx.cycle().stepTimes[0].step, std::optional<std::int64_t>(3));
    QCOMPARE(fx.cycle().stepTimes[0].spentSeconds, std::optional<std::int64_t>(75));
    now += 10'000;  // 0:10 on step 4
    fx.window().goToStep(3);
    QCOMPARE(timer.shownSeconds(), qint64{75});  // goes on from the first visit, not 0:00
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock 1:15"));
    now += 50'000;  // second visit: 0:50 more = 2:05
    timer.tick();
    QCOMPARE(timer.shownSeconds(), qint64{125});
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock 2:05"));
    QCOMPARE(fx.window().session().undoStack()->count(), undoEntries);  // not an edit

    const Assessment onDisk = fx.reloadFromDisk();
    const Cycle& c = crm::testing::currentCycleOf(onDisk);
    QCOMPARE(c.stepTimes.size(), std::size_t{2});
    for (const auto& t : c.stepTimes) {
        if (t.step == 3) QCOMPARE(t.spentSeconds, std::optional<std::int64_t>(125));
        if (t.step == 4) QCOMPARE(t.spentSeconds, std::optional<std::int64_t>(10));
    }
}

void GuiClockTest::timeOnAStepWithASlotAddsUpOverTwoVisits() {
    GuiFixture fx;
    gui::WorkshopMode& ws = workshopOf(fx);
    gui::StepTimer& timer = *ws.stepTimer();
    qint64 now = 1'000;
    timer.setClock([&now] { return now; });
    ws.agendaPage()->addTenSteps(180);
    fx.window().goToStep(5);
    now += 40'000;
    fx.window().goToStep(6);
    now += 5'000;
    fx.window().goToStep(5);
    now += 20'000;
    fx.window().goToStep(6);
    QCOMPARE(fx.cycle().agenda[4].step, std::optional<std::int64_t>(5));
    QCOMPARE(fx.cycle().agenda[4].spentSeconds, std::optional<std::int64_t>(60));  // 40 + 20
    QVERIFY(fx.cycle().stepTimes.empty());  // with a slot the time goes to the slot
}

void GuiClockTest::tenStepsAddUpToTheChosenLengthInOneUndoStep() {
    GuiFixture fx;
    auto& session = fx.window().session();
    gui::AgendaPage* agenda = workshopOf(fx).agendaPage();
    const int before = session.undoStack()->count();
    agenda->addTenSteps(180);  // 3:00
    QCOMPARE(session.undoStack()->count(), before + 1);
    const auto& agendaSlots = fx.cycle().agenda;
    QCOMPARE(agendaSlots.size(), std::size_t{10});
    // By hand (engine test): 15 10 20 15 20 20 20 20 15 25 = 180 minutes.
    const std::vector<std::int64_t> expected = {15, 10, 20, 15, 20, 20, 20, 20, 15, 25};
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < agendaSlots.size(); ++i) {
        QCOMPARE(agendaSlots[i].step,
                 std::optional<std::int64_t>(static_cast<std::int64_t>(i + 1)));
        QCOMPARE(agendaSlots[i].plannedMinutes, std::optional<std::int64_t>(expected[i]));
        sum += *agendaSlots[i].plannedMinutes;
    }
    QCOMPARE(sum, std::int64_t{180});
    // Named: the step column reads the step's title.
    QTableView* view = agenda->editor()->view();
    const int stepColumn = crm::testing::columnOfField(*findDescriptor("agenda"), "step");
    const auto* delegate = dynamic_cast<const gui::AgendaSlotDelegate*>(view->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->textFor(view->model()->index(4, stepColumn)),
             QStringLiteral("5 · What matters to customers"));
    QCOMPARE(gui::stepName(5), QStringLiteral("5 · What matters to customers"));
    QCOMPARE(gui::stepName(11), QStringLiteral("11 · Annual reset"));
    QCOMPARE(agenda->findChild<QLabel*>(QStringLiteral("agendaTotals"))->text(),
             QStringLiteral("Planned 3:00, spent 0:00 (hours:minutes)"));
    session.undoStack()->undo();  // one step takes all ten away
    QVERIFY(fx.cycle().agenda.empty());
}

void GuiClockTest::statusBarNamesThePage() {
    GuiFixture fx;
    auto& w = fx.window();
    gui::WorkshopMode& ws = workshopOf(fx);
    w.goToStep(5);
    QCOMPARE(statusPageName(fx), QStringLiteral("Step 5 of 10: What matters to customers"));
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock 0:00"));
    gui::resetWorkspaceOf(w)->showResetFlow();
    QCOMPARE(statusPageName(fx), QStringLiteral("Annual reset"));
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock 0:00"));  // the reset's own clock
    w.goToStep(5);
    w.findChild<QAction*>(QStringLiteral("actionActionPlan"))->trigger();
    QCOMPARE(statusPageName(fx), QStringLiteral("Action plan"));
    // The clock stays with step 5 and says so, rather than pretending the page is step 5.
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock of step 5: 0:00"));
    w.findChild<QAction*>(QStringLiteral("actionCustomerData"))->trigger();
    QCOMPARE(statusPageName(fx), QStringLiteral("Customer data"));
    w.goToStep(10);
    QCOMPARE(statusPageName(fx), QStringLiteral("Step 10 of 10: Capabilities"));
}

void GuiClockTest::countdownWarnsUnderATenthAndCountsOver() {
    // Planned 3:00 = 10800 s; a tenth is 1080 s (18:00).
    const std::optional<qint64> planned = 10800;
    auto at = gui::workshopCountdown(planned, 10800 - 1080);  // exactly a tenth left: no warning
    QCOMPARE(at.text, QStringLiteral("Workshop: 18:00 left"));
    QCOMPARE(QString::fromLatin1(at.state), QString());
    auto under = gui::workshopCountdown(planned, 10800 - 1079);
    QCOMPARE(under.text, QStringLiteral("Workshop: 17:59 left"));
    QCOMPARE(QString::fromLatin1(under.state), QStringLiteral("low"));
    auto zero = gui::workshopCountdown(planned, 10800);
    QCOMPARE(zero.text, QStringLiteral("Workshop: 0:00 left"));
    QCOMPARE(QString::fromLatin1(zero.state), QStringLiteral("low"));
    auto over = gui::workshopCountdown(planned, 10807);
    QCOMPARE(over.text, QStringLiteral("Workshop over by 0:07"));
    QCOMPARE(QString::fromLatin1(over.state), QStringLiteral("overrun"));
    auto start = gui::workshopCountdown(planned, 0);
    QCOMPARE(start.text, QStringLiteral("Workshop: 3:00:00 left"));
    QCOMPARE(gui::workshopCountdown(std::nullopt, 50).text, QString());  // no plan, no countdown
}

void GuiClockTest::presenterShowsTheCountdown() {
    GuiFixture fx;
    gui::WorkshopMode& ws = workshopOf(fx);
    gui::StepTimer& timer = *ws.stepTimer();
    qint64 now = 0;
    timer.setClock([&now] { return now; });
    ws.agendaPage()->addTenSteps(60);  // one hour: 3600 s, a tenth is 360 s
    fx.window().goToStep(1);
    ws.showPresenter();
    QLabel* countdown = ws.presenter()->countdownLabel();
    QCOMPARE(countdown->text(), QStringLiteral("Workshop: 1:00:00 left"));
    now += 3600'000 - 359'000;
    timer.tick();
    QCOMPARE(countdown->text(), QStringLiteral("Workshop: 5:59 left"));
    QCOMPARE(countdown->property("state").toString(), QStringLiteral("low"));
    now += 359'000 + 7'000;
    timer.tick();
    QCOMPARE(countdown->text(), QStringLiteral("Workshop over by 0:07"));
    QCOMPARE(countdown->property("state").toString(), QStringLiteral("overrun"));
}

QTEST_MAIN(GuiClockTest)
#include "test_gui_clock.moc"
