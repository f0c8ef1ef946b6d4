// File → Export Report…: the dialog driven with the keyboard writes PDF, HTML and JSON of the
// sample; Cancel and an unwritable folder leave no file; the PDF preview pages; the report gets
// the customer-value chart once the document holds transaction lines.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPdfDocument>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "engine/transactions/format_detection.h"
#include "engine/transactions/transaction_parser.h"
#include "gui/app/document_session.h"
#include "gui/report_export/report_export.h"
#include "gui/report_export/report_export_dialog.h"
#include "gui/report_export/report_preview.h"
#include "gui_test_support.h"
#include "store/transactions_store.h"

using namespace crm;
using crm::gui::ReportExportDialog;
using crm::testing::GuiFixture;

namespace {

QString shotsDir() { return qEnvironmentVariable("CRMW_SHOTS_DIR"); }

void saveShot(QWidget* widget, const QString& name) {
    if (!shotsDir().isEmpty()) widget->grab().save(QDir(shotsDir()).filePath(name));
}

// Opens the dialog the way a user does: Ctrl+Shift+G on the window. The offscreen platform
// leaves no window active after a dialog closes (a window manager gives it back).
ReportExportDialog* openDialog(GuiFixture& fx) {
    fx.window().activateWindow();
    if (!QTest::qWaitForWindowActive(&fx.window(), 60000)) qWarning("the window is not active");
    QTest::keyClick(&fx.window(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = fx.window().findChild<ReportExportDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog, 60000))
        qWarning("the dialog was not shown");
    return dialog;
}

template <typename T>
T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// Types the format's name into the focused combo (its keyboard search), then the file name.
void chooseFormatAndFile(ReportExportDialog* dialog, const QString& format, const QString& path) {
    auto* combo = child<QComboBox>(dialog, "formatCombo");
    combo->setFocus();
    QTest::keyClicks(combo, format);
    auto* edit = child<QLineEdit>(dialog, "outputEdit");
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, path);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void importSampleTransactions(gui::DocumentSession& session) {
    std::ifstream in(std::string(SAMPLES_DIR) + "/quillmere-transactions.csv", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const std::string buffer = text.str();
    const auto detected = transactions::detectFormat(buffer);
    transactions::ImportOptions options;
    options.dialect = detected.dialect;
    options.mapping = *detected.suggestedMapping();
    const auto parsed = transactions::parseTransactions(buffer, options);
    QVERIFY(parsed.ok());
    store::TransactionImportInfo info;
    info.sourceName = "quillmere-transactions.csv";
    info.stats = parsed.stats;
    store::storeTransactions(session.document(), parsed.table, info);
}

}  // namespace

class GuiExportTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void actionFollowsTheDocument();
    void writesEachFormat_data();
    void writesEachFormat();
    void pdfPreviewPagesAndWindowStaysResponsive();
    void cancelLeavesNoFile();
    void unwritableFolderIsNamed();
    void customerValueChartComesFromTransactions();
    void briefChoiceWritesTheBrief();
    void languageChoiceDefaultsToTheDocumentAndWritesGerman();
    void sectionChoiceIsKeptInTheDocument();
};

void GuiExportTest::actionFollowsTheDocument() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    auto* action = fx.window().findChild<QAction*>(QStringLiteral("actionExportReport"));
    QVERIFY(action);
    QVERIFY(fx.window().fileMenu()->actions().contains(action));
    QVERIFY(action->isEnabled());
    fx.window().closeDocument();
    QVERIFY(!action->isEnabled());
}

void GuiExportTest::writesEachFormat_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("PDF");
    QTest::newRow("html") << QStringLiteral("HTML");
    QTest::newRow("json") << QStringLiteral("JSON");
}

void GuiExportTest::writesEachFormat() {
    QFETCH(QString, format);
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.") + format.toLower());
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, format, path);
    QVERIFY(child<QComboBox>(dialog, "formatCombo")->currentText().startsWith(format));
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);  // Export
    QVERIFY(dialog->isExporting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QCOMPARE(dialog->errorText(), QString());
    QCOMPARE(dialog->writtenPath(), path);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".tmp")));
    const QByteArray bytes = readAll(path);
    // The sample's company (tests/gui/sample_workshop.cpp) is on the title of every format.
    const QByteArray company = "Nordlicht Office Supplies";
    if (format == QStringLiteral("PDF")) {
        QVERIFY(bytes.startsWith("%PDF"));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() > 1, qPrintable(QString::number(pdf.pageCount())));
        QVERIFY(pdf.getAllText(0).text().contains(QString::fromLatin1(company)));
    } else if (format == QStringLiteral("HTML")) {
        QVERIFY(bytes.startsWith("<!DOCTYPE html") || bytes.startsWith("<!doctype html"));
        const int title = bytes.indexOf("<title>");
        QVERIFY(title >= 0);
        QVERIFY(bytes.mid(title, bytes.indexOf("</title>") - title).contains(company));
    } else {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isObject());
        QVERIFY(bytes.contains(company));
        QVERIFY(!bytes.contains("of net value"));  // no transaction lines: no customer part
    }
    // The file is remembered for this document: the next export proposes it again.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!fx.window().findChild<ReportExportDialog*>(), 60000);
    ReportExportDialog* again = openDialog(fx);
    QVERIFY(again);
    QCOMPARE(again->outputPath(), path);
    QVERIFY(child<QComboBox>(again, "formatCombo")->currentText().startsWith(format));
}

void GuiExportTest::pdfPreviewPagesAndWindowStaysResponsive() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("preview.pdf"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("PDF"), path);
    // The GUI thread keeps turning while the worker writes: the worker is held at its start
    // until a 10 ms timer on the GUI thread has fired five times (a blocked GUI thread never
    // gets there and the test fails by timeout, whatever the machine's speed).
    std::atomic<int> ticks{0};
    std::atomic<bool> workerStarted{false};
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    dialog->setWorkerStartHook([&] {
        workerStarted = true;
        const int from = ticks.load();
        while (ticks.load() < from + 5) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    heartbeat.start(10);
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);
    QVERIFY(dialog->isExporting());
    saveShot(dialog, QStringLiteral("export-progress.png"));
    QTRY_VERIFY_WITH_TIMEOUT(workerStarted.load(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    heartbeat.stop();
    dialog->setWorkerStartHook({});  // later exports run free
    QVERIFY(ticks >= 5);

    gui::ReportPreview* preview = dialog->preview();
    QVERIFY(preview->isVisible());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QCOMPARE(preview->pageCount(), pdf.pageCount());
    QCOMPARE(preview->currentPage(), 0);
    QCOMPARE(child<QLabel>(preview, "pageLabel")->text(),
             QStringLiteral("Page 1 of %1").arg(pdf.pageCount()));
    // A button's shortcut clicks it after its pressed look (animateClick): QTRY.
    QTest::keyClick(dialog, Qt::Key_PageDown);
    QTRY_COMPARE_WITH_TIMEOUT(preview->currentPage(), 1, 60000);
    QTest::keyClick(dialog, Qt::Key_PageDown);
    QTRY_COMPARE_WITH_TIMEOUT(preview->currentPage(), 2, 60000);
    QTest::qWait(200);
    saveShot(dialog, QStringLiteral("export-preview.png"));
    QTest::keyClick(dialog, Qt::Key_PageUp);
    QTRY_COMPARE_WITH_TIMEOUT(preview->currentPage(), 1, 60000);
    QVERIFY(child<QPushButton>(dialog, "openFileButton")->isVisible());
    QVERIFY(child<QPushButton>(dialog, "openFolderButton")->isVisible());
}

void GuiExportTest::cancelLeavesNoFile() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cancelled.pdf"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("PDF"), path);
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);
    QVERIFY(dialog->isExporting());
    // The Cancel button, pressed with the keyboard while the report is written.
    auto* cancel = child<QPushButton>(dialog, "exportCancelButton");
    QVERIFY(cancel->isVisible());
    QTest::keyClick(cancel, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("Cancelled")));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList());  // no .tmp left either
}

void GuiExportTest::unwritableFolderIsNamed() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("no-such-folder/report.html"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("HTML"), path);
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QVERIFY2(dialog->errorText().contains(path), qPrintable(dialog->errorText()));
    QVERIFY(child<QLabel>(dialog, "exportErrorLabel")->isVisible());
    QVERIFY(!QFileInfo::exists(path));
    saveShot(dialog, QStringLiteral("export-error.png"));
}

void GuiExportTest::customerValueChartComesFromTransactions() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    importSampleTransactions(fx.window().session());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("with-customers.json"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("JSON"), path);
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    const QByteArray bytes = readAll(path);
    // The report's customer part (section 6) from the lines the document now holds. Net value
    // per customer summed from the CSV with python3 (decimal): 505 customers,
    // top ceil(505/5) = 101 bring 83.94% of 3,853,663.28; 81 customers (16.04%) make 80%;
    // Gini 1 - sum(C_{i-1} + C_i) / (n * total) = 0.8157.
    QVERIFY2(bytes.contains("Top 20% of customers: 84% of net value"), bytes.left(400));
    QVERIFY(bytes.contains("80% of net value from 16% of customers"));
    QVERIFY(bytes.contains("Gini coefficient: 0.82"));
}

QTEST_MAIN(GuiExportTest)

// "Contents: Brief" in the dialog writes the two-page brief instead of the full report.
void GuiExportTest::briefChoiceWritesTheBrief() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("brief.html"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("HTML"), path);
    auto* contents = child<QComboBox>(dialog, "contentCombo");
    QVERIFY(contents);
    QCOMPARE(contents->currentText(), QStringLiteral("Full report"));
    contents->setFocus();
    QTest::keyClicks(contents, QStringLiteral("Brief"));
    QVERIFY(contents->currentText().startsWith(QStringLiteral("Brief")));
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);  // Export
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QCOMPARE(dialog->errorText(), QString());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.contains("<header class=\"brief-header\">"));
    QVERIFY(bytes.contains("What we ask of you"));
    QVERIFY(!bytes.contains("<nav class=\"toc\">"));
}

// The Language choice starts at the document's language; German writes a German report, and
// the choice is for this report only (the document keeps its language).
void GuiExportTest::languageChoiceDefaultsToTheDocumentAndWritesGerman() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("german.html"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    chooseFormatAndFile(dialog, QStringLiteral("HTML"), path);
    auto* language = child<QComboBox>(dialog, "languageCombo");
    QVERIFY(language);
    QCOMPARE(language->count(), 2);
    QCOMPARE(language->currentText(), QStringLiteral("English"));  // the fixture is English
    language->setFocus();
    QTest::keyClicks(language, QStringLiteral("D"));
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    saveShot(dialog, QStringLiteral("export-language.png"));
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);  // Export
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QCOMPARE(dialog->errorText(), QString());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.contains("<html lang=\"de\">"));
    QVERIFY(QString::fromUtf8(bytes).contains(
        QStringLiteral("Zusammenfassung für die Geschäftsführung")));
    QVERIFY(!bytes.contains("<h2>Executive summary</h2>"));
    QCOMPARE(fx.window().session().assessment().language, std::string("en"));
}

// Clearing a section's box leaves it out of the report and keeps the choice in the document
// (one undoable edit), so the next export, and next year's, has the same shape.
void GuiExportTest::sectionChoiceIsKeptInTheDocument() {
    GuiFixture fx;
    gui::attachReportExport(fx.window());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("shaped.html"));
    ReportExportDialog* dialog = openDialog(fx);
    QVERIFY(dialog);
    auto* step2 = child<QCheckBox>(dialog, "section_step-2");
    auto* methodology = child<QCheckBox>(dialog, "section_methodology");
    QVERIFY(step2 && methodology);
    QVERIFY(step2->isChecked());  // the fixture leaves nothing out
    saveShot(dialog, QStringLiteral("export-sections.png"));
    step2->setFocus();
    QTest::keyClick(step2, Qt::Key_Space);
    methodology->setFocus();
    QTest::keyClick(methodology, Qt::Key_Space);
    QCOMPARE(dialog->sectionsLeftOut(), (std::vector<std::string>{"methodology", "step-2"}));
    chooseFormatAndFile(dialog, QStringLiteral("HTML"), path);
    QTest::keyClick(child<QLineEdit>(dialog, "outputEdit"), Qt::Key_Return);  // Export
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QCOMPARE(dialog->errorText(), QString());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.contains("id=\"step-1\""));
    QVERIFY(bytes.contains("id=\"step-3\""));
    QVERIFY(bytes.contains("id=\"changes\""));  // the fixture has an earlier cycle
    QVERIFY(!bytes.contains("id=\"step-2\""));
    QVERIFY(!bytes.contains("id=\"methodology\""));

    auto& session = fx.window().session();
    QCOMPARE(session.assessment().reportSectionsLeftOut,
             (std::vector<std::string>{"methodology", "step-2"}));
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Choose the report's sections"));
    session.undoStack()->undo();
    QVERIFY(session.assessment().reportSectionsLeftOut.empty());
    session.undoStack()->redo();
    QCOMPARE(session.assessment().reportSectionsLeftOut.size(), std::size_t{2});
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(onDisk.reportSectionsLeftOut, (std::vector<std::string>{"methodology", "step-2"}));
    // A new dialog shows the kept choice.
    ReportExportDialog* again = openDialog(fx);
    QVERIFY(again);
    QVERIFY(!child<QCheckBox>(again, "section_step-2")->isChecked());
    QVERIFY(child<QCheckBox>(again, "section_step-3")->isChecked());
    again->close();
}

#include "test_gui_export.moc"
