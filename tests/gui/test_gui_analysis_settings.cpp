// Customer data > Analysis settings… driven with the keyboard only: a calibration end and a
// horizon typed into the dialog, Enter, and the page analyses the lines again with a holdout
// check; Ctrl+Z brings the old settings back (and the page follows); Esc changes nothing.
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include "gui/app/document_session.h"
#include "gui/common/date_line_edit.h"
#include "gui/common/language.h"
#include "gui/customer_data/analysis_settings_dialog.h"
#include "gui/customer_data/customer_data_link.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/database_analysis_dialog.h"
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

gui::CustomerDataPage* importSample(GuiFixture& fx) {
    gui::MainWindow& window = fx.window();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto* page = window.findChild<gui::CustomerDataPage*>();
    gui::TransactionImportDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (dialog = page->findChild<gui::TransactionImportDialog*>()) &&
                       dialog->isVisible();
            },
            60000))
        return nullptr;
    auto* file = child<QLineEdit>(dialog, "fileEdit");
    file->setFocus();
    QTest::keyClicks(file, sampleCsv());
    QTest::keyClick(file, Qt::Key_Return);
    auto* result = child<QWidget>(dialog, "resultPage");
    if (!QTest::qWaitFor([&] { return result->isVisible() && !dialog->isImporting(); }, 60000))
        return nullptr;
    QTest::keyClick(child<QPushButton>(dialog, "closeButton"), Qt::Key_Space);
    return page;
}

bool analysed(gui::CustomerDataPage* page) {
    return QTest::qWaitFor(
        [page] { return page->snapshot() && page->snapshot()->hasData() && !page->isBusy(); },
        120000);
}

// The page's button, pressed with the space bar; the dialog that opens.
gui::AnalysisSettingsDialog* openDialog(gui::CustomerDataPage* page) {
    auto* button = child<QPushButton>(page, "analysisSettingsButton");
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    gui::AnalysisSettingsDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (dialog = page->findChild<gui::AnalysisSettingsDialog*>()) != nullptr; },
        10000);
    if (dialog && !QTest::qWaitForWindowActive(dialog, 10000)) return nullptr;
    return dialog;
}

// Replaces what a spin box or date edit shows by typing, as a user does after Ctrl+A.
void typeInto(QWidget* editor, const QString& text) {
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
}

// Ctrl+Z on the window. The offscreen platform leaves no window active after a dialog closes
// (a window manager gives it back), and the window's shortcuts need it active.
void undoInWindow(GuiFixture& fx) {
    fx.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&fx.window(), 60000));
    QTest::keyClick(&fx.window(), Qt::Key_Z, Qt::ControlModifier);
}

// The expected text in the window's language: CTest runs English; CRMW_LANGUAGE=de run by hand
// (for the German screenshots) checks the German words.
QString inWindowLanguage(const char* english, const char* german) {
    return gui::windowLanguage() == QLatin1String("de") ? QString::fromUtf8(german)
                                                        : QString::fromUtf8(english);
}

QString summaryOf(gui::CustomerDataPage* page) {
    return child<QLabel>(page, "importSummaryLabel")->text();
}

}  // namespace

class GuiAnalysisSettingsTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void holdoutSetInTheDialogAndUndone();
    void escapeChangesNothing();
};

void GuiAnalysisSettingsTest::holdoutSetInTheDialogAndUndone() {
    GuiFixture fx;
    fx.window().resize(1366, 768);
    gui::attachCustomerData(fx.window());
    gui::DocumentSession& session = fx.window().session();
    QVERIFY(!session.assessment().customerAnalysis.calibrationEnd);  // the test workshop has none
    gui::CustomerDataPage* page = importSample(fx);
    QVERIFY(page);
    QVERIFY(analysed(page));
    QVERIFY(!page->snapshot()->analysis.holdout);
    QVERIFY(
        summaryOf(page).contains(inWindowLanguage("no holdout check", "keine Holdout-Prüfung")));
    const int undoSteps = session.undoStack()->count();

    const QString shots = qEnvironmentVariable("CRMW_SHOTS_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(300);  // the summary label's new height is laid out
        fx.window().grab().save(
            QDir(shots).filePath(QStringLiteral("analysis-settings-before.png")));
    }
    gui::AnalysisSettingsDialog* dialog = openDialog(page);
    QVERIFY(dialog);
    if (!shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("analysis-settings-opened.png")));
    auto* holdout = child<QCheckBox>(dialog, "holdoutCheckBox");
    auto* date = child<gui::DateLineEdit>(dialog, "calibrationEndEdit");
    QVERIFY(!holdout->isChecked());
    QVERIFY(!date->isEnabled());
    QVERIFY(child<QLabel>(dialog, "holdoutNote")
                ->text()
                .startsWith(inWindowLanguage("No holdout check", "Keine Holdout-Prüfung")));
    QVERIFY(holdout->hasFocus());  // the first field
    QTest::keyClick(holdout, Qt::Key_Space);
    QVERIFY(date->isEnabled());
    // The sample CSV runs from 2024-01-02 to 2026-10-30 (cut -d, -f2 | sort): the day before the
    // last is the latest calibration end, the first day the earliest.
    QCOMPARE(date->maximumDate(), QDate(2026, 10, 29));
    QCOMPARE(date->minimumDate(), QDate(2024, 1, 2));
    QTest::keyClick(dialog, gui::windowLanguage() == QLatin1String("de") ? Qt::Key_K : Qt::Key_C,
                    Qt::AltModifier);  // "&Calibration end:", "&Kalibrierungsende:"
    QVERIFY(date->hasFocus());
    // A day that does not exist is refused: Enter keeps the dialog open on the date.
    const QDate offered = date->date();
    typeInto(date, inWindowLanguage("2026-02-31", "31.02.2026"));
    QTest::keyClick(date, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(date->hasFocus());
    QVERIFY(date->property("state") == QStringLiteral("refused"));
    QCOMPARE(date->date(), offered);
    QCOMPARE(session.undoStack()->count(), undoSteps);
    if (!shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("analysis-settings-refused.png")));
    typeInto(date, inWindowLanguage("2026-04-30", "30042026"));  // German: the edit adds the dots
    QCOMPARE(date->date(), QDate(2026, 4, 30));
    QVERIFY(child<QLabel>(dialog, "holdoutNote")
                ->text()
                .contains(inWindowLanguage("2026-04-30", "30.04.2026")));
    // Alt+H goes to the horizon (its label's mnemonic).
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    auto* horizon = child<QSpinBox>(dialog, "horizonMonthsSpin");
    QVERIFY(horizon->hasFocus());
    typeInto(horizon, QStringLiteral("24"));
    QCOMPARE(horizon->value(), 24);
    if (!shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("analysis-settings-dialog.png")));
    QTest::keyClick(horizon, Qt::Key_Return);  // OK is the default button

    // One undo step holds the change; the document has it; the page analysed again.
    QCOMPARE(session.undoStack()->count(), undoSteps + 1);
    QCOMPARE(session.undoStack()->undoText(),
             inWindowLanguage("Change analysis settings", "Analyseeinstellungen ändern"));
    const CustomerAnalysisSettings& changed = session.assessment().customerAnalysis;
    QCOMPARE(changed.calibrationEnd, parseIsoDate("2026-04-30"));
    QCOMPARE(changed.horizonMonths, 24);
    QCOMPARE(changed.period, customers::PeriodConvention::Days);  // untouched
    QCOMPARE(changed.monthlyDiscountRate, 0.01);
    QVERIFY(QTest::qWaitFor(
        [page] {
            return page->snapshot() && page->snapshot()->analysis.holdout && !page->isBusy();
        },
        120000));
    QCOMPARE(page->snapshot()->options.months, 24);
    // The holdout scorecard: the models' errors on the purchases after the calibration end.
    QVERIFY(child<QLabel>(page, "modelDetailsLabel")
                ->text()
                .contains(inWindowLanguage("Holdout error per customer",
                                           "Prognosefehler je Kunde (Kontrollzeitraum)")));
    QVERIFY(summaryOf(page).contains(inWindowLanguage(
        "holdout check: fitted up to 2026-04-30", "Holdout-Prüfung: geschätzt bis 30.04.2026")));
    QVERIFY(summaryOf(page).contains(inWindowLanguage("next 24 months", "nächsten 24 Monate")));
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        fx.window().grab().save(QDir(shots).filePath(QStringLiteral("analysis-settings-page.png")));
    }
    // The database analysis fits with the same settings, the holdout included (the server
    // splits each history at the calibration end).
    page->openDatabaseDialog();
    auto* database = page->findChild<gui::DatabaseAnalysisDialog*>();
    QVERIFY(database);
    QCOMPARE(database->analysisOptions().months, 24);
    QCOMPARE(database->analysisOptions().discountRate.perMonth(), 0.01);
    QVERIFY(database->analysisOptions().period == customers::PeriodConvention::Days);
    QCOMPARE(database->analysisOptions().calibrationEnd,
             std::optional<std::int32_t>(static_cast<std::int32_t>(
                 parseIsoDate("2026-04-30")->time_since_epoch().count())));
    database->close();  // as the title bar's close button does
    QTRY_VERIFY(!page->findChild<gui::DatabaseAnalysisDialog*>());

    // Ctrl+Z in the window brings the old settings back, and the page analyses without a check.
    undoInWindow(fx);
    QVERIFY(session.assessment().customerAnalysis == CustomerAnalysisSettings{});
    QVERIFY(QTest::qWaitFor(
        [page] {
            return page->snapshot() && !page->snapshot()->analysis.holdout && !page->isBusy();
        },
        120000));
    QCOMPARE(page->snapshot()->options.months, 12);
    QVERIFY(
        summaryOf(page).contains(inWindowLanguage("no holdout check", "keine Holdout-Prüfung")));
    QVERIFY(!child<QLabel>(page, "modelDetailsLabel")
                 ->text()
                 .contains(inWindowLanguage("Holdout error per customer",
                                            "Prognosefehler je Kunde (Kontrollzeitraum)")));
    // Redo, and the file keeps it.
    session.undoStack()->redo();
    QCOMPARE(fx.reloadFromDisk().customerAnalysis.horizonMonths, 24);
}

void GuiAnalysisSettingsTest::escapeChangesNothing() {
    GuiFixture fx;
    gui::attachCustomerData(fx.window());
    gui::DocumentSession& session = fx.window().session();
    gui::CustomerDataPage* page = importSample(fx);
    QVERIFY(page);
    QVERIFY(analysed(page));
    const CustomerAnalysisSettings before = session.assessment().customerAnalysis;
    const int undoSteps = session.undoStack()->count();
    gui::AnalysisSettingsDialog* dialog = openDialog(page);
    QVERIFY(dialog);
    QPointer<gui::AnalysisSettingsDialog> open(dialog);
    typeInto(child<QSpinBox>(dialog, "horizonMonthsSpin"), QStringLiteral("48"));
    QTest::keyClick(child<QSpinBox>(dialog, "horizonMonthsSpin"), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return open.isNull() || !open->isVisible(); }, 10000));
    QVERIFY(session.assessment().customerAnalysis == before);
    QCOMPARE(session.undoStack()->count(), undoSteps);
}

QTEST_MAIN(GuiAnalysisSettingsTest)
#include "test_gui_analysis_settings.moc"
