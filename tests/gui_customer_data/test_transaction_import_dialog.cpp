// The transaction import dialog against real .crmw files: detection and preview, the sample
// import, bad lines by number (skip), nothing imported (stop, cancel while reading, cancel while
// writing on 300,000 lines with the event loop running), overrides of the detected layout.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "engine/transactions/transaction_parser.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "import_fixture.h"
#include "store/transactions_store.h"

using crm::gui::TransactionImportDialog;
using crm::gui::customer_data::ImportOutcome;
using crm::testing::TempDocument;

using crm::testing::child;

namespace {

// Line numbers are physical: the header is line 1; the quoted field of line 10 runs into 11.
const QByteArray kBadLinesCsv =
    "customer_id,date,amount\n"        // 1
    "C1,2024-01-05,10.00\n"            // 2
    "C2,2024-01-06,20.50\n"            // 3
    "C3,2024-13-45,5.00\n"             // 4  impossible date
    "C1,2024-02-01,7.25\n"             // 5
    "C2,2024-02-03,abc\n"              // 6  not an amount
    ",2024-02-04,3.00\n"               // 7  no customer id: counted, not imported
    "C4,2024-02-05\n"                  // 8  two fields, three expected
    "\"C5\",\"2024-02-06\",\"1.5\"\n"  // 9
    "C6,2024-02-07,\"12\n"             // 10 a quoted amount with a line break
    "5\"\n"                            // 11
    "C7,2024-02-08,4.00\n";            // 12

qulonglong figure(TransactionImportDialog& dialog, const char* name) {
    return child<QLabel>(dialog, name)->property("value").toULongLong();
}

void selectColumn(TransactionImportDialog& dialog, const char* combo, int column) {
    child<QComboBox>(dialog, combo)
        ->setCurrentIndex(column);  // item n is column n; item 0 is "none"
}

}  // namespace

class TransactionImportDialogTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void detectsTheSampleLayoutAndPreviewsTwentyRows() {
        TempDocument doc;
        TransactionImportDialog dialog(doc.document());
        auto* preview = child<QTableView>(dialog, "previewView");
        QAbstractItemModelTester tester(preview->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.setFilePath(crm::testing::sampleCsv()));
        QCOMPARE(preview->model()->rowCount(), 20);
        QCOMPARE(preview->model()->columnCount(), 7);
        QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("2"));  // line numbers
        QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("C0027"));
        QVERIFY(child<QCheckBox>(dialog, "headerCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "decimalCommaCheck")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "customerCombo")->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(dialog, "dateCombo")->currentIndex(), 2);
        QCOMPARE(child<QComboBox>(dialog, "orderCombo")->currentIndex(), 3);
        QCOMPARE(child<QComboBox>(dialog, "quantityCombo")->currentIndex(), 4);
        QCOMPARE(child<QComboBox>(dialog, "amountCombo")->currentIndex(), 5);
        QCOMPARE(child<QComboBox>(dialog, "costCombo")->currentIndex(), 6);
        QCOMPARE(child<QComboBox>(dialog, "segmentCombo")->currentIndex(), 7);
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        const auto options = dialog.importOptions();
        QVERIFY(options);
        QCOMPARE(options->mapping.customer, crm::transactions::ColumnRef::byName("customer_id"));
        QCOMPARE(options->mapping.dateFormat, crm::transactions::DateFormat::IsoDate);
    }

    void importsTheSampleCsv() {
        TempDocument doc;
        TransactionImportDialog dialog(doc.document());
        QSignalSpy imported(&dialog, &TransactionImportDialog::transactionsImported);
        QVERIFY(dialog.setFilePath(crm::testing::sampleCsv()));
        dialog.setOnError(crm::transactions::OnError::Skip);
        const auto options = dialog.importOptions();
        QVERIFY(options);
        QVERIFY(crm::testing::runImport(dialog));
        QCOMPARE(dialog.outcome().kind, ImportOutcome::Kind::Imported);
        QCOMPARE(imported.count(), 1);

        // The engine's own parse of the same file with the same options gives the expected counts.
        const auto expected = crm::transactions::parseTransactionsFile(
            crm::testing::sampleCsv().toStdString(), *options);
        QVERIFY(expected.ok());
        QVERIFY(expected.stats.imported > 3000);
        QCOMPARE(figure(dialog, "countRead"), expected.stats.rowsRead);
        QCOMPARE(figure(dialog, "countImported"), expected.stats.imported);
        QCOMPARE(figure(dialog, "countSkippedBad"), expected.stats.skippedBad);
        QCOMPARE(figure(dialog, "countSkippedNoCustomer"), expected.stats.skippedNoCustomer);
        QVERIFY(child<QLabel>(dialog, "resultHeadline")
                    ->text()
                    .contains(QStringLiteral("quillmere-transactions.csv")));

        const auto imports = crm::store::listTransactionImports(doc.document());
        QCOMPARE(imports.size(), std::size_t{1});
        QCOMPARE(imports[0].sourceName, std::string("quillmere-transactions.csv"));
        QCOMPARE(imports[0].stats.imported, expected.stats.imported);
        QVERIFY(imports[0].hasCost && imports[0].hasSegment && imports[0].hasOrder &&
                imports[0].hasQuantity);
        const auto table = crm::store::loadTransactions(doc.document());
        QCOMPARE(table.size(), expected.table.size());
        QCOMPARE(table.amount, expected.table.amount);
        QCOMPARE(table.customerIds, expected.table.customerIds);
    }

    void skipModeListsBadLinesByNumber() {
        TempDocument doc;
        crm::testing::writeFile(doc.file(QStringLiteral("bad.csv")), kBadLinesCsv);
        TransactionImportDialog dialog(doc.document());
        auto* badLines = child<QTableView>(dialog, "badLinesView");
        QAbstractItemModelTester tester(badLines->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.setFilePath(doc.file(QStringLiteral("bad.csv"))));
        // The impossible date and the text amount keep those columns from being recognised:
        // the user maps them by hand, as the dialog asks.
        selectColumn(dialog, "customerCombo", 1);
        selectColumn(dialog, "dateCombo", 2);
        selectColumn(dialog, "amountCombo", 3);
        child<QComboBox>(dialog, "dateFormatCombo")->setCurrentIndex(0);  // %Y-%m-%d
        dialog.setOnError(crm::transactions::OnError::Skip);
        QVERIFY2(dialog.importOptions(), qPrintable(child<QLabel>(dialog, "problemLabel")->text()));
        QVERIFY(crm::testing::runImport(dialog));
        QCOMPARE(dialog.outcome().kind, ImportOutcome::Kind::Imported);
        QCOMPARE(figure(dialog, "countRead"), 10ull);
        QCOMPARE(figure(dialog, "countImported"), 5ull);  // lines 2, 3, 5, 9, 12
        QCOMPARE(figure(dialog, "countSkippedBad"), 4ull);
        QCOMPARE(figure(dialog, "countSkippedNoCustomer"), 1ull);

        const QAbstractItemModel* m = badLines->model();
        QCOMPARE(m->rowCount(), 5);
        const int lines[] = {4, 6, 7, 8, 10};
        for (int row = 0; row < 5; ++row) QCOMPARE(m->index(row, 0).data().toInt(), lines[row]);
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("date (2)"));
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("2024-13-45"));
        QCOMPARE(m->index(1, 1).data().toString(), QStringLiteral("amount (3)"));
        QCOMPARE(m->index(1, 2).data().toString(), QStringLiteral("abc"));
        QVERIFY(m->index(2, 3).data().toString().contains(QStringLiteral("no customer id")));
        QCOMPARE(m->index(3, 1).data().toString(), QStringLiteral("whole line"));
        QVERIFY(!m->index(3, 3).data().toString().isEmpty());
        QCOMPARE(m->index(4, 1).data().toString(), QStringLiteral("amount (3)"));

        const auto table = crm::store::loadTransactions(doc.document());
        QCOMPARE(table.size(), std::size_t{5});
        QCOMPARE(table.sourceLine, (std::vector<std::uint32_t>{2, 3, 5, 9, 12}));
        QCOMPARE(table.amount, (std::vector<std::int64_t>{10000, 20500, 7250, 1500, 4000}));
    }

    void stopModeImportsNothing() {
        TempDocument doc;
        crm::testing::writeFile(doc.file(QStringLiteral("bad.csv")), kBadLinesCsv);
        const QByteArray before = doc.bytes();
        TransactionImportDialog dialog(doc.document());
        QSignalSpy imported(&dialog, &TransactionImportDialog::transactionsImported);
        QVERIFY(dialog.setFilePath(doc.file(QStringLiteral("bad.csv"))));
        selectColumn(dialog, "customerCombo", 1);
        selectColumn(dialog, "dateCombo", 2);
        selectColumn(dialog, "amountCombo", 3);
        dialog.setOnError(crm::transactions::OnError::Stop);
        QVERIFY(crm::testing::runImport(dialog));
        const ImportOutcome& o = dialog.outcome();
        QCOMPARE(o.kind, ImportOutcome::Kind::StoppedOnError);
        QVERIFY2(QString::fromStdString(o.message).contains(QStringLiteral("bad.csv: line 4")),
                 o.message.c_str());
        QCOMPARE(imported.count(), 0);
        QCOMPARE(figure(dialog, "countImported"), 0ull);
        QCOMPARE(child<QTableView>(dialog, "badLinesView")->model()->index(0, 0).data().toInt(), 4);
        QCOMPARE(doc.bytes(), before);
        QVERIFY(!doc.journalLeft());
        QVERIFY(crm::store::listTransactionImports(doc.document()).empty());
    }

    void cancelWhileReadingImportsNothing() {
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("big.csv"));
        crm::testing::writeGeneratedCsv(csv, 300'000);
        const QByteArray before = doc.bytes();
        TransactionImportDialog dialog(doc.document());
        dialog.show();
        QVERIFY(dialog.setFilePath(csv));
        QVERIFY(dialog.startImport());
        auto* cancel = child<QPushButton>(dialog, "cancelButton");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);  // the worker stops at its first progress point
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 120000);
        QCOMPARE(dialog.outcome().kind, ImportOutcome::Kind::Cancelled);
        QCOMPARE(dialog.outcome().writeSeconds, 0.0);  // never reached the document
        QVERIFY(
            QString::fromStdString(dialog.outcome().message).contains(QStringLiteral("big.csv")));
        QCOMPARE(doc.bytes(), before);
        QVERIFY(crm::store::listTransactionImports(doc.document()).empty());
    }

    void cancelWhileWritingRollsBackAndTheWindowStaysResponsive() {
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("big.csv"));
        crm::testing::writeGeneratedCsv(csv, 300'000);
        const QByteArray before = doc.bytes();
        TransactionImportDialog dialog(doc.document());
        dialog.show();
        QVERIFY(dialog.setFilePath(csv));

        // The worker is held in the middle of writing until the GUI thread has shown the
        // progress and kept its timers running: a GUI thread that waited on the worker would
        // never get there, so the test fails by timeout instead of depending on speed.
        std::atomic<bool> workerHeld{false};
        std::atomic<bool> releaseWorker{false};
        std::atomic<std::size_t> cancelledAt{0};
        dialog.job().setWorkerObserver([&](const crm::gui::customer_data::ImportProgress& p) {
            if (p.phase != crm::gui::customer_data::ImportPhase::Writing || p.done == 0 ||
                cancelledAt != 0)
                return;
            workerHeld = true;
            while (!releaseWorker.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            cancelledAt = p.done;
            dialog.job().cancel();  // the user's Cancel; the next progress point sees it
        });
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
        heartbeat.start();
        QVERIFY(dialog.startImport());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(workerHeld.load(), 120000);
        const int ticksBefore = ticks;
        // While the lines are being written the bar has moved and the rate is shown.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.progressValue() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "rateLabel")->text().contains(QStringLiteral("/s")), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksBefore + 5, 60000);
        QVERIFY(dialog.isImporting());
        releaseWorker = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 120000);
        heartbeat.stop();
        QCOMPARE(dialog.outcome().kind, ImportOutcome::Kind::Cancelled);
        QVERIFY(cancelledAt > 0);
        QCOMPARE(doc.bytes(), before);
        QVERIFY(!doc.journalLeft());
        QVERIFY(crm::store::listTransactionImports(doc.document()).empty());
    }

    void unreadableFileIsNamed() {
        TempDocument doc;
        TransactionImportDialog dialog(doc.document());
        QVERIFY(!dialog.setFilePath(doc.file(QStringLiteral("missing.csv"))));
        QVERIFY(child<QLabel>(dialog, "detectionLabel")
                    ->text()
                    .contains(QStringLiteral("missing.csv")));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(!dialog.startImport());
    }

    void incompleteOrConflictingMappingDisablesImport() {
        TempDocument doc;
        TransactionImportDialog dialog(doc.document());
        QVERIFY(dialog.setFilePath(crm::testing::sampleCsv()));
        auto* importButton = child<QPushButton>(dialog, "importButton");
        QVERIFY(importButton->isEnabled());
        selectColumn(dialog, "customerCombo", 0);
        QVERIFY(!importButton->isEnabled());
        QVERIFY(
            child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("customer id")));
        selectColumn(dialog, "customerCombo", 5);  // the amount column
        QVERIFY(!importButton->isEnabled());
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("Column 5")));
        selectColumn(dialog, "customerCombo", 1);
        QVERIFY(importButton->isEnabled());
    }

    void semicolonDecimalCommaAndQuantityTimesUnitPrice() {
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("kassenbuch.csv"));
        crm::testing::writeFile(csv,
                                "kunde;datum;menge;einzelpreis\r\n"
                                "K1;31/01/2024;2;10,25\r\n"
                                "K2;01/02/2024;3;0,10\r\n"
                                "K1;15/02/2024;-1;10,25\r\n");
        TransactionImportDialog dialog(doc.document());
        QVERIFY(dialog.setFilePath(csv));
        QCOMPARE(child<QComboBox>(dialog, "delimiterCombo")->currentData().toInt(),
                 static_cast<int>(crm::transactions::Delimiter::Semicolon));
        QVERIFY(child<QCheckBox>(dialog, "decimalCommaCheck")->isChecked());
        // "menge" names the quantity; "einzelpreis" names nothing the detection knows, so no
        // column is taken for the price and Import waits for the user.
        QCOMPARE(child<QComboBox>(dialog, "quantityCombo")->currentIndex(), 3);
        QVERIFY(!dialog.importOptions());
        child<QRadioButton>(dialog, "quantityPriceModeRadio")->setChecked(true);
        QVERIFY(!child<QComboBox>(dialog, "amountCombo")->isEnabled());
        selectColumn(dialog, "unitPriceCombo", 4);
        QCOMPARE(dialog.importOptions()->mapping.dateFormat,
                 crm::transactions::DateFormat::DayMonthYear);
        QVERIFY(crm::testing::runImport(dialog));
        QCOMPARE(dialog.outcome().kind, ImportOutcome::Kind::Imported);
        const auto table = crm::store::loadTransactions(doc.document());
        QCOMPARE(table.amount,
                 (std::vector<std::int64_t>{20500, 300, -10250}));  // exact thousandths
        QCOMPARE(table.quantitySign, (std::vector<std::int32_t>{1, 1, -1}));
    }

    void importingTheSameFileAgainReplacesIt() {
        TempDocument doc;
        {
            TransactionImportDialog dialog(doc.document());
            QVERIFY(dialog.setFilePath(crm::testing::sampleCsv()));
            QVERIFY(!child<QCheckBox>(dialog, "replaceCheck")->isVisibleTo(&dialog));
            QVERIFY(crm::testing::runImport(dialog));
        }
        const std::size_t lines = crm::store::loadTransactions(doc.document()).size();
        TransactionImportDialog dialog(doc.document());
        QVERIFY(dialog.setFilePath(crm::testing::sampleCsv()));
        auto* replace = child<QCheckBox>(dialog, "replaceCheck");
        QVERIFY(replace->isVisibleTo(&dialog));
        QVERIFY(replace->isChecked());  // the same file name: counting it twice would be wrong
        QVERIFY(crm::testing::runImport(dialog));
        QCOMPARE(crm::store::listTransactionImports(doc.document()).size(), std::size_t{1});
        QCOMPARE(crm::store::loadTransactions(doc.document()).size(), lines);
    }
};

QTEST_MAIN(TransactionImportDialogTest)
#include "test_transaction_import_dialog.moc"
