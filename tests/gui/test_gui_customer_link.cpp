// The customer data in the window: File → Import transactions… imports the sample CSV through
// the dialog, View → Customer data shows the figures, and "use for step 4/6" become undoable
// edits of the open cycle.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include "gui/app/document_session.h"
#include "gui/customer_data/customer_data_link.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/segment_figures_dialog.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QString sampleCsv() { return QStringLiteral(SAMPLES_DIR "/quillmere-transactions.csv"); }

// Ctrl+Shift+T, the file name typed into the dialog, Import, then Close.
void importSample(GuiFixture& fx) {
    gui::MainWindow& window = fx.window();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto* page = window.findChild<gui::CustomerDataPage*>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    gui::TransactionImportDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<gui::TransactionImportDialog*>()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 60000);
    auto* file = child<QLineEdit>(dialog, "fileEdit");
    file->setFocus();
    QTest::keyClicks(file, sampleCsv());
    // Enter reads the file, detects its layout, and presses Import (the default button).
    QTest::keyClick(file, Qt::Key_Return);
    QCOMPARE(dialog->filePath(), sampleCsv());
    auto* result = child<QWidget>(dialog, "resultPage");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
    QVERIFY(!dialog->isImporting());
    QTest::keyClick(child<QPushButton>(dialog, "closeButton"), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot() && page->snapshot()->hasData() && !page->isBusy(),
                             60000);
}

// Ctrl+Z on the window. The offscreen platform leaves no window active after a dialog closes
// (a window manager gives it back), and the window's shortcuts need it active.
void undoInWindow(GuiFixture& fx) {
    fx.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&fx.window(), 60000));
    QTest::keyClick(&fx.window(), Qt::Key_Z, Qt::ControlModifier);
}

std::optional<double> relationshipShare(GuiFixture& fx,
                                        std::optional<double> RelationshipState::*f) {
    return fx.cycle().relationship.*f;
}

}  // namespace

class GuiCustomerLinkTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void actionsFollowTheDocument();
    void importShowsTheFigures();
    void stepFourSharesAreUndoable();
    void stepSixSegmentsAreUndoable();
};

void GuiCustomerLinkTest::actionsFollowTheDocument() {
    GuiFixture fx;
    gui::attachCustomerData(fx.window());
    auto* import = fx.window().findChild<QAction*>(QStringLiteral("actionImportTransactions"));
    auto* show = fx.window().findChild<QAction*>(QStringLiteral("actionCustomerData"));
    QVERIFY(import && show);
    QVERIFY(fx.window().fileMenu()->actions().contains(import));
    QVERIFY(fx.window().viewMenu()->actions().contains(show));
    auto* page = fx.window().findChild<gui::CustomerDataPage*>();
    QCOMPARE(page->document(), &fx.window().session().document());
    show->trigger();
    QVERIFY(page->isVisible());
    fx.window().closeDocument();
    QVERIFY(!import->isEnabled());
    QVERIFY(page->document() == nullptr);
    QVERIFY(!page->isVisible());  // back to the steps
}

void GuiCustomerLinkTest::importShowsTheFigures() {
    GuiFixture fx;
    fx.window().resize(1366, 768);
    gui::attachCustomerData(fx.window());
    importSample(fx);
    auto* page = fx.window().findChild<gui::CustomerDataPage*>();
    // Counted with python3 from the CSV: 505 customer ids; net value 3,853,663.28 (sum of
    // every amount); the top 101 customers bring 83.94% of it.
    QCOMPARE(child<QLabel>(page, "figCustomers")->property("value").toULongLong(), 505ull);
    QCOMPARE(child<QLabel>(page, "figNetValue")->property("value").toLongLong(), 3853663280ll);
    QVERIFY(qAbs(child<QLabel>(page, "figTop20Share")->property("value").toDouble() - 0.83942) <
            1e-4);
    // Counted with python3 from the CSV: 121 lines with a negative quantity, -55,927.64 together.
    auto* returns = child<QLabel>(page, "figReturns");
    QCOMPARE(returns->property("value").toULongLong(), 121ull);
    QCOMPARE(returns->text(), QStringLiteral("121  (-55,927.64 EUR)"));
    QVERIFY(returns->toolTip().contains(QStringLiteral("not purchases and not spending")));
    // Every repeat customer of the sample has repeat purchases above zero (make_sample.py).
    QCOMPARE(child<QLabel>(page, "figLeftOutOfSpendModel")->text(), QStringLiteral("0"));
    // The page followed the import: it reads the document again when it is reopened. Closing
    // sends the window back to the steps, so the page is shown again from the View menu.
    fx.reloadFromDisk();
    QVERIFY(!page->isVisible());
    fx.window().findChild<QAction*>(QStringLiteral("actionCustomerData"))->trigger();
    QVERIFY(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot() && page->snapshot()->hasData() && !page->isBusy(),
                             60000);
    QCOMPARE(page->snapshot()->lines, std::size_t{3958});  // data lines of the CSV (wc -l - 1)
    const QString shots = qEnvironmentVariable("CRMW_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        fx.window().grab().save(QDir(shots).filePath(QStringLiteral("customer-data-window.png")));
    }
}

void GuiCustomerLinkTest::stepFourSharesAreUndoable() {
    GuiFixture fx;
    gui::attachCustomerData(fx.window());
    importSample(fx);
    // The sample's step 4 (tests/gui/sample_workshop.cpp): 38 / 52 / 10 %.
    QCOMPARE(relationshipShare(fx, &RelationshipState::oneTimeSharePct), 38.0);
    auto* page = fx.window().findChild<gui::CustomerDataPage*>();
    auto* use = child<QPushButton>(page, "useForStep4Button");
    QVERIFY(use->isEnabled());
    QTest::keyClick(use, Qt::Key_Space);
    // python3 on the CSV: of 505 customers with a purchase (a line of positive quantity),
    // 144 bought on one day only, 361 on two or more: 28.5149% and 71.4851%, to 0.1.
    QCOMPARE(relationshipShare(fx, &RelationshipState::oneTimeSharePct), 28.5);
    QCOMPARE(relationshipShare(fx, &RelationshipState::repeatSharePct), 71.5);
    QVERIFY(relationshipShare(fx, &RelationshipState::advancedSharePct) != 10.0);
    undoInWindow(fx);  // one step undoes all three
    QCOMPARE(relationshipShare(fx, &RelationshipState::oneTimeSharePct), 38.0);
    QCOMPARE(relationshipShare(fx, &RelationshipState::repeatSharePct), 52.0);
    QCOMPARE(relationshipShare(fx, &RelationshipState::advancedSharePct), 10.0);
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(crm::testing::currentCycleOf(onDisk).relationship.oneTimeSharePct.value_or(-1.0),
             38.0);
}

void GuiCustomerLinkTest::stepSixSegmentsAreUndoable() {
    GuiFixture fx;
    gui::attachCustomerData(fx.window());
    importSample(fx);
    QCOMPARE(fx.cycle().segments.size(), std::size_t{2});
    auto* page = fx.window().findChild<gui::CustomerDataPage*>();
    QTest::keyClick(child<QPushButton>(page, "useForStep6Button"), Qt::Key_Space);
    gui::SegmentFiguresDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = fx.window().findChild<gui::SegmentFiguresDialog*>()), 60000);
    // The CSV's segment column has 5 names (cut -f7 | sort -u), none of them a sample segment.
    const auto offered = dialog->assignments();
    QCOMPARE(offered.size(), 5);
    // "Key accounts" (729 lines) goes into the sample's "Contract offices" instead.
    int keyAccounts = -1;
    for (int row = 0; row < offered.size(); ++row)
        if (offered[row].figures.name == "Key accounts") keyAccounts = row;
    QVERIFY(keyAccounts >= 0);
    QComboBox* target = dialog->targetCombo(keyAccounts);
    target->setFocus();
    // The combo's keyboard search finds the first "Update …" item, the sample's first segment
    // (QTest types ASCII only, so not the quote that follows).
    QTest::keyClicks(target, QStringLiteral("Update"));
    QCOMPARE(target->currentData().toString(), QStringLiteral("seg-1"));
    const QString shots = qEnvironmentVariable("CRMW_SHOTS_DIR");
    if (!shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("segment-figures.png")));
    QTest::keyClick(child<QPushButton>(dialog, "useFiguresButton"), Qt::Key_Space);
    QCOMPARE(fx.cycle().segments.size(), std::size_t{6});  // 2 + 4 new
    const Segment& updated = fx.cycle().segments[0];
    QCOMPARE(updated.name, std::string("Contract offices"));
    // python3 on the CSV: every customer buys in one segment; "Key accounts" has 14 customers
    // with amounts summing to 1,763,058.16.
    QCOMPARE(updated.customers, std::optional<std::int64_t>(14));
    QCOMPARE(updated.revenue, std::optional<Money>(Money{1'763'058'160}));
    QCOMPARE(updated.description, std::string("Firms with a yearly supply contract"));
    undoInWindow(fx);
    QCOMPARE(fx.cycle().segments.size(), std::size_t{2});
    QCOMPARE(fx.cycle().segments[0].customers, std::optional<std::int64_t>(1800));
}

QTEST_MAIN(GuiCustomerLinkTest)
#include "test_gui_customer_link.moc"
