// "Analyse from a database…" on the customer-data page against a real PostgreSQL 15 server that
// database_analysis.sh starts (its address and password come in CRMW_TEST_PG_* variables). The
// sample's lines are imported from a CSV file into a document and, the same lines, read from the
// server's table `sales`: the page must show the same figures both ways. The password must end
// up neither in the document nor in QSettings; a wrong password, no server, a missing table or
// column each say so; Cancel stops a running query.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <string>

#include "engine/model/field_value.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/database_analysis_dialog.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "import_fixture.h"

using crm::gui::CustomerDataPage;
using crm::gui::DatabaseAnalysisDialog;
using crm::gui::customer_data::DatabaseOutcome;
using crm::gui::customer_data::SnapshotPtr;
using crm::testing::TempDocument;

using crm::testing::child;

namespace {

QString server(const char* what) {
    return qEnvironmentVariable((std::string("CRMW_TEST_PG_") + what).c_str());
}

bool waitForAnalysis(CustomerDataPage& page) {
    QSignalSpy updated(&page, &CustomerDataPage::analysisUpdated);
    return (updated.wait(120000) || updated.count() > 0) && !page.isBusy();
}

// The sample's lines with only the columns the database analysis reads: customer, date,
// amount and cost (a segment would change the "advanced customers" figure, and the database
// path has no segments).
QString writeReducedSample(TempDocument& doc) {
    QFile in(crm::testing::sampleCsv());
    if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read the sample");
    QByteArray out;
    while (!in.atEnd()) {
        const QList<QByteArray> f = in.readLine().trimmed().split(',');
        // customer_id,date,order_id,quantity,amount,cost,segment (no commas inside fields)
        out += f[0] + ',' + f[1] + ',' + f[4] + ',' + f[5] + '\n';
    }
    const QString path = doc.file(QStringLiteral("sales.csv"));
    crm::testing::writeFile(path, out);
    return path;
}

void importThroughDialog(TempDocument& doc, const QString& csv) {
    crm::gui::TransactionImportDialog dialog(doc.document());
    if (!dialog.setFilePath(csv)) qFatal("cannot read %s", qPrintable(csv));
    const auto options = dialog.importOptions();
    if (!options || !options->mapping.cost || !crm::testing::runImport(dialog))
        qFatal("the import of %s failed or mapped no cost", qPrintable(csv));
}

DatabaseAnalysisDialog* openDialog(CustomerDataPage& page) {
    page.openDatabaseDialog();
    return page.findChild<DatabaseAnalysisDialog*>();
}

// The server of the test, the table `sales` and its columns, typed as a user would.
void fill(DatabaseAnalysisDialog& d, const QString& password) {
    const std::pair<const char*, QString> fields[] = {
        {"hostEdit", server("HOST")},           {"databaseEdit", server("DATABASE")},
        {"userEdit", server("USER")},           {"passwordEdit", password},
        {"tableEdit", QStringLiteral("sales")}, {"customerEdit", QStringLiteral("customer_id")},
        {"dateEdit", QStringLiteral("date")},   {"amountEdit", QStringLiteral("amount")},
        {"costEdit", QStringLiteral("cost")}};
    for (const auto& [name, text] : fields) {
        QLineEdit* edit = child<QLineEdit>(d, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    child<QSpinBox>(d, "portSpin")->setValue(server("PORT").toInt());
    child<QRadioButton>(d, "tableRadio")->setChecked(true);
}

// Runs the dialog to its end; the outcome.
DatabaseOutcome::Kind run(DatabaseAnalysisDialog& d) {
    QSignalSpy finished(&d, &DatabaseAnalysisDialog::analysisFinished);
    QPushButton* analyse = child<QPushButton>(d, "analyseButton");
    if (!analyse->isEnabled()) qFatal("Analyse is disabled: %s", qPrintable(analyse->toolTip()));
    QTest::mouseClick(analyse, Qt::LeftButton);
    if (!finished.wait(120000) && finished.isEmpty()) qFatal("the analysis did not finish");
    return d.outcome().kind;
}

QString problemOf(DatabaseAnalysisDialog& d) { return child<QLabel>(d, "problemLabel")->text(); }

std::map<std::string, std::size_t> positionsById(const SnapshotPtr& s) {
    std::map<std::string, std::size_t> out;
    for (std::size_t i = 0; i < s->analysis.summaries.customers.size(); ++i)
        out[s->customerIdAt(i)] = i;
    return out;
}

bool close(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a));  // the fit's own tolerance
}

}  // namespace

class DatabaseAnalysisTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        crm::testing::prepareTestApplication();
        if (server("HOST").isEmpty())
            QSKIP("no server: run through database_analysis.sh (CTest does)");
        QSettings().remove(QStringLiteral("databaseAnalysis"));
    }

    void showsTheSameFiguresAsTheImportedCsv() {
        TempDocument doc;
        importThroughDialog(doc, writeReducedSample(doc));
        CustomerDataPage page;
        page.resize(1366, 768);
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        const SnapshotPtr fromCsv = page.snapshot();
        QVERIFY(fromCsv && fromCsv->hasData());
        const QString csvCustomers = child<QLabel>(page, "figCustomers")->text();

        DatabaseAnalysisDialog* d = openDialog(page);
        QVERIFY(d && d->isVisible());
        // A first time: the defaults, one choice in each group of options.
        QVERIFY(child<QRadioButton>(*d, "amountModeRadio")->isChecked());
        QVERIFY(child<QRadioButton>(*d, "stopOnErrorRadio")->isChecked());
        QVERIFY(child<QRadioButton>(*d, "tableRadio")->isChecked());
        QCOMPARE(child<QSpinBox>(*d, "portSpin")->value(), 5432);
        const QString password = server("PASSWORD");
        QVERIFY(password.size() >= 8);  // long enough not to be found by chance
        fill(*d, password);
        screenshot(*d, "database-analysis-dialog.png");
        QSignalSpy updated(&page, &CustomerDataPage::analysisUpdated);
        QCOMPARE(run(*d), DatabaseOutcome::Kind::Analysed);
        QCOMPARE(updated.count(), 1);
        const SnapshotPtr fromDb = page.snapshot();
        QVERIFY(fromDb && fromDb->hasData() && fromDb != fromCsv);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 60000);

        // Counted and summed exactly: identical. The sample has 3,958 lines (wc -l minus the
        // header), all with a customer, a date and an amount.
        QCOMPARE(fromDb->lines, std::size_t{3958});
        QCOMPARE(fromDb->lines, fromCsv->lines);
        const auto& a = fromCsv->analysis;
        const auto& b = fromDb->analysis;
        QCOMPARE(b.summaries.customers.size(), a.summaries.customers.size());
        QCOMPARE(b.firstDay, a.firstDay);
        QCOMPARE(b.lastDay, a.lastDay);
        const auto csvAt = positionsById(fromCsv);
        for (const auto& [id, j] : positionsById(fromDb)) {
            QVERIFY2(csvAt.count(id), id.c_str());
            const std::size_t i = csvAt.at(id);
            const auto &x = a.summaries.customers[i], &y = b.summaries.customers[j];
            QCOMPARE(y.lines, x.lines);
            QCOMPARE(y.netValue.thousandths, x.netValue.thousandths);
            QCOMPARE(y.margin.thousandths, x.margin.thousandths);
            QCOMPARE(y.purchaseDays, x.purchaseDays);
            QCOMPARE(y.frequency, x.frequency);
            QCOMPARE(y.recency, x.recency);
            QCOMPARE(y.T, x.T);
            QCOMPARE(y.monetaryValue, x.monetaryValue);
            QVERIFY2(close(b.model.lifetimeValue[j], a.model.lifetimeValue[i]), id.c_str());
            QVERIFY2(close(b.model.probabilityAlive[j], a.model.probabilityAlive[i]), id.c_str());
        }
        QVERIFY(close(b.model.bgnbd.params.r, a.model.bgnbd.params.r));
        QVERIFY(close(b.model.bgnbd.params.alpha, a.model.bgnbd.params.alpha));
        QVERIFY(close(b.model.bgnbd.params.a, a.model.bgnbd.params.a));
        QVERIFY(close(b.model.bgnbd.params.b, a.model.bgnbd.params.b));
        // What the page shows: the same figures, and where they come from.
        QCOMPARE(child<QLabel>(page, "figCustomers")->text(), csvCustomers);
        QCOMPARE(child<QLabel>(page, "figNetValue")->property("value").toLongLong(),
                 static_cast<qlonglong>(a.concentration.netValue.total.thousandths));
        const QString summary = child<QLabel>(page, "importSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("summarised by database %1 on %2, table sales")
                                      .arg(server("DATABASE"), server("HOST"))),
                 qPrintable(summary));
        screenshot(page, "database-analysis-results.png");

        // The password is in neither the document nor the settings; the other fields are.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("tableEdit=sales"));
        QVERIFY(!stored.contains(password.toUtf8()));
        QVERIFY(!doc.bytes().contains(password.toUtf8()));
        // The next time the fields are filled in again, all but the password.
        d = openDialog(page);
        QVERIFY(d);
        QCOMPARE(child<QLineEdit>(*d, "hostEdit")->text(), server("HOST"));
        QCOMPARE(child<QSpinBox>(*d, "portSpin")->value(), server("PORT").toInt());
        QCOMPARE(child<QLineEdit>(*d, "costEdit")->text(), QStringLiteral("cost"));
        QVERIFY(child<QRadioButton>(*d, "amountModeRadio")->isChecked());
        QVERIFY(child<QLineEdit>(*d, "passwordEdit")->text().isEmpty());
        d->close();
        QVERIFY(!QFile::exists(doc.path() + QStringLiteral("-wal")) ||
                !readAll(doc.path() + QStringLiteral("-wal")).contains(password.toUtf8()));
    }

    // With the document's calibration end, the server splits the histories: the page shows
    // the same holdout scorecards as for the imported lines, in the models' table.
    void holdoutFromTheServerEqualsTheImportedCsv() {
        TempDocument doc;
        importThroughDialog(doc, writeReducedSample(doc));
        // The sample runs from 2024-01-02 to 2026-10-30: seven months of holdout.
        doc.document().setCustomerAnalysisSettings({crm::parseIsoDate("2026-03-31")});
        CustomerDataPage page;
        page.resize(1366, 768);
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        const SnapshotPtr fromCsv = page.snapshot();
        QVERIFY(fromCsv && fromCsv->hasData() && fromCsv->analysis.holdout);

        DatabaseAnalysisDialog* d = openDialog(page);
        QVERIFY(d);
        fill(*d, server("PASSWORD"));
        QCOMPARE(run(*d), DatabaseOutcome::Kind::Analysed);
        const SnapshotPtr fromDb = page.snapshot();
        QVERIFY(fromDb && fromDb != fromCsv && fromDb->hasData());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 60000);
        QVERIFY(fromDb->analysis.holdout);
        const auto& a = *fromCsv->analysis.holdout;
        const auto& b = *fromDb->analysis.holdout;
        QCOMPARE(b.calibrationEnd, a.calibrationEnd);
        QCOMPARE(b.durationPeriods, a.durationPeriods);
        QCOMPARE(b.customers, a.customers);
        QVERIFY(b.customers > 0);
        QCOMPARE(b.scorecards.size(), std::size_t{3});
        QCOMPARE(b.scorecards.size(), a.scorecards.size());
        for (std::size_t m = 0; m < a.scorecards.size(); ++m) {
            QCOMPARE(b.scorecards[m].actualTotal, a.scorecards[m].actualTotal);  // counted
            QVERIFY(close(b.scorecards[m].predictedTotal, a.scorecards[m].predictedTotal));
            QVERIFY(close(b.scorecards[m].meanAbsoluteError, a.scorecards[m].meanAbsoluteError));
            QVERIFY(
                close(b.scorecards[m].rootMeanSquaredError, a.scorecards[m].rootMeanSquaredError));
            QVERIFY(close(b.scorecards[m].meanBias, a.scorecards[m].meanBias));
        }
        QCOMPARE(b.tracking.size(), a.tracking.size());
        for (std::size_t k = 0; k < a.tracking.size(); ++k) {
            QCOMPARE(b.tracking[k].day, a.tracking[k].day);
            QCOMPARE(b.tracking[k].actual, a.tracking[k].actual);
        }
        QVERIFY(fromDb->analysis.model.comparison.chosenByHoldout);
        const QString details = child<QLabel>(page, "modelDetailsLabel")->text();
        QVERIFY2(details.contains(QStringLiteral("Holdout error per customer")),
                 qPrintable(details));
        screenshot(*child<QLabel>(page, "modelDetailsLabel"), "database-analysis-holdout.png");
    }

    void sayWhatWentWrong() {
        TempDocument doc;
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        DatabaseAnalysisDialog* d = openDialog(page);
        QVERIFY(d);
        using Kind = DatabaseOutcome::Kind;

        fill(*d, QStringLiteral("not-the-password"));
        QCOMPARE(run(*d), Kind::LoginRefused);
        QVERIFY2(problemOf(*d).contains(QStringLiteral("password authentication failed")),
                 qPrintable(problemOf(*d)));
        QVERIFY(!problemOf(*d).contains(QStringLiteral("not-the-password")));
        QVERIFY(d->isVisible());  // the user corrects and tries again

        fill(*d, server("PASSWORD"));
        child<QLineEdit>(*d, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(*d, "portSpin")->setValue(1);  // nothing listens on port 1
        QCOMPARE(run(*d), Kind::Unreachable);
        QVERIFY2(problemOf(*d).contains(QStringLiteral("No database server answers")),
                 qPrintable(problemOf(*d)));

        fill(*d, server("PASSWORD"));
        child<QLineEdit>(*d, "tableEdit")->setText(QStringLiteral("nosuch"));
        QCOMPARE(run(*d), Kind::QueryFailed);
        QVERIFY2(problemOf(*d).contains(QStringLiteral("there is no table \"nosuch\"")),
                 qPrintable(problemOf(*d)));

        fill(*d, server("PASSWORD"));
        child<QLineEdit>(*d, "dateEdit")->setText(QStringLiteral("sold_on"));
        QCOMPARE(run(*d), Kind::QueryFailed);
        QVERIFY2(problemOf(*d).contains(
                     QStringLiteral("table \"sales\" has no column \"sold_on\" (for the date)")),
                 qPrintable(problemOf(*d)));
        QVERIFY(!page.snapshot() || page.snapshot()->databaseSource.empty());  // nothing shown
    }

    void cancelStopsTheServersQuery() {
        TempDocument doc;
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        DatabaseAnalysisDialog* d = openDialog(page);
        QVERIFY(d);
        fill(*d, server("PASSWORD"));
        // A query that would take the server 10 minutes.
        child<QRadioButton>(*d, "queryRadio")->setChecked(true);
        child<QPlainTextEdit>(*d, "queryEdit")
            ->setPlainText(QStringLiteral("SELECT s.* FROM sales AS s, pg_sleep(600)"));
        QSignalSpy finished(d, &DatabaseAnalysisDialog::analysisFinished);
        QVERIFY(d->startAnalysis());
        QTRY_VERIFY_WITH_TIMEOUT(
            d->job().progress().phase == crm::gui::customer_data::DatabasePhase::Computing, 30000);
        QTest::qWait(300);  // the query is on the server now
        d->cancelAnalysis();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(d->outcome().kind, DatabaseOutcome::Kind::Cancelled);
        QVERIFY(d->isVisible());
        QVERIFY(!page.snapshot() || page.snapshot()->databaseSource.empty());
    }

  private:
    static QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // docs/screenshots/: set CRMW_SCREENSHOT_DIR to write the dialog and the results there.
    static void screenshot(QWidget& widget, const char* name) {
        if (!qEnvironmentVariableIsSet("CRMW_SCREENSHOT_DIR")) return;
        QTest::qWait(50);
        const QString path =
            QDir(qEnvironmentVariable("CRMW_SCREENSHOT_DIR")).filePath(QString::fromLatin1(name));
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(DatabaseAnalysisTest)
#include "test_database_analysis.moc"
