// The action plan page: typed by keyboard, drafted from the recommendations as one undo
// step, kept across a close and reopen; the pages' help texts and the hidden-field rule of the
// generic tables.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include "engine/assessment/assessment_result.h"
#include "engine/deliverables/action_drafts.h"
#include "engine/deliverables/logo_image.h"
#include "engine/deliverables/rich_text.h"
#include "gui/app/document_session.h"
#include "gui/common/date_line_edit.h"
#include "gui/deliverables/action_plan_export.h"
#include "gui/deliverables/action_plan_page.h"
#include "gui/deliverables/cover_form.h"
#include "gui/deliverables/narrative_editor.h"
#include "gui/deliverables/narrative_text_edit.h"
#include "gui/deliverables/report_content_page.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui_test_support.h"
#include "test_gui_deliverables_support.h"

using namespace crm;
using crm::testing::focused;
using crm::testing::GuiFixture;
using crm::testing::narrativeOf;
using crm::testing::QuillmereWindow;
using crm::testing::showActionPlan;
using crm::testing::showReportContent;

class GuiDeliverablesTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void pagesHaveTheirHelpText();
    void actionTypedByKeyboardOnly();
    void draftFromRecommendationsIsOneUndoStep();
    void hiddenFieldsHaveNoColumn();
    void actionPlanExportedFromTheWindow();
    void screenshots();
};

void GuiDeliverablesTest::pagesHaveTheirHelpText() {
    GuiFixture fx;
    auto* help = fx.window().findChild<QTextBrowser*>(QStringLiteral("helpBrowser"));
    QVERIFY(help);
    QVERIFY(showActionPlan(fx.window()));
    QVERIFY(help->toPlainText().contains(QStringLiteral("Draft from recommendations")));
    QVERIFY(showReportContent(fx.window()));
    QVERIFY(help->toPlainText().contains(QStringLiteral("Ctrl+B bold")));
    fx.window().goToStep(3);  // back to the steps, with their own help
    QVERIFY(!help->toPlainText().contains(QStringLiteral("Ctrl+B bold")));
}

void GuiDeliverablesTest::actionTypedByKeyboardOnly() {
    GuiFixture fx;
    auto* page = showActionPlan(fx.window());
    QVERIFY(page);
    QTableView* view = page->table()->view();
    QCOMPARE(focused(), view);
    const auto before = fx.cycle().actions.size();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);  // a new row, typing its title
    QCOMPARE(fx.cycle().actions.size(), before + 1);
    const int row = view->currentIndex().row();
    QCOMPARE(view->currentIndex().column(), 0);  // Action (the title)
    QTest::keyClicks(focused(), QStringLiteral("Call the ten largest accounts"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fx.cycle().actions.at(row).title,
                              std::string("Call the ten largest accounts"), 60000);

    QTest::keyClick(view, Qt::Key_Right);  // Owner
    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClicks(focused(), QStringLiteral("Dana Ortiz"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fx.cycle().actions.at(row).owner, std::string("Dana Ortiz"), 60000);

    QTest::keyClick(view, Qt::Key_Right);  // Due
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(qobject_cast<gui::DateLineEdit*>(focused()));
    QTest::keyClick(focused(), Qt::Key_Up);  // a day from today, selected to type over
    QTest::keyClicks(focused(), QStringLiteral("20270331"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(fx.cycle().actions.at(row).due.has_value(), 60000);
    QCOMPARE(formatDate(*fx.cycle().actions.at(row).due), std::string("2027-03-31"));

    QTest::keyClick(view, Qt::Key_Right);  // Status: Not started, In progress, Blocked, ...
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QComboBox*>(focused()));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fx.cycle().actions.at(row).status, ActionStatus::Blocked, 60000);
    QCOMPARE(view->model()->index(row, 3).data().toString(), QStringLiteral("Blocked"));

    // Undo takes the status back first, then the date.
    QTest::keyClick(&fx.window(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(fx.cycle().actions.at(row).status, ActionStatus::NotStarted);
    QTest::keyClick(&fx.window(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(fx.cycle().actions.at(row).status, ActionStatus::Blocked);

    fx.closeAndReopen();
    const ActionItem& stored = fx.cycle().actions.at(row);
    QCOMPARE(stored.title, std::string("Call the ten largest accounts"));
    QCOMPARE(stored.owner, std::string("Dana Ortiz"));
    QCOMPARE(formatDate(*stored.due), std::string("2027-03-31"));
    QCOMPARE(stored.status, ActionStatus::Blocked);
}

void GuiDeliverablesTest::draftFromRecommendationsIsOneUndoStep() {
    QuillmereWindow q;
    QVERIFY(q.ok());
    // What the engine drafts for the sample's current cycle (its recommendations minus the
    // findings its actions already track).
    const auto result = assessment::assess(q.window().session().assessment(), q.cycle());
    const auto expected = deliverables::draftActions(q.cycle(), result.recommendations);
    QVERIFY(!expected.empty());                                // else this test could not fail
    QVERIFY(expected.size() < result.recommendations.size());  // some are tracked already
    const auto before = q.cycle().actions.size();
    QCOMPARE(before, std::size_t{8});  // quillmere.json, cyc-2026: act-101 … act-108

    auto* page = showActionPlan(q.window());
    QVERIFY(page);
    QUndoStack* stack = q.window().session().undoStack();
    const int steps = stack->count();
    QTest::keyClick(&q.window(), Qt::Key_D, Qt::AltModifier);  // &Draft from recommendations
    QTRY_COMPARE_WITH_TIMEOUT(q.cycle().actions.size(), before + expected.size(),
                              60000);  // the button animates
    QCOMPARE(stack->count(), steps + 1);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(q.cycle().actions[before + i].title, expected[i].title);
        QCOMPARE(q.cycle().actions[before + i].findingId, expected[i].findingId);
    }
    QVERIFY(page->resultLabel()->text().startsWith(QString::number(expected.size())));

    QTest::keyClick(&q.window(), Qt::Key_D, Qt::AltModifier);  // again: all tracked now
    QTRY_COMPARE_WITH_TIMEOUT(page->resultLabel()->text(),
                              QStringLiteral("Every recommendation already has an action."), 60000);
    QCOMPARE(q.cycle().actions.size(), before + expected.size());
    QCOMPARE(stack->count(), steps + 1);

    QTest::keyClick(&q.window(), Qt::Key_Z, Qt::ControlModifier);  // one step removes them all
    QCOMPARE(q.cycle().actions.size(), before);
    QTest::keyClick(&q.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(q.cycle().actions.size(), before + expected.size());

    q.closeAndReopen();
    QVERIFY(q.ok());
    QCOMPARE(q.cycle().actions.size(), before + expected.size());
    QCOMPARE(q.cycle().actions.back().findingId, expected.back().findingId);
}

void GuiDeliverablesTest::hiddenFieldsHaveNoColumn() {
    GuiFixture fx;
    const EntityDescriptor* cover = findDescriptor("cover");
    QVERIFY(cover && cover->fields.size() == 5 && cover->fields[4].hidden);  // the logo
    gui::EntityTableModel model(fx.window().session(), *cover);
    QCOMPARE(model.columnCount(), 4);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(model.headerData(c, Qt::Horizontal).toString() != QStringLiteral("Logo"));
    const EntityDescriptor* action = findDescriptor("action");
    gui::EntityTableModel actions(fx.window().session(), *action);
    // The finding a drafted action came from is a link for drafting, not words for people.
    QCOMPARE(actions.columnCount(), 9);
    for (int c = 0; c < actions.columnCount(); ++c)
        QVERIFY(actions.fieldAt(c).key != std::string_view("finding_id"));
}

// Set CRMW_SCREENSHOT_DIR to keep pictures of both pages on the sample.
void GuiDeliverablesTest::actionPlanExportedFromTheWindow() {
    QuillmereWindow fx;
    QVERIFY(fx.ok());
    auto* page = showActionPlan(fx.window());
    QVERIFY(page);
    const auto actions = fx.cycle().actions.size();
    QCOMPARE(actions, std::size_t{8});  // the sample's act-101 .. act-108
    QTemporaryDir dir;
    // Alt+X on the page opens the chooser; the facilitator types a name and presses Enter.
    QTest::keyClick(page, Qt::Key_X, Qt::AltModifier);
    QFileDialog* chooser = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((chooser = fx.window().findChild<QFileDialog*>(
                                  QStringLiteral("actionPlanFileChooser"))) != nullptr,
                             60000);
    const QString xlsx = QDir(dir.path()).filePath(QStringLiteral("plan.xlsx"));
    // The whole path typed into the chooser's name field, then Enter, as a user does.
    auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(xlsx);
    QTest::keyClick(name, Qt::Key_Return);
    auto* banner = fx.window().findChild<QLabel*>(QStringLiteral("messageBanner"));
    QTRY_VERIFY2(QFile::exists(xlsx), qPrintable(banner ? banner->text() : QString()));
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK"));  // a zip, as every .xlsx is
    QVERIFY(!QFile::exists(xlsx + QStringLiteral(".tmp")));

    // CSV: the header and one CRLF line per action (no action text of the sample has a line
    // break).
    const QString csv = QDir(dir.path()).filePath(QStringLiteral("plan.csv"));
    QString error;
    QVERIFY(gui::writeActionPlanFile(fx.window().session(), csv, &error));
    QFile lines(csv);
    QVERIFY(lines.open(QIODevice::ReadOnly));
    const QByteArray text = lines.readAll();
    QCOMPARE(text.count("\r\n"), qsizetype(actions + 1));
    QVERIFY(text.contains("act-101,Choose a KPI for furniture"));

    // A folder that does not exist: refused with the file named, nothing left behind.
    const QString nowhere = QDir(dir.path()).filePath(QStringLiteral("no/such/plan.xlsx"));
    QVERIFY(!gui::writeActionPlanFile(fx.window().session(), nowhere, &error));
    QVERIFY2(error.contains(QStringLiteral("plan.xlsx")), qPrintable(error));
    QVERIFY(!QDir(dir.path()).exists(QStringLiteral("no")));
}

void GuiDeliverablesTest::screenshots() {
    const QString shots = qEnvironmentVariable("CRMW_SCREENSHOT_DIR");
    if (shots.isEmpty()) QSKIP("CRMW_SCREENSHOT_DIR not set");
    QuillmereWindow q;
    QVERIFY(q.ok());
    q.window().resize(1366, 768);
    QVERIFY(showActionPlan(q.window()));
    QTest::qWait(50);
    QVERIFY(q.window().grab().save(QDir(shots).filePath(QStringLiteral("action-plan.png"))));
    auto* page = showReportContent(q.window());
    QVERIFY(page);
    page->narrative()->selectPart(QStringLiteral("summary"));
    QTest::qWait(50);
    QVERIFY(q.window().grab().save(QDir(shots).filePath(QStringLiteral("report-content.png"))));
    page->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(q.window().grab().save(QDir(shots).filePath(QStringLiteral("report-cover.png"))));
}

QTEST_MAIN(GuiDeliverablesTest)
#include "test_gui_deliverables.moc"
