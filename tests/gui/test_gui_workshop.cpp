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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "engine/model/descriptor.h"
#include "gui/agenda_page.h"
#include "gui/agenda_step_timer.h"
#include "gui/agenda_timer_label.h"
#include "gui/document_session.h"
#include "gui/edit_commands.h"
#include "gui/entity_table_editor.h"
#include "gui/entity_table_model.h"
#include "gui/parking_lot_page.h"
#include "gui/parking_quick_add.h"
#include "gui/participants_page.h"
#include "gui/presenter_questions.h"
#include "gui/presenter_radar.h"
#include "gui/presenter_view.h"
#include "gui/step_sidebar.h"
#include "gui/vote_agree_dialog.h"
#include "gui/vote_grid_model.h"
#include "gui/vote_grid_view.h"
#include "gui/vote_page.h"
#include "gui/vote_spread_model.h"
#include "gui/workshop_edits.h"
#include "gui/workshop_item_notes.h"
#include "gui/workshop_list_proxy.h"
#include "gui/workshop_mode.h"
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
    auto* mode = fx.window().findChild<gui::WorkshopMode*>(QStringLiteral("workshopMode"));
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
    void agreeDialogNeedsAReason();
    void notApplicableViaThePanelCreatesAnExclusion();
    void notesAreAddedToTheSelectedItem();
    void parkingLotItemCarriesTheCurrentStep();
    void presenterViewFollowsTheVotes();
    void stepTimerAccumulatesAndRecordsWithoutUndo();
    void roomQuestionsComeFromTheHelpText();
    void everyWorkshopModelPassesTheModelTester();
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
    // The "done when": five participants' current maturity for the eight building blocks,
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
    // Information, Technology, Metrics. Population SDs: 1.47, 0.40, 0.49, 1.64, 0.63, 1.60, 0.49,
    // 0.49.
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
    QVERIFY2(ms < 60'000, "typing must never be the slow part of two minutes");
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
    QTRY_VERIFY(reason->hasFocus());
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
    QTRY_VERIFY(!fx.window().findChild<gui::ItemNotesDialog*>());
    fx.window().activateWindow();  // the dialog has gone: focus is back in the window
    QVERIFY(QTest::qWaitForWindowActive(&fx.window()));
    grid->setFocus();
    QTRY_VERIFY(grid->hasFocus());
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
    QTRY_VERIFY(text->hasFocus());
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
    ws.agendaPage()->addMissingSteps();
    QCOMPARE(fx.cycle().agenda.size(), std::size_t{10});
    QCOMPARE(session.undoStack()->count(), 1);  // one macro for the ten slots
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
    QCOMPARE(ws.timerLabel()->text(), QStringLiteral("Step 10 · 1:01 of 1:00"));
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
    QTRY_COMPARE(spent(10), std::optional<std::int64_t>(86));
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
    ws.agendaPage()->addMissingSteps();
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

QTEST_MAIN(GuiWorkshopTest)
#include "test_gui_workshop.moc"
