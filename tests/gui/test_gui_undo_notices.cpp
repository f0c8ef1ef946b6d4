// Undo says what it does: after an undo or redo of an edit of several fields the window names
// the edit and what is gone or back, and shows the place it changed. A one-field edit says
// nothing. Ctrl+Z in an open cell editor undoes the typing there, not the document's last edit.
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/deliverables/action_drafting.h"
#include "gui/reset/reset_workspace.h"
#include "gui/steps/catalog.h"
#include "gui/steps/catalog_picker.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_page.h"
#include "gui/workshop/agenda_page.h"
#include "gui/workshop/workshop_mode.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {
QString banner(GuiFixture& fx) {
    return fx.window().messageBanner()->isVisibleTo(&fx.window())
               ? fx.window().messageBanner()->text()
               : QString();
}
QString currentView(GuiFixture& fx) { return fx.window().views()->currentWidget()->objectName(); }
void setObjectiveName(gui::DocumentSession& session, const EntityId& id, const char* name) {
    const EntityDescriptor& kind = *findDescriptor("objective");
    session.undoStack()->push(
        new gui::SetFieldCommand(session, kind, id, *kind.field("name"), std::string(name)));
}
}  // namespace

class GuiUndoNoticesTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void undoingANewCycleSaysItIsGoneAndShowsTheResetPage();
    void undoingTheTenAgendaStepsShowsTheAgenda();
    void undoingDraftedActionsShowsTheActionPlan();
    void undoingCatalogItemsShowsTheirStep();
    void aOneFieldEditIsUndoneWithoutANotice();
    void ctrlZInAnOpenCellEditorUndoesTheTypingOnly();
};

void GuiUndoNoticesTest::undoingANewCycleSaysItIsGoneAndShowsTheResetPage() {
    GuiFixture fx;
    auto& w = fx.window();
    auto& session = w.session();
    QVERIFY(gui::resetWorkspaceOf(w)->startCycle(
        "cycle-2026", QStringLiteral("2027"),
        Date{date::year{2027} / date::month{1} / date::day{15}}));
    const EntityId started = session.cycleId();
    QCOMPARE(fx.cycle().name, std::string("2027"));
    setObjectiveName(session, fx.cycle().objectives[0].id, "Grow the co-working segment");
    w.goToStep(3);
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Edit corporate objective objective"));
    w.undo();  // the objective's name: one field, no notice
    QCOMPARE(banner(fx), QString());
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Start cycle 2027 from 2026"));
    w.undo();
    QCOMPARE(banner(fx), QStringLiteral("Undone: Start cycle 2027 from 2026 — the cycle 2027 is "
                                        "gone; you are back in 2026"));
    QCOMPARE(session.cycleId(), EntityId("cycle-2026"));
    QCOMPARE(currentView(fx), QStringLiteral("resetFlowPage"));
    QVERIFY(!session.assessment().findCycle(started));

    w.goToStep(2);
    w.redo();
    QCOMPARE(
        banner(fx),
        QStringLiteral("Redone: Start cycle 2027 from 2026 — the cycle 2027 is back and in use"));
    QCOMPARE(session.cycleId(), started);
    QCOMPARE(currentView(fx), QStringLiteral("resetFlowPage"));
}

void GuiUndoNoticesTest::undoingTheTenAgendaStepsShowsTheAgenda() {
    GuiFixture fx;
    auto& w = fx.window();
    gui::WorkshopMode& ws = *gui::workshopModeOf(w);
    ws.agendaPage()->addTenSteps(180);
    QCOMPARE(w.session().undoStack()->undoText(),
             QStringLiteral("Add the ten steps to the agenda (3:00)"));
    w.goToStep(2);
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("workshopDock"));
    dock->hide();
    w.undo();
    QVERIFY(fx.cycle().agenda.empty());
    QCOMPARE(banner(fx), QStringLiteral("Undone: Add the ten steps to the agenda (3:00) — the "
                                        "agenda is as it was before"));
    QVERIFY(dock->isVisibleTo(&w));
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("workshopTabs"));
    QVERIFY(tabs->currentWidget()->isAncestorOf(ws.agendaPage()));
    w.redo();
    QCOMPARE(fx.cycle().agenda.size(), std::size_t{10});
    QCOMPARE(banner(fx), QStringLiteral("Redone: Add the ten steps to the agenda (3:00) — the ten "
                                        "steps are on the agenda again"));
}

void GuiUndoNoticesTest::undoingDraftedActionsShowsTheActionPlan() {
    GuiFixture fx;
    auto& w = fx.window();
    const std::size_t before = fx.cycle().actions.size();
    const int drafted = gui::draftActionsFromRecommendations(w.session());
    QVERIFY(drafted > 1);
    const QString text = w.session().undoStack()->undoText();
    w.goToStep(4);
    w.undo();
    QCOMPARE(fx.cycle().actions.size(), before);
    QCOMPARE(
        banner(fx),
        QStringLiteral("Undone: %1 — the %2 actions it added are gone").arg(text).arg(drafted));
    QCOMPARE(currentView(fx), QStringLiteral("actionPlanView"));
    w.goToStep(4);
    w.redo();
    QCOMPARE(banner(fx),
             QStringLiteral("Redone: %1 — the %2 actions are back").arg(text).arg(drafted));
    QCOMPARE(currentView(fx), QStringLiteral("actionPlanView"));
}

void GuiUndoNoticesTest::undoingCatalogItemsShowsTheirStep() {
    GuiFixture fx;
    auto& w = fx.window();
    const gui::Catalog catalog = gui::loadCatalog(QStringLiteral("attributes"));
    QVERIFY2(catalog.items.size() >= 2, qPrintable(catalog.error));
    const std::size_t before = fx.cycle().attributes.size();
    gui::addCatalogItems(w.session(), *findDescriptor("attribute"), catalog.items.mid(0, 2));
    QCOMPARE(fx.cycle().attributes.size(), before + 2);
    w.goToStep(1);
    w.undo();
    QCOMPARE(fx.cycle().attributes.size(), before);
    QVERIFY2(banner(fx).startsWith(QStringLiteral("Undone: Add 2 items from the catalog — the 2 ")),
             qPrintable(banner(fx)));
    QVERIFY2(banner(fx).contains(QStringLiteral("s it added are gone")), qPrintable(banner(fx)));
    QCOMPARE(w.currentStep(), 5);                   // customer attributes are step 5
    QCOMPARE(currentView(fx), QStringLiteral(""));  // the steps' view
}

void GuiUndoNoticesTest::aOneFieldEditIsUndoneWithoutANotice() {
    GuiFixture fx;
    auto& w = fx.window();
    setObjectiveName(w.session(), fx.cycle().objectives[0].id, "Renamed");
    w.goToStep(7);
    w.undo();
    QCOMPARE(banner(fx), QString());
    QCOMPARE(w.currentStep(), 7);  // stays where the user is
}

void GuiUndoNoticesTest::ctrlZInAnOpenCellEditorUndoesTheTypingOnly() {
    GuiFixture fx;
    auto& w = fx.window();
    auto& session = w.session();
    const EntityId id = fx.cycle().objectives[0].id;
    setObjectiveName(session, id, "Keep churn low");
    const int entries = session.undoStack()->count();
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w, 60000));
    w.goToStep(1);
    gui::EntityTableEditor* editor = nullptr;
    for (auto* e : w.page(1)->findChildren<gui::EntityTableEditor*>())
        if (e->model()->kind().kind == "objective") editor = e;
    QVERIFY(editor);
    QTableView* view = editor->view();
    const QModelIndex cell =
        view->model()->index(0, crm::testing::columnOfField(*findDescriptor("objective"), "name"));
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QLineEdit*>(QApplication::focusWidget()), 60000);
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QCOMPARE(line->text(), QStringLiteral("Keep churn low"));
    line->end(false);
    QTest::keyClicks(line, QStringLiteral(" fast"));
    QCOMPARE(line->text(), QStringLiteral("Keep churn low fast"));
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(line->text(), QStringLiteral("Keep churn low"));  // the typing is undone
    QCOMPARE(session.undoStack()->count(), entries);           // the document's edit is not
    QCOMPARE(session.undoStack()->index(), entries);
    QCOMPARE(fx.cycle().objectives[0].name, std::string("Keep churn low"));
    QTest::keyClick(line, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<QLineEdit*>(QApplication::focusWidget()), 60000);
    // With the editor closed, Ctrl+Z is the document's again.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session.undoStack()->index(), entries - 1);
    QVERIFY(fx.cycle().objectives[0].name != "Keep churn low");
}

QTEST_MAIN(GuiUndoNoticesTest)
#include "test_gui_undo_notices.moc"
