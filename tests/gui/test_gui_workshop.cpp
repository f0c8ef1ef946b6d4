// Workshop mode in the window: the vote grid typed with the keyboard alone (exact spread, undo),
// agreed values over the median, notes and "not applicable" from any table, the parking lot,
// the step timer and the presenter view; every model under QAbstractItemModelTester.
// CRMW_WORKSHOP_SCREENSHOTS=DIR ./test_gui_workshop screenshotsForTheDocs writes the
// docs/screenshots/workshop-*.png pictures.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/commands/workshop_edits.h"
#include "gui/common/radar_chart.h"
#include "gui/reset/reset_workspace.h"
#include "gui/steps/catalog_picker.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_page.h"
#include "gui/steps/step_sidebar.h"
#include "gui/workshop/agenda_page.h"
#include "gui/workshop/agenda_step_timer.h"
#include "gui/workshop/agenda_timer_label.h"
#include "gui/workshop/catalog_update.h"
#include "gui/workshop/catalog_update_dialog.h"
#include "gui/workshop/parking_lot_page.h"
#include "gui/workshop/parking_quick_add.h"
#include "gui/workshop/participants_page.h"
#include "gui/workshop/presenter_questions.h"
#include "gui/workshop/presenter_view.h"
#include "gui/workshop/vote_agree_dialog.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/vote_grid_view.h"
#include "gui/workshop/vote_page.h"
#include "gui/workshop/vote_spread_model.h"
#include "gui/workshop/workshop_item_notes.h"
#include "gui/workshop/workshop_list_proxy.h"
#include "gui/workshop/workshop_mode.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;
using Stat = gui::VoteGridModel::Stat;

namespace {

const QStringList kRoom = {QStringLiteral("Anna Berg"), QStringLiteral("Ben Okafor"),
                           QStringLiteral("Chloé Martin"), QStringLiteral("David Lind"),
                           QStringLiteral("Eva Schulz")};

// The room, added without leaving entries on the undo stack (so the tests count only their own).
void addParticipants(gui::DocumentSession& session, const QStringList& names) {
    const EntityDescriptor& kind = *findDescriptor("participant");
    for (const QString& name : names)
        session.undoStack()->push(
            new gui::InsertItemCommand(session, kind, kind.count(*session.cycle()),
                                       gui::makeRecord(kind, {{"name", gui::toStd(name)}})));
    session.undoStack()->clear();
}

gui::WorkshopMode& workshopOf(GuiFixture& fx) {
    auto* mode = gui::workshopModeOf(fx.window());
    if (!mode) qFatal("the window has no workshop mode");
    return *mode;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

// Opens the vote grid on step 10 (current maturity) with the cursor in the first cell.
gui::VoteGridView* openVotes(GuiFixture& fx) {
    fx.window().goToStep(10);
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.showVotes();
    gui::VoteGridView* grid = ws.votePage()->grid();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    return grid;
}

template <class Dialog>
Dialog* openDialog(QWidget& window) {
    QCoreApplication::processEvents();
    const auto dialogs = window.findChildren<Dialog*>();
    return dialogs.isEmpty() ? nullptr : dialogs.back();
}

}  // namespace

class GuiWorkshopTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void spreadOfHandMadeVotesIsShownExactly();
    void typingDigitsCreatesRatingsAndUndoRemovesThem();
    void fiveParticipantsRateEightBlocksByKeyboardAlone();
    void agreedValueOverridesTheMedian();
    void stepTableShowsTheValueTheRoomVoted();
    void agreeDialogNeedsAReason();
    void notApplicableViaThePanelCreatesAnExclusion();
    void notesAreAddedToTheSelectedItem();
    void parkingLotItemCarriesTheCurrentStep();
    void parkingLotCellsAreEditedThroughTheFilter();
    void presenterViewFollowsTheVotes();
    void stepTimerAccumulatesAndRecordsWithoutUndo();
    void resetPagesCountAsTheirOwnStepOtherPagesDoNot();
    void roomQuestionsComeFromTheHelpText();
    void everyWorkshopModelPassesTheModelTester();
    void facilitatorRunsTheRoomByKeyboardInUnderTwoMinutes();
    void deletingAParticipantTakesTheirVotesAndUndoBringsThemBack();
    void catalogUpdateAddsOnlyNewItemsAndUndoes();
    void addingFromACatalogRecordsItsVersion();
    void screenshotsForTheDocs();
};

void GuiWorkshopTest::spreadOfHandMadeVotesIsShownExactly() {
    GuiFixture fx;
    addParticipants(fx.window().session(), kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    const gui::VoteGridModel& m = *grid->voteModel();
    QCOMPARE(m.participantCount(), 5);
    QCOMPARE(m.rowCount(), 8);
    QCOMPARE(m.headerData(0, Qt::Vertical).toString(), QStringLiteral("Vision"));
    QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Chloé Martin"));

    QTest::keyClicks(grid, QStringLiteral("24451"));  // Vision: 2, 4, 4, 5, 1
    QTest::keyClicks(grid, QStringLiteral("33433"));  // Strategy: 3, 3, 4, 3, 3
    // Vision. mean = 16/5 = 3.2; sorted 1 2 4 4 5 -> median 4; population SD:
    // squares (1.2² + 0.8² + 0.8² + 1.8² + 2.2²) = 10.8, /5 = 2.16, sqrt = 1.4697 -> "1.47" > 1.0
    // (profile) -> flagged.
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Mean)), QStringLiteral("3.2"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Median)), QStringLiteral("4"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Range)), QStringLiteral("1–5"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Spread)), QStringLiteral("1.47"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Disagrees)), QStringLiteral("disagrees"));
    QVERIFY(m.index(0, 0).data(gui::VoteGridModel::FlaggedRole).toBool());
    QVERIFY(m.index(0, m.statColumn(Stat::Disagrees)).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("4"));  // the median
    // In a flagged row the vote farthest from the median stands out (ask it first): Eva's 1, 3
    // from 4.
    QVERIFY(m.index(0, 4).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m.index(0, 3).data(Qt::FontRole).isValid());  // David's 5 is only 1 away
    QVERIFY(!m.index(0, 1).data(Qt::FontRole).isValid());
    // Strategy. mean = 16/5 = 3.2; median 3; squares 4 x 0.04 + 0.64 = 0.8, /5 = 0.16, SD 0.4 ->
    // not flagged.
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Mean)), QStringLiteral("3.2"));
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Median)), QStringLiteral("3"));
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Range)), QStringLiteral("3–4"));
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Spread)), QStringLiteral("0.40"));
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Disagrees)), QString());
    QVERIFY(!m.index(1, 0).data(gui::VoteGridModel::FlaggedRole).toBool());
    // Rows without votes show the value typed in the step table as the one in use.
    QCOMPARE(cell(m, 2, m.statColumn(Stat::Mean)), QString());
    QCOMPARE(cell(m, 2, m.statColumn(Stat::Used)),
             QString::number(*fx.cycle().capabilities[2].current));
    // The page names the items the room disagrees on.
    QVERIFY(workshopOf(fx).votePage()->flaggedLabel()->text().contains(QStringLiteral("Vision")));
    QVERIFY(
        !workshopOf(fx).votePage()->flaggedLabel()->text().contains(QStringLiteral("Strategy")));
}

void GuiWorkshopTest::typingDigitsCreatesRatingsAndUndoRemovesThem() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"));
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{5});
    const std::int64_t expected[] = {2, 4, 4, 5, 1};
    for (std::size_t i = 0; i < 5; ++i) {
        const Rating& r = fx.cycle().ratings[i];
        QCOMPARE(r.itemId, EntityId("cap-vision"));
        QCOMPARE(r.dimension, RatingDimension::Current);
        QCOMPARE(r.participantId, fx.cycle().participants[i].id);
        QCOMPARE(r.value, std::optional<std::int64_t>(expected[i]));
    }
    QCOMPARE(grid->currentIndex(), grid->model()->index(1, 0));  // on to the next block
    QCOMPARE(session.undoStack()->count(), 5);                   // one undo step per vote
    QVERIFY(session.undoStack()->undoText().contains(QStringLiteral("Eva Schulz")));

    // Out of range: a hint, nothing stored, the cursor stays.
    QTest::keyClick(grid, Qt::Key_7);
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{5});
    QCOMPARE(grid->currentIndex(), grid->model()->index(1, 0));
    QVERIFY(fx.window()
                .findChild<QLabel*>(QStringLiteral("voteHint"))
                ->text()
                .contains(QStringLiteral("1 to 5")));

    // Typing over a vote changes it (one more undo step), 0 removes it.
    grid->setCurrentIndex(grid->model()->index(0, 1));
    QTest::keyClick(grid, Qt::Key_3);
    QCOMPARE(fx.cycle().ratings[1].value, std::optional<std::int64_t>(3));
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{5});
    grid->setCurrentIndex(grid->model()->index(0, 1));
    QTest::keyClick(grid, Qt::Key_0);
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{4});
    QCOMPARE(session.undoStack()->count(), 7);

    // Everything is in the file, and undo takes it all back out.
    QCOMPARE(crm::testing::currentCycleOf(fx.reloadFromDisk()).ratings.size(), std::size_t{4});
    grid = openVotes(fx);  // reloading cleared the undo stack: type again, in the empty second row
    grid->setCurrentIndex(grid->model()->index(1, 0));
    QTest::keyClicks(grid, QStringLiteral("12"));
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{6});
    session.undoStack()->undo();
    session.undoStack()->undo();
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{4});
    QCOMPARE(crm::testing::currentCycleOf(fx.reloadFromDisk()).ratings.size(), std::size_t{4});
}

void GuiWorkshopTest::fiveParticipantsRateEightBlocksByKeyboardAlone() {
    // The issue's "done when": five participants' current maturity for the eight building blocks,
    // with the keyboard only. 40 digits, no Tab, no Enter, no dialog.
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    fx.window().goToStep(10);
    QTest::keyClick(&fx.window(), Qt::Key_V,
                    Qt::ControlModifier | Qt::ShiftModifier);  // Workshop ▸ Vote on this step
    auto* grid = workshopOf(fx).votePage()->grid();
    QVERIFY(grid->hasFocus());
    QCOMPARE(grid->currentIndex(), grid->model()->index(0, 0));
    // Rows: Vision, Strategy, Valued customer experience, Organisational collaboration, Processes,
    // Information, Technology, Metrics. Population SDs (python3 statistics.pstdev): 1.47, 0.40,
    // 0.49, 1.83, 0.63, 1.60, 0.49, 0.49.
    const QString digits = QStringLiteral(
        "24451"
        "33433"
        "12121"
        "15251"
        "22312"
        "11115"
        "34343"
        "55445");
    QCOMPARE(digits.size(), 40);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(grid, digits);
    const qint64 ms = clock.elapsed();
    qInfo(
        "40 votes typed in %lld ms of processing (%.1f ms per vote: store transaction, undo entry, "
        "refresh)",
        ms, static_cast<double>(ms) / 40.0);
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{40});
    QCOMPARE(session.undoStack()->count(), 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(fx.cycle().ratings[static_cast<std::size_t>(i)].value,
                 std::optional<std::int64_t>(digits.at(i).digitValue()));
    const gui::VoteGridModel& m = *grid->voteModel();
    QCOMPARE(m.flaggedItems(),
             QStringList({QStringLiteral("Vision"), QStringLiteral("Organisational collaboration"),
                          QStringLiteral("Information")}));
}

void GuiWorkshopTest::agreedValueOverridesTheMedian() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"));
    gui::VotePage& page = *workshopOf(fx).votePage();
    const gui::VoteGridModel& m = *page.model();
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("4"));  // median of 1 2 4 4 5

    QVERIFY(!page.agreeOnRow(0, 3, QStringLiteral("   ")));  // no reason, no agreement
    QVERIFY(fx.cycle().consensus.empty());
    QVERIFY(page.agreeOnRow(0, 3,
                            QStringLiteral("The 5 was about the CEO's vision, not the company's")));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Agreed)), QStringLiteral("3"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("3"));  // agreed beats median
    QVERIFY(m.index(0, m.statColumn(Stat::Used))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("CEO")));
    QCOMPARE(fx.cycle().consensus.size(), std::size_t{1});
    QCOMPARE(fx.cycle().consensus[0].reason,
             std::string("The 5 was about the CEO's vision, not the company's"));
    // The presenter's radar and the scores see 3 too: it is the engine's effective value.
    QCOMPARE(
        *workshop::effectiveCycle(fx.cycle(), session.assessment().profile).capabilities[0].current,
        std::int64_t{3});

    // Changing the agreement is one undo step; undo goes back to 3, then to the median.
    QVERIFY(page.agreeOnRow(0, 2, QStringLiteral("Second thoughts")));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("2"));
    session.undoStack()->undo();
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("3"));
    session.undoStack()->undo();
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Used)), QStringLiteral("4"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Agreed)), QString());
}

// The table the room looks at shows what the scores use: the median of the votes, then the
// agreed value, each marked; the facilitator's own value stays in the tooltip and the editor.
void GuiWorkshopTest::stepTableShowsTheValueTheRoomVoted() {
    GuiFixture fx;
    auto& session = fx.window().session();
    const std::int64_t own = *fx.cycle().capabilities[0].current;
    addParticipants(session, kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"));  // Vision, current: median of 1 2 4 4 5 = 4
    gui::EntityTableModel* table = nullptr;
    for (auto* m : fx.window().page(10)->findChildren<gui::EntityTableModel*>())
        if (m->kind().kind == "capability") table = m;
    QVERIFY(table);
    int current = -1;
    for (int col = 0; col < table->columnCount(); ++col)
        if (table->fieldAt(col).key == "current") current = col;
    QVERIFY(current >= 0);
    const QModelIndex vision = table->index(0, current);
    QCOMPARE(vision.data().toString(), QStringLiteral("4 · vote"));
    QCOMPARE(vision.data(Qt::EditRole).toString(), QString::number(own));
    QVERIFY(vision.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Your own value: %1").arg(own)));
    gui::VotePage& page = *workshopOf(fx).votePage();
    QVERIFY(page.agreeOnRow(0, 3, QStringLiteral("Sales has a vision, service does not")));
    QCOMPARE(vision.data().toString(), QStringLiteral("3 · agreed"));
    session.undoStack()->undo();
    QCOMPARE(vision.data().toString(), QStringLiteral("4 · vote"));
    // A field nobody voted on shows the facilitator's value as before.
    int target = -1;
    for (int col = 0; col < table->columnCount(); ++col)
        if (table->fieldAt(col).key == "target") target = col;
    const auto typedTarget = fx.cycle().capabilities[0].target;
    QCOMPARE(table->index(0, target).data().toString(),
             typedTarget ? QString::number(*typedTarget) : QString());
}

void GuiWorkshopTest::agreeDialogNeedsAReason() {
    GuiFixture fx;
    addParticipants(fx.window().session(), kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"));
    grid->setCurrentIndex(grid->model()->index(0, 2));
    QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);  // Agree… on the row
    auto* dialog = openDialog<gui::VoteAgreeDialog>(fx.window());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* value = dialog->findChild<QSpinBox*>(QStringLiteral("agreedValue"));
    QCOMPARE(value->value(), 4);  // starts from the median
    QPushButton* ok = nullptr;
    for (auto* b : dialog->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Agree")) ok = b;
    QVERIFY(!ok->isEnabled());
    value->setValue(3);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("agreedReason")),
                     QStringLiteral("Evidence from the audit"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(fx.cycle().consensus.size(), std::size_t{1});
    QCOMPARE(fx.cycle().consensus[0].value, std::optional<std::int64_t>(3));
    QCOMPARE(fx.cycle().consensus[0].reason, std::string("Evidence from the audit"));
}

void GuiWorkshopTest::notApplicableViaThePanelCreatesAnExclusion() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    fx.window().goToStep(10);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_capability"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(6, 1));  // Technology
    QTest::keyClick(&fx.window(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openDialog<gui::ItemNotesDialog>(fx.window());
    QVERIFY(dialog);
    QCOMPARE(dialog->itemId(), EntityId("cap-technology"));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("notApplicableReason"));
    QTRY_VERIFY_WITH_TIMEOUT(reason->hasFocus(), 60000);
    auto* mark = dialog->findChild<QPushButton*>(QStringLiteral("notApplicableButton"));
    QVERIFY(!mark->isEnabled());  // a reason first
    QTest::keyClicks(reason, QStringLiteral("Systems are run by the parent group"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(fx.cycle().exclusions.size(), std::size_t{1});
    QCOMPARE(fx.cycle().exclusions[0].itemId, EntityId("cap-technology"));
    QCOMPARE(fx.cycle().exclusions[0].reason, std::string("Systems are run by the parent group"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scopeState"))
                ->text()
                .contains(QStringLiteral("Not applicable")));
    // The vote grid shows it, and the scores leave it out.
    const gui::VoteGridModel& m = *workshopOf(fx).votePage()->model();
    QVERIFY(m.notApplicable(6));
    QCOMPARE(cell(m, 6, m.statColumn(Stat::Used)), QStringLiteral("N/A"));
    QCOMPARE(workshop::effectiveCycle(fx.cycle(), session.assessment().profile).capabilities.size(),
             std::size_t{7});
    // "Applies again" and undo are both one step.
    dialog->findChild<QPushButton*>(QStringLiteral("applicableButton"))->click();
    QVERIFY(fx.cycle().exclusions.empty());
    session.undoStack()->undo();
    QCOMPARE(fx.cycle().exclusions.size(), std::size_t{1});
    session.undoStack()->undo();
    QVERIFY(fx.cycle().exclusions.empty());
    dialog->close();

    // From the vote grid too (the row is the item); with nothing selected, a message and no dialog.
    gui::VoteGridView* grid = openVotes(fx);
    QTRY_VERIFY_WITH_TIMEOUT(!fx.window().findChild<gui::ItemNotesDialog*>(), 60000);
    fx.window().activateWindow();  // the dialog has gone: focus is back in the window
    QVERIFY(QTest::qWaitForWindowActive(&fx.window(), 60000));
    grid->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(grid->hasFocus(), 60000);
    grid->setCurrentIndex(grid->model()->index(4, 0));
    QCOMPARE(workshopOf(fx).selectedItem(), EntityId("cap-processes"));
    fx.window().goToStep(1);
    fx.window().sidebar()->setFocus();
    QVERIFY(!workshopOf(fx).openItemNotesFor({}, gui::ItemNotesDialog::Focus::Scope));
    QVERIFY(fx.window().messageBanner()->isVisible());
}

void GuiWorkshopTest::notesAreAddedToTheSelectedItem() {
    GuiFixture fx;
    auto& session = fx.window().session();
    fx.window().goToStep(3);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_pain"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(&fx.window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openDialog<gui::ItemNotesDialog>(fx.window());
    QVERIFY(dialog);
    QCOMPARE(dialog->itemId(), EntityId("pain-1"));
    QAbstractItemModelTester tester(dialog->notesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteText")),
                     QStringLiteral("Three of five schools mention it unprompted"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteSource")),
                     QStringLiteral("Survey 2025, Q14"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteFile")),
                     QStringLiteral("survey-2025.xlsx"));
    dialog->findChild<QPushButton*>(QStringLiteral("addNoteButton"))->click();
    QCOMPARE(fx.cycle().evidence.size(), std::size_t{1});
    const EvidenceNote& note = fx.cycle().evidence[0];
    QCOMPARE(note.itemId, EntityId("pain-1"));
    QCOMPARE(note.text, std::string("Three of five schools mention it unprompted"));
    QCOMPARE(note.source, std::string("Survey 2025, Q14"));
    QCOMPARE(note.fileReference, std::string("survey-2025.xlsx"));
    QVERIFY(!note.toReview);
    // The dialog lists this item's notes only; "to review" is a check box, one undo step.
    gui::WorkshopListProxy& notes = *dialog->notesModel();
    QCOMPARE(notes.rowCount(), 1);
    const int review = notes.columnOf("to_review");
    QVERIFY(review >= 0);
    QVERIFY(notes.flags(notes.index(0, review)) & Qt::ItemIsUserCheckable);
    QVERIFY(notes.setData(notes.index(0, review), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(fx.cycle().evidence[0].toReview);
    QCOMPARE(notes.index(0, review).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    session.undoStack()->undo();
    QVERIFY(!fx.cycle().evidence[0].toReview);
    // A note on another item does not show here.
    QVERIFY(gui::addEvidence(session, "pain-2", QStringLiteral("Other"), {}, {}, false));
    QCOMPARE(notes.rowCount(), 1);
    dialog->close();
}

void GuiWorkshopTest::parkingLotItemCarriesTheCurrentStep() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    fx.window().goToStep(5);
    QTest::keyClick(&fx.window(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);  // from anywhere
    auto* dialog = openDialog<gui::ParkingQuickAddDialog>(fx.window());
    QVERIFY(dialog);
    QCOMPARE(dialog->step(), 5);
    auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("quickParkText"));
    QTRY_VERIFY_WITH_TIMEOUT(text->hasFocus(), 60000);
    QTest::keyClicks(text, QStringLiteral("Do schools value delivery speed as much as offices?"));
    dialog->findChild<QComboBox*>(QStringLiteral("quickParkRaisedBy"))
        ->setCurrentText(QStringLiteral("Ben Okafor"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(fx.cycle().parkingLot.size(), std::size_t{1});
    const ParkingLotItem& item = fx.cycle().parkingLot[0];
    QCOMPARE(item.step, std::optional<std::int64_t>(5));
    QCOMPARE(item.text, std::string("Do schools value delivery speed as much as offices?"));
    QCOMPARE(item.raisedBy, std::string("Ben Okafor"));
    QVERIFY(!item.closed);
    QCOMPARE(session.undoStack()->count(), 1);

    // The page lists it with the step's title; closing is a check box; the page's own line parks
    // too.
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.showParkingLot();
    gui::ParkingLotPage& page = *ws.parkingLotPage();
    gui::WorkshopListProxy& list = *page.model();
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, list.columnOf("step")).data().toString(),
             QStringLiteral("5 · What matters to customers"));
    fx.window().goToStep(8);
    QTest::keyClicks(page.textEdit(), QStringLiteral("Who owns the call-centre KPI?"));
    QTest::keyClick(page.textEdit(), Qt::Key_Return);
    QCOMPARE(fx.cycle().parkingLot.size(), std::size_t{2});
    QCOMPARE(fx.cycle().parkingLot[1].step, std::optional<std::int64_t>(8));
    const int closed = list.columnOf("closed");
    QVERIFY(list.setData(list.index(0, closed), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(fx.cycle().parkingLot[0].closed);
    fx.window().findChild<QCheckBox*>(QStringLiteral("parkingHideClosed"))->setChecked(true);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, list.columnOf("text")).data().toString(),
             QStringLiteral("Who owns the call-centre KPI?"));
    QCOMPARE(fx.window().findChild<QLabel*>(QStringLiteral("parkingCounts"))->text(),
             QStringLiteral("1 open, 1 closed"));
}

void GuiWorkshopTest::parkingLotCellsAreEditedThroughTheFilter() {
    GuiFixture fx;
    auto& session = fx.window().session();
    QVERIFY(gui::addParkingItem(session, 3, QStringLiteral("Settled in the room"), {}));
    QVERIFY(gui::addParkingItem(session, 8, QStringLiteral("Who owns the wait time KPI?"), {}));
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.showParkingLot();
    gui::WorkshopListProxy& list = *ws.parkingLotPage()->model();
    QVERIFY(list.setData(list.index(0, list.columnOf("closed")), Qt::Checked, Qt::CheckStateRole));
    fx.window().findChild<QCheckBox*>(QStringLiteral("parkingHideClosed"))->setChecked(true);
    QCOMPARE(list.rowCount(), 1);  // the view's first row is the second item
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_parking_lot"));
    QVERIFY(view && view->model() == &list);
    QAbstractItemDelegate* delegate = view->itemDelegate();

    // The step cell edits the model's own 1..11 field, not the title the filter shows.
    const QModelIndex step = list.index(0, list.columnOf("step"));
    std::unique_ptr<QWidget> stepEditor(
        delegate->createEditor(view->viewport(), QStyleOptionViewItem(), step));
    auto* spin = qobject_cast<QSpinBox*>(stepEditor.get());
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), kResetStep);
    delegate->setEditorData(spin, step);
    QCOMPARE(spin->value(), 8);
    spin->setValue(9);
    delegate->setModelData(spin, &list, step);
    QCOMPARE(fx.cycle().parkingLot[1].step, std::optional<std::int64_t>(9));

    const QModelIndex resolution = list.index(0, list.columnOf("resolution"));
    std::unique_ptr<QWidget> lineEditor(
        delegate->createEditor(view->viewport(), QStyleOptionViewItem(), resolution));
    auto* line = qobject_cast<QLineEdit*>(lineEditor.get());
    QVERIFY(line);
    line->setText(QStringLiteral("The service director"));
    delegate->setModelData(line, &list, resolution);
    QCOMPARE(fx.cycle().parkingLot[1].resolution, std::string("The service director"));
    QCOMPARE(fx.cycle().parkingLot[0].resolution, std::string());
}

void GuiWorkshopTest::presenterViewFollowsTheVotes() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClick(&fx.window(), Qt::Key_F5, Qt::ControlModifier | Qt::ShiftModifier);
    gui::PresenterView* presenter = workshopOf(fx).presenter();
    QVERIFY(presenter);
    QVERIFY(presenter->isVisible());
    QVERIFY(presenter->isWindow());
    QVERIFY(presenter->titleLabel()->text().contains(QStringLiteral("Capabilities")));
    QVERIFY(
        presenter->questionsLabel()->text().contains(QStringLiteral("Which gap, if left open")));
    QVERIFY(presenter->radar()->isVisible());
    QCOMPARE(presenter->spreadModel()->rowCount(), 0);
    QCOMPARE(static_cast<int>(presenter->radar()->axes().size()), 8);
    QCOMPARE(presenter->radar()->axes()[0].current,
             std::optional<std::int64_t>(1));  // typed in step 10

    grid->setFocus();
    QTest::keyClicks(grid, QStringLiteral("5"));  // Anna: Vision 5
    const QAbstractItemModel& spread = *presenter->spreadModel();
    QCOMPARE(spread.rowCount(), 1);
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Item), QStringLiteral("Vision"));
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Votes), QStringLiteral("1"));
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Median), QStringLiteral("5"));
    QCOMPARE(presenter->radar()->axes()[0].current,
             std::optional<std::int64_t>(5));  // the room's value
    QVERIFY(presenter->spreadView()->isVisible());
    QTest::keyClicks(grid, QStringLiteral("1111"));
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Votes), QStringLiteral("5"));
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Median), QStringLiteral("1"));
    QCOMPARE(cell(spread, 0, gui::VoteSpreadModel::Spread),
             QStringLiteral("1.60"));  // 1 1 1 1 5: SD 1.6
    QVERIFY(spread.index(0, 0).data(gui::VoteSpreadModel::FlaggedRole).toBool());
    QVERIFY(!spread.headerData(0, Qt::Horizontal).toString().isEmpty());
    // No names on the projector: who said what stays on the laptop.
    for (int c = 0; c < spread.columnCount(); ++c)
        QVERIFY(!cell(spread, 0, c).contains(QStringLiteral("Anna")));

    // It follows the step: the alignment gaps on step 9, a calm placeholder elsewhere.
    fx.window().goToStep(9);
    QCOMPARE(presenter->step(), 9);
    QVERIFY(presenter->gapsLabel()->isVisible());
    QVERIFY(!presenter->radar()->isVisible());
    QCOMPARE(presenter->gapsLabel()->property("gapCount").toInt(), 2);
    fx.window().goToStep(3);
    QVERIFY(presenter->findChild<QLabel*>(QStringLiteral("presenterPlaceholder"))->isVisible());
    QVERIFY(presenter->titleLabel()->text().contains(QStringLiteral("Customer pain")));
    QTest::keyClick(&fx.window(), Qt::Key_F5, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!presenter->isVisible());
}

void GuiWorkshopTest::stepTimerAccumulatesAndRecordsWithoutUndo() {
    GuiFixture fx;
    auto& session = fx.window().session();
    gui::WorkshopMode& ws = workshopOf(fx);
    gui::StepTimer& timer = *ws.stepTimer();
    qint64 now = 1'000'000;
    timer.setClock([&now] { return now; });
    ws.agendaPage()->addTenSteps(180);
    QCOMPARE(fx.cycle().agenda.size(), std::size_t{10});
    QCOMPARE(session.undoStack()->count(), 1);  // one command for the ten slots
    const EntityDescriptor& agenda = *findDescriptor("agenda");
    session.undoStack()->push(new gui::SetFieldCommand(session, agenda, fx.cycle().agenda[9].id,
                                                       *agenda.field("planned_minutes"),
                                                       std::int64_t{1}));
    const int undoEntries = session.undoStack()->count();
    fx.window().goToStep(10);
    QCOMPARE(timer.step(), 10);
    QCOMPARE(timer.plannedSeconds(), std::optional<qint64>(60));
    auto spent = [&fx](int step) {
        return fx.cycle().agenda[static_cast<std::size_t>(step - 1)].spentSeconds;
    };

    now += 29'000;
    timer.tick();
    QCOMPARE(timer.shownSeconds(), qint64{29});
    QVERIFY(!spent(10));  // not yet: at most every 30 s
    now += 2'500;
    timer.tick();
    QCOMPARE(spent(10),
             std::optional<std::int64_t>(31));  // written, the half second kept for later
    QVERIFY(!timer.overrun());
    QVERIFY(!ws.timerLabel()->showsOverrun());
    now += 30'000;
    timer.tick();
    QCOMPARE(spent(10), std::optional<std::int64_t>(61));
    QVERIFY(timer.overrun());  // past the planned minute: the label turns red
    QVERIFY(ws.timerLabel()->showsOverrun());
    QCOMPARE(ws.timerLabel()->property("state").toString(), QStringLiteral("overrun"));
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Clock 1:01 of 1:00"));
    now += 4'000;
    fx.window().goToStep(9);  // a step change writes what is left
    QCOMPARE(spent(10), std::optional<std::int64_t>(65));
    QCOMPARE(timer.step(), 9);
    // Paused time does not count.
    timer.setPaused(true);
    now += 100'000;
    timer.tick();
    timer.setPaused(false);
    now += 3'000;
    fx.window().goToStep(10);
    QCOMPARE(spent(9), std::optional<std::int64_t>(3));
    // The timer never touched the undo stack, and the file has the time.
    QCOMPARE(session.undoStack()->count(), undoEntries);
    now += 20'000;
    timer.tick();  // counted, not yet written; closing the document writes it first
    QCOMPARE(spent(10), std::optional<std::int64_t>(65));
    fx.window().closeDocument();
    Assessment onDisk;
    {
        auto doc = store::Document::open(fx.path().toStdString());
        onDisk = doc.assessment();
    }
    QCOMPARE(crm::testing::currentCycleOf(onDisk).agenda[9].spentSeconds,
             std::optional<std::int64_t>(85));
    fx.window().openFile(fx.path());

    // The real ticker drives it too (a short interval injected).
    timer.setTickInterval(5);
    timer.setRecordInterval(1);
    now += 1'000;
    QCOMPARE(timer.step(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(spent(10), std::optional<std::int64_t>(86), 60000);
}

void GuiWorkshopTest::resetPagesCountAsTheirOwnStepOtherPagesDoNot() {
    GuiFixture fx;
    auto& w = fx.window();
    gui::WorkshopMode& ws = workshopOf(fx);
    gui::attachWorkshop(w);  // a second time: nothing more
    QCOMPARE(w.findChildren<gui::WorkshopMode*>().size(), qsizetype{1});
    QCOMPARE(gui::workshopModeOf(w), &ws);
    w.goToStep(4);
    QCOMPARE(ws.stepTimer()->step(), 4);
    gui::resetWorkspaceOf(w)->showResetFlow();
    QCOMPARE(ws.stepTimer()->step(), kResetStep);
    // The customer data page counts as no step: the clock goes back to the wizard's step.
    w.findChild<QAction*>(QStringLiteral("actionCustomerData"))->trigger();
    QCOMPARE(w.views()->currentWidget()->objectName(), QStringLiteral("customerDataView"));
    QCOMPARE(ws.stepTimer()->step(), 4);
    w.goToStep(6);
    QCOMPARE(ws.stepTimer()->step(), 6);
}

void GuiWorkshopTest::roomQuestionsComeFromTheHelpText() {
    const QStringList q = gui::roomQuestions(10, 2);
    QCOMPARE(
        q,
        QStringList(
            {QStringLiteral(
                 "What would a customer say about our readiness, and what would our IT team say?"),
             QStringLiteral("Which gap, if left open, would sink the strategy first?")}));
    QCOMPARE(gui::roomQuestionsIn(QStringLiteral("Intro\n\n**Questions to ask the room**\n- One "
                                                 "**bold**\n- Two\n\nAfter\n- Not this"),
                                  5),
             QStringList({QStringLiteral("One bold"), QStringLiteral("Two")}));
    for (int step = 1; step <= 10; ++step)
        QVERIFY2(!gui::roomQuestions(step).isEmpty(), qPrintable(QString::number(step)));
}

void GuiWorkshopTest::everyWorkshopModelPassesTheModelTester() {
    GuiFixture fx;
    auto& session = fx.window().session();
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.showPresenter();
    QList<QAbstractItemModel*> models = {
        ws.votePage()->model(), ws.presenter()->spreadModel(), ws.parkingLotPage()->model(),
        ws.participantsPage()->editor()->model(), ws.agendaPage()->editor()->model()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (auto* model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    // Exercise them: a room, votes, an agreement, a scope mark, other steps and dimensions, undo,
    // cycles, close.
    const EntityDescriptor& participant = *findDescriptor("participant");
    for (const QString& name : kRoom.mid(0, 3))
        session.undoStack()->push(new gui::InsertItemCommand(
            session, participant, 0, gui::makeRecord(participant, {{"name", gui::toStd(name)}})));
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("153422"));
    QVERIFY(ws.votePage()->agreeOnRow(0, 3, QStringLiteral("why")));
    QVERIFY(gui::markNotApplicable(session, "cap-strategy", QStringLiteral("not ours")));
    QVERIFY(gui::addParkingItem(session, 10, QStringLiteral("later"), {}));
    ws.votePage()->setDimension(RatingDimension::Target);
    QTest::keyClicks(grid, QStringLiteral("45"));
    for (int step : {3, 5, 1, 10}) fx.window().goToStep(step);
    session.undoStack()->push(
        new gui::MoveItemCommand(session, participant, fx.cycle().participants[0].id, 0, 2));
    session.undoStack()->push(
        new gui::RemoveItemCommand(session, participant, fx.cycle().participants[1].id));
    while (session.undoStack()->canUndo()) session.undoStack()->undo();
    QCOMPARE(ws.votePage()->model()->participantCount(), 0);
    session.switchCycle("cycle-2025");
    session.switchCycle("cycle-2026");
    fx.window().closeDocument();
    QCOMPARE(ws.votePage()->model()->rowCount(), 0);
}

void GuiWorkshopTest::screenshotsForTheDocs() {
    const QString dir = qEnvironmentVariable("CRMW_WORKSHOP_SCREENSHOTS");
    if (dir.isEmpty()) QSKIP("set CRMW_WORKSHOP_SCREENSHOTS=DIR to write the workshop screenshots");
    QDir().mkpath(dir);
    GuiFixture fx;
    auto& session = fx.window().session();
    auto& w = fx.window();
    const EntityDescriptor& participant = *findDescriptor("participant");
    const char* room[][3] = {{"Anna Berg", "Head of sales", "Sales"},
                             {"Ben Okafor", "Service lead", "Service"},
                             {"Chloé Martin", "Marketing manager", "Marketing"},
                             {"David Lind", "IT lead", "IT"},
                             {"Eva Schulz", "Bursar, St. Mary's", "Customer"}};
    for (const auto& p : room)
        session.undoStack()->push(new gui::InsertItemCommand(
            session, participant, participant.count(*session.cycle()),
            gui::makeRecord(
                participant,
                {{"name", std::string(p[0])},
                 {"role", std::string(p[1])},
                 {"department", std::string(p[2])},
                 {"perspective",
                  std::string(p[2] == std::string("Customer") ? "external" : "internal")}})));
    w.resize(1366, 768);
    w.findChild<QDockWidget*>(QStringLiteral("helpDock"))->hide();
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.agendaPage()->addTenSteps(180);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"
                                          "33433"
                                          "12121"
                                          "45354"
                                          "22312"
                                          "11115"
                                          "34343"));
    QVERIFY(
        ws.votePage()->agreeOnRow(1, 3, QStringLiteral("Strategy exists on paper; few know it")));
    grid->setCurrentIndex(grid->model()->index(0, 0));
    w.resizeDocks({ws.dock()}, {340}, Qt::Vertical);
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();
    QCOMPARE(w.size(), QSize(1366, 768));
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("workshop-vote-grid-1366x768.png"))));

    const std::pair<int, const char*> parked[] = {
        {3, "Do partners see the invoice problem the same way customers do?"},
        {5, "Is delivery speed as important for schools as for offices?"},
        {8, "Who owns the call-centre wait time KPI after the reorganisation?"},
        {10, "Can the data quality project start before the new CRM licences?"}};
    for (const auto& [step, text] : parked)
        gui::addParkingItem(session, step, QString::fromUtf8(text), QStringLiteral("Ben Okafor"));
    gui::WorkshopListProxy& list = *ws.parkingLotPage()->model();
    list.setData(list.index(0, list.columnOf("closed")), Qt::Checked, Qt::CheckStateRole);
    const EntityDescriptor& parking = *findDescriptor("parking");
    session.undoStack()->push(new gui::SetFieldCommand(
        session, parking, session.cycle()->parkingLot[0].id, *parking.field("resolution"),
        std::string("Yes: same survey, Q14")));
    ws.showParkingLot();
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("workshop-parking-lot-1366x768.png"))));

    ws.showPresenter();
    gui::PresenterView* presenter = ws.presenter();
    presenter->resize(1366, 768);
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();
    QVERIFY(presenter->grab().save(
        QDir(dir).filePath(QStringLiteral("workshop-presenter-1366x768.png"))));
    w.goToStep(9);
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();
    QVERIFY(presenter->grab().save(
        QDir(dir).filePath(QStringLiteral("workshop-presenter-step9-1366x768.png"))));
}

namespace {

// Keys sent to whatever has the focus, as a keyboard would, and counted: one character or one
// chord (Ctrl+Shift+V) is one keystroke.
class Keyboard {
  public:
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(target(), key, modifiers);
        ++count_;
    }
    void type(const QString& text) {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClicks(target(), QString(c));
            else  // "é": one key on the keyboards that have it
                QTest::sendKeyEvent(QTest::Click, target(), Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            ++count_;
        }
    }
    int count() const { return count_; }

  private:
    static QWidget* target() {
        QCoreApplication::processEvents();
        QWidget* focus = QApplication::focusWidget();
        if (!focus) qFatal("no widget has the keyboard focus");
        return focus;
    }
    int count_ = 0;
};

// Waits (briefly) for a dialog of the type to be shown and active.
template <class Dialog>
Dialog* activeDialog(QWidget& window) {
    Dialog* dialog = openDialog<Dialog>(window);
    if (dialog && !QTest::qWaitForWindowActive(dialog, 60000))
        qWarning("the dialog did not become active");
    return dialog;
}

}  // namespace

void GuiWorkshopTest::facilitatorRunsTheRoomByKeyboardInUnderTwoMinutes() {
    // The issue's "done when", keys only: add five participants, type their current maturity for
    // the eight building blocks, see which blocks the room disagrees on, agree values with
    // reasons. Every key goes to the focused widget and is counted.
    GuiFixture fx;
    auto& session = fx.window().session();
    gui::WorkshopMode& ws = workshopOf(fx);
    Keyboard keys;
    QElapsedTimer clock;
    clock.start();

    keys.press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);  // Workshop ▸ Participants
    QCOMPARE(QApplication::focusWidget(), ws.participantsPage()->editor()->view());
    for (const QString& name : kRoom) {
        keys.press(Qt::Key_Return);  // Enter on the last row (or the empty table) adds a row
        keys.type(name);
        keys.press(Qt::Key_Return);
    }
    QCOMPARE(fx.cycle().participants.size(), std::size_t{5});
    QTRY_VERIFY_WITH_TIMEOUT(!fx.cycle().participants[4].name.empty(),
                             60000);  // the last Enter commits the name
    for (int i = 0; i < 5; ++i)
        QCOMPARE(QString::fromStdString(fx.cycle().participants[static_cast<std::size_t>(i)].name),
                 kRoom[i]);
    const int participantKeys = keys.count();

    keys.press(Qt::Key_0, Qt::ControlModifier);                      // step 10
    keys.press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);  // Workshop ▸ Vote
    gui::VoteGridView* grid = ws.votePage()->grid();
    QCOMPARE(QApplication::focusWidget(), grid);
    QCOMPARE(grid->currentIndex(), grid->model()->index(0, 0));
    // Population SDs (python3 statistics.pstdev) 1.47, 0.40, 0.49, 1.83, 0.63, 1.60, 0.49, 0.49;
    // the profile's threshold is 1.0, so rows 0 (Vision), 3 and 5 are flagged.
    keys.type(
        QStringLiteral("24451"
                       "33433"
                       "12121"
                       "15251"
                       "22312"
                       "11115"
                       "34343"
                       "55445"));
    const int recordingKeys = keys.count();
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{40});

    // At once: the grid, the page and the presenter's spread table name the same three blocks.
    const gui::VoteGridModel& m = *grid->voteModel();
    const QStringList flagged = {QStringLiteral("Vision"),
                                 QStringLiteral("Organisational collaboration"),
                                 QStringLiteral("Information")};
    QCOMPARE(m.flaggedItems(), flagged);
    for (int row = 0; row < 8; ++row)
        QCOMPARE(m.index(row, m.statColumn(Stat::Disagrees)).data(Qt::BackgroundRole).isValid(),
                 row == 0 || row == 3 || row == 5);
    for (const QString& name : flagged)
        QVERIFY(ws.votePage()->flaggedLabel()->text().contains(name));
    for (int row = 0; row < 8; ++row)  // the row names of flagged blocks are highlighted too
        QCOMPARE(m.headerData(row, Qt::Vertical, Qt::BackgroundRole).isValid(),
                 row == 0 || row == 3 || row == 5);
    gui::VoteSpreadModel spread(session);
    spread.setStep(10);
    QStringList flaggedBySpread;
    for (int row = 0; row < spread.rowCount(); ++row)
        if (spread.index(row, 0).data(gui::VoteSpreadModel::FlaggedRole).toBool())
            flaggedBySpread << spread.index(row, gui::VoteSpreadModel::Item).data().toString();
    QCOMPARE(flaggedBySpread, flagged);

    // F8 goes to the next block the room disagrees on; Ctrl+Enter, value, Tab, reason, Enter.
    const struct {
        int row;
        char value;
        QString reason;
    } agreements[] = {
        {0, '3', QStringLiteral("Only the sales team has seen the written vision")},
        {3, '2', QStringLiteral("Sales and service share no customer records yet")},
        {5, '1', QStringLiteral("Reports exist but nobody outside finance reads them")}};
    for (const auto& a : agreements) {
        keys.press(Qt::Key_F8);
        QCOMPARE(grid->currentIndex().row(), a.row);
        keys.press(Qt::Key_Return, Qt::ControlModifier);
        auto* dialog = activeDialog<gui::VoteAgreeDialog>(fx.window());
        QVERIFY(dialog);
        keys.type(QString(QLatin1Char(a.value)));
        keys.press(Qt::Key_Tab);
        keys.type(a.reason);
        keys.press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 60000);
        // A desktop's window manager gives the window back its activation; offscreen has none.
        fx.window().activateWindow();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), grid, 60000);
    }
    const qint64 ms = clock.elapsed();
    QCOMPARE(fx.cycle().consensus.size(), std::size_t{3});
    for (std::size_t i = 0; i < 3; ++i) {
        const ConsensusValue& c = fx.cycle().consensus[i];
        QCOMPARE(c.itemId, m.itemId(agreements[i].row));
        QCOMPARE(c.value, std::optional<std::int64_t>(agreements[i].value - '0'));
        QCOMPARE(QString::fromStdString(c.reason), agreements[i].reason);
        QCOMPARE(cell(m, agreements[i].row, m.statColumn(Stat::Used)),
                 QString(QLatin1Char(agreements[i].value)));
    }
    // Counted by hand: 1 chord + 5 x (Enter, name, Enter) with names of 51 characters = 62; then
    // Ctrl+0, Ctrl+Shift+V and 40 digits = 104; each agreement F8, Ctrl+Enter, digit, Tab,
    // Enter = 5 plus its reason (47, 47, 51 characters) = 264.
    QCOMPARE(participantKeys, 62);
    QCOMPARE(recordingKeys, 104);
    QCOMPARE(keys.count(), 264);
    // A fast typist makes about 5 keystrokes a second (60 words a minute of 5 characters).
    const double typingSeconds = keys.count() / 5.0;
    qInfo(
        "keystrokes: %d to add the room, %d to record 40 votes too, %d with 3 agreements; "
        "at 5 keys/s that is %.0f s, %.0f s with the agreements; the program took %lld ms",
        participantKeys, recordingKeys, keys.count(), recordingKeys / 5.0, typingSeconds, ms);
    QVERIFY(recordingKeys / 5.0 + static_cast<double>(ms) / 1000.0 < 120.0);
    QCOMPARE(session.undoStack()->count(), 5 + 5 + 40 + 3);  // 5 adds, 5 names, votes, agreements
}

void GuiWorkshopTest::deletingAParticipantTakesTheirVotesAndUndoBringsThemBack() {
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"  // Vision
                                          "33433"));
    const gui::VoteGridModel& m = *grid->voteModel();
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Spread)), QStringLiteral("1.47"));

    // Eva (her 1 on Vision, her 3 on Strategy) leaves: select her row, press Delete.
    gui::WorkshopMode& ws = workshopOf(fx);
    ws.showParticipants();
    QTableView* people = ws.participantsPage()->editor()->view();
    const EntityId eva = fx.cycle().participants[4].id;
    people->setCurrentIndex(people->model()->index(4, 0));
    QTest::keyClick(people, Qt::Key_Delete);
    QCOMPARE(fx.cycle().participants.size(), std::size_t{4});
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{8});
    for (const auto& r : fx.cycle().ratings) QVERIFY(r.participantId != eva);
    // Vision now 2 4 4 5: mean 3.75, squares 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75, /4 = 1.1875,
    // SD 1.0897 -> "1.09"; min-max 2-5. Strategy 3 3 4 3: SD sqrt(0.1875) = 0.43.
    QCOMPARE(m.participantCount(), 4);
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Spread)), QStringLiteral("1.09"));
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Range)), QStringLiteral("2–5"));
    QCOMPARE(cell(m, 1, m.statColumn(Stat::Spread)), QStringLiteral("0.43"));
    QCOMPARE(session.undoStack()->count(), 11);  // 10 votes and one deletion

    session.undoStack()->undo();  // Eva and both her votes are back
    QCOMPARE(fx.cycle().participants.size(), std::size_t{5});
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{10});
    QCOMPARE(cell(m, 0, m.statColumn(Stat::Spread)), QStringLiteral("1.47"));
    QCOMPARE(cell(m, 0, 4), QStringLiteral("1"));
    session.undoStack()->redo();
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{8});
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(crm::testing::currentCycleOf(onDisk).ratings.size(), std::size_t{8});
    QCOMPARE(crm::testing::currentCycleOf(onDisk).participants.size(), std::size_t{4});
}

namespace {

// A resources folder whose building_blocks catalog is version 2 and adds one item.
QString writeNewerCatalog(const QTemporaryDir& dir) {
    QDir(dir.path()).mkpath(QStringLiteral("catalogs"));
    QFile file(QDir(dir.path()).filePath(QStringLiteral("catalogs/building_blocks.json")));
    if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write the test catalog");
    file.write(R"({"catalog": "building_blocks", "version": 2, "items": [
      {"key": "vision", "name": "Vision", "group": "building_block"},
      {"key": "strategy", "name": "Customer strategy", "group": "building_block"},
      {"key": "partner_network", "name": "Partner network", "group": "building_block",
       "since": 2, "description": "How resellers and partners take part in the customer relationship."},
      {"key": "data_quality", "name": "Data quality", "group": "readiness"}
    ]})");
    return dir.path();
}

}  // namespace

void GuiWorkshopTest::catalogUpdateAddsOnlyNewItemsAndUndoes() {
    QTemporaryDir resources;
    qputenv("CRMW_RESOURCES_DIR", writeNewerCatalog(resources).toUtf8());
    GuiFixture fx;
    auto& session = fx.window().session();
    addParticipants(session, kRoom);
    session.document().setCatalogVersion("building_blocks", 1);  // as a migrated file has
    gui::VoteGridView* grid = openVotes(fx);
    QTest::keyClicks(grid, QStringLiteral("24451"));
    const std::size_t capabilities = fx.cycle().capabilities.size();

    // Opening the file says a newer catalog is there.
    fx.reloadFromDisk();
    QTRY_VERIFY_WITH_TIMEOUT(
        fx.window().statusBar()->currentMessage().contains(QStringLiteral("version 2")), 60000);
    const auto outdated = gui::outdatedCatalogs(session);
    QCOMPARE(outdated.size(), 1);
    // The sample names "strategy" "Strategy"; the catalog's own name is only reported.
    QCOMPARE(outdated[0].renamed, QStringList{QStringLiteral("Strategy → Customer strategy")});
    // data_quality is not in the sample either, but it was in version 1: the room left it out.
    QCOMPARE(outdated[0].newItems.size(), 1);

    gui::CatalogUpdateDialog* dialog = workshopOf(fx).showCatalogVersions();
    QVERIFY(dialog);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("catalogStatus_building_blocks"));
    QVERIFY(status->text().contains(QStringLiteral("Partner network")));
    auto* update = dialog->findChild<QPushButton*>(QStringLiteral("updateCatalog_building_blocks"));
    QVERIFY(update);
    update->setFocus();
    QTest::keyClick(update, Qt::Key_Space);
    QCoreApplication::processEvents();
    QCOMPARE(fx.cycle().capabilities.size(), capabilities + 1);
    const CapabilityRating& added = fx.cycle().capabilities.back();
    QCOMPARE(added.areaKey, std::string("partner_network"));
    QCOMPARE(added.name, std::string("Partner network"));
    QCOMPARE(fx.cycle().capabilities[1].name, std::string("Strategy"));  // the user's name stays
    QCOMPARE(fx.cycle().ratings.size(), std::size_t{5});                 // votes untouched
    QCOMPARE(session.document().catalogVersion("building_blocks"), std::optional<std::int64_t>(2));
    QVERIFY(gui::outdatedCatalogs(session).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("updateCatalog_building_blocks"))
                 ->isVisible());
    dialog->close();

    QCOMPARE(session.undoStack()->count(), 1);  // one step
    session.undoStack()->undo();
    QCOMPARE(fx.cycle().capabilities.size(), capabilities);
    QCOMPARE(session.document().catalogVersion("building_blocks"), std::optional<std::int64_t>(1));
    session.undoStack()->redo();
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(crm::testing::currentCycleOf(onDisk).capabilities.size(), capabilities + 1);
    QCOMPARE(session.document().catalogVersion("building_blocks"), std::optional<std::int64_t>(2));
    qunsetenv("CRMW_RESOURCES_DIR");
}

void GuiWorkshopTest::addingFromACatalogRecordsItsVersion() {
    GuiFixture fx;
    auto& session = fx.window().session();
    QVERIFY(!session.document().catalogVersion("metrics"));  // a new file has used none
    const gui::Catalog metrics = gui::loadCatalog(QStringLiteral("metrics"));
    QVERIFY(metrics.version >= 1);
    gui::addCatalogItems(session, *findDescriptor("metric"), {metrics.items.front()});
    QCOMPARE(session.document().catalogVersion("metrics"),
             std::optional<std::int64_t>(metrics.version));
    session.undoStack()->undo();  // the first use and its version go together
    QVERIFY(!session.document().catalogVersion("metrics"));
}

QTEST_MAIN(GuiWorkshopTest)
#include "test_gui_workshop.moc"
