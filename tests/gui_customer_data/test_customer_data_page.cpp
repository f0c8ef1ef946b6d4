// The customer-data page on a document that holds the sample transactions (imported through the
// dialog): every figure is compared with the engine's analysis of the same lines, computed here.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

#include "engine/customers/customer_analysis.h"
#include "engine/text/phrase.h"
#include "engine/transactions/transaction_parser.h"
#include "gui/common/language.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/customer_figures.h"
#include "gui/customer_data/customer_table_model.h"
#include "gui/customer_data/rfm_grid.h"
#include "gui/customer_data/segment_figures_dialog.h"
#include "gui/customer_data/segment_rollup_model.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "gui/customer_data/value_histogram.h"
#include "import_fixture.h"
#include "store/transactions_store.h"

using crm::gui::CustomerDataPage;
using crm::gui::TransactionImportDialog;
using crm::testing::TempDocument;
namespace cu = crm::customers;

Q_DECLARE_METATYPE(QList<crm::gui::SegmentFigures>)

using crm::testing::child;

namespace {

QVariant figure(CustomerDataPage& page, const char* name) {
    return child<QLabel>(page, name)->property("value");
}

// Imports `csv` through the dialog (layout as detected, bad lines skipped); returns the options.
crm::transactions::ImportOptions importThroughDialog(TempDocument& doc, const QString& csv) {
    TransactionImportDialog dialog(doc.document());
    if (!dialog.setFilePath(csv)) qFatal("cannot read %s", qPrintable(csv));
    dialog.setOnError(crm::transactions::OnError::Skip);
    const auto options = dialog.importOptions();
    if (!options || !crm::testing::runImport(dialog) ||
        dialog.outcome().kind != crm::gui::customer_data::ImportOutcome::Kind::Imported)
        qFatal("the import of %s failed", qPrintable(csv));
    return *options;
}

// What the page should show: the engine's analysis of the same file, with the document's profile.
cu::CustomerAnalysis expectedAnalysis(TempDocument& doc, const QString& csv,
                                      const crm::transactions::ImportOptions& options,
                                      std::vector<std::string>* customerIds = nullptr) {
    const auto parsed = crm::transactions::parseTransactionsFile(csv.toStdString(), options);
    cu::AnalysisOptions analysis;
    analysis.churnThreshold =
        doc.document().assessment().profile.value("customers.churn_risk_p_alive");
    if (customerIds) *customerIds = parsed.table.customerIds;
    return cu::analyzeCustomers(parsed.table, analysis);
}

bool waitForAnalysis(CustomerDataPage& page) {
    QSignalSpy updated(&page, &CustomerDataPage::analysisUpdated);
    return (updated.wait(120000) || updated.count() > 0) && !page.isBusy();
}

}  // namespace

class CustomerDataPageTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        crm::testing::prepareTestApplication();
        qRegisterMetaType<crm::gui::RelationshipLevelFigures>();
        qRegisterMetaType<QList<crm::gui::SegmentFigures>>();
    }

    void rfmGridTooltipGivesTheCellsValue() {
        // Three scored customers: two in recency 5 x frequency 5, one in 1 x 1 (2 of 3 = 66.7%).
        cu::RfmResult rfm;
        rfm.scores = {{5, 5, 4, cu::RfmGroup::Champions},
                      {5, 5, 5, cu::RfmGroup::Champions},
                      {1, 1, 1, cu::RfmGroup::Lost}};
        cu::RfmValue value;
        value.recencyFrequency[4][4] = {2, 0.9, 150.0};  // the engine's means of the two
        crm::gui::customer_data::RfmGrid grid;
        grid.setScores(rfm);
        QCOMPARE(grid.cellText(1, 1),
                 QStringLiteral("Recency 1, frequency 1: 1 customers (33.3%)"));
        grid.setValues(value);
        QCOMPARE(grid.cellText(5, 5),
                 QStringLiteral("Recency 5, frequency 5: 2 customers (66.7%), mean P(alive) 0.9, "
                                "mean lifetime value 150.00"));
        QCOMPARE(grid.cellText(1, 1),  // no model figure for that cell: the counts only
                 QStringLiteral("Recency 1, frequency 1: 1 customers (33.3%)"));
        grid.clear();
        QCOMPARE(grid.cellText(5, 5), QStringLiteral("Recency 5, frequency 5: 0 customers (–)"));
    }

    void showsTheEngineFiguresOfTheSample() {
        TempDocument doc;
        const QString csv = crm::testing::sampleCsv();
        const auto options = importThroughDialog(doc, csv);
        std::vector<std::string> ids;
        const cu::CustomerAnalysis a = expectedAnalysis(doc, csv, options, &ids);

        CustomerDataPage page;
        auto* top = child<QTableView>(page, "topCustomersView");
        auto* losing = child<QTableView>(page, "moneyLosingView");
        auto* segments = child<QTableView>(page, "segmentsView");
        auto* customerModel = static_cast<QSortFilterProxyModel*>(top->model())->sourceModel();
        auto* segmentModel = static_cast<QSortFilterProxyModel*>(segments->model())->sourceModel();
        using Tester = QAbstractItemModelTester;
        const auto mode = Tester::FailureReportingMode::QtTest;
        Tester t1(customerModel, mode), t2(top->model(), mode), t3(losing->model(), mode),
            t4(segmentModel, mode), t5(segments->model(), mode);

        page.resize(1366, 768);
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        QVERIFY(page.snapshot() && page.snapshot()->hasData());

        const cu::ValueConcentration& c = a.concentration.netValue;
        QCOMPARE(figure(page, "figCustomers").toULongLong(), c.customers);
        QCOMPARE(figure(page, "figNetValue").toLongLong(), c.total.thousandths);
        QCOMPARE(figure(page, "figTop20Share").toDouble(), *c.topShare);
        QCOMPARE(figure(page, "figShareFor80").toDouble(), *c.customerShareFor80);
        QCOMPARE(figure(page, "figGini").toDouble(), *c.gini);
        QCOMPARE(figure(page, "figNegativeCustomers").toULongLong(), c.negativeCustomers);
        QCOMPARE(figure(page, "figZeroCustomers").toULongLong(), c.zeroCustomers);
        QVERIFY(a.concentration.margin);
        QCOMPARE(figure(page, "figNegativeMarginCustomers").toULongLong(),
                 a.concentration.margin->negativeCustomers);
        QCOMPARE(figure(page, "figZeroMarginCustomers").toULongLong(),
                 a.concentration.margin->zeroCustomers);
        QCOMPARE(figure(page, "figOneTime").toULongLong(), a.levels.oneTime);
        QCOMPARE(figure(page, "figRepeat").toULongLong(), a.levels.repeat);
        QCOMPARE(figure(page, "figAdvanced").toULongLong(), a.levels.advanced);
        QCOMPARE(child<QLabel>(page, "figTop20Share")->text(),
                 QString::number(*c.topShare * 100.0, 'f', 1) + QLatin1Char('%'));

        // RFM grid: customers per (recency, frequency) score, and the named groups.
        auto* grid = child<crm::gui::customer_data::RfmGrid>(page, "rfmGrid");
        std::size_t cells[5][5] = {};
        for (const cu::RfmScore& s : a.rfm.scores)
            if (s.recency > 0) ++cells[s.recency - 1][s.frequency - 1];
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f) QCOMPARE(grid->count(r, f), cells[r - 1][f - 1]);
        QCOMPARE(grid->total(), a.rfm.scoredCustomers);
        auto* groups = child<QLabel>(page, "rfmGroupsLabel");
        QCOMPARE(groups->property("group_champions").toULongLong(), a.rfm.groupCounts[0]);
        QCOMPARE(groups->property("group_lost").toULongLong(),
                 a.rfm.groupCounts[static_cast<std::size_t>(cu::RfmGroup::Lost)]);

        // CLV histogram: every finite lifetime value in exactly one bin.
        std::size_t finite = 0;
        for (double v : a.model.lifetimeValue) finite += std::isfinite(v) ? 1 : 0;
        QVERIFY(finite > 0);
        const auto& h =
            child<crm::gui::customer_data::ValueHistogram>(page, "clvHistogram")->histogram();
        std::size_t binned = 0;
        for (std::size_t n : h.counts) binned += n;
        QCOMPARE(binned, finite);

        // Customers by lifetime value, highest first: the engine's top ten in order.
        QCOMPARE(top->model()->rowCount(), static_cast<int>(a.summaries.customers.size()));
        for (std::size_t k = 0; k < a.topLifetimeValue.size(); ++k) {
            const std::string& id = ids[a.summaries.customers[a.topLifetimeValue[k]].customer];
            QCOMPARE(top->model()->index(static_cast<int>(k), 0).data().toString(),
                     QString::fromStdString(id));
        }
        // Money-losing customers: the negative-margin customers, the worst first.
        QCOMPARE(static_cast<std::size_t>(losing->model()->rowCount()),
                 a.concentration.margin->negativeCustomers);
        if (!a.concentration.margin->worst.empty()) {
            const std::string& worst =
                ids[a.summaries.customers[a.concentration.margin->worst.front()].customer];
            QCOMPARE(losing->model()->index(0, 0).data().toString(), QString::fromStdString(worst));
        }
        // Sorting by another column works on numbers, not text.
        using Columns = crm::gui::customer_data::CustomerTableModel;
        QCOMPARE(top->horizontalHeader()->sortIndicatorSection(),
                 int{Columns::LifetimeValueColumn});
        top->sortByColumn(Columns::NetValueColumn, Qt::AscendingOrder);
        QCOMPARE(top->model()->index(0, Columns::NetValueColumn).data(Qt::UserRole).toLongLong(),
                 std::min_element(a.summaries.customers.begin(), a.summaries.customers.end(),
                                  [](const cu::CustomerSummary& x, const cu::CustomerSummary& y) {
                                      return x.netValue < y.netValue;
                                  })
                     ->netValue.thousandths);
        QCOMPARE(static_cast<std::size_t>(segments->model()->rowCount()), a.segments.rows.size());
        QCOMPARE(segments->model()->index(0, 0).data().toString(),
                 QString::fromStdString(a.segments.rows[0].name));
        using Rollups = crm::gui::customer_data::SegmentRollupModel;
        QVERIFY(a.segments.rows[0].meanProbabilityAlive.has_value());
        QCOMPARE(segmentModel->headerData(Rollups::MeanProbabilityAliveColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Mean P(alive)"));
        QCOMPARE(segmentModel->index(0, Rollups::MeanProbabilityAliveColumn).data(Qt::UserRole),
                 QVariant(*a.segments.rows[0].meanProbabilityAlive));

        // Diagnostics of the lifetime-value model.
        auto* model = child<QLabel>(page, "modelDetailsLabel");
        QCOMPARE(model->property("bgnbdConverged").toBool(), a.model.bgnbd.diagnostics.converged);
        QCOMPARE(model->property("bgnbdLogLikelihood").toDouble(),
                 a.model.bgnbd.diagnostics.logLikelihood);
        QCOMPARE(model->property("gammaGammaLogLikelihood").toDouble(),
                 a.model.gammaGamma.diagnostics.logLikelihood);
        // The three purchase models compared, the choice in words and the total's range.
        QVERIFY(model->text().contains(QStringLiteral("Purchase models compared")));
        for (const char* name : {"BG/NBD", "MBG/NBD", "Pareto/NBD"})
            QVERIFY(model->text().contains(QString::fromLatin1(name)));
        QVERIFY(a.model.comparison.chosen.has_value());
        QVERIFY(model->text().contains(
            QString::fromStdString(a.model.comparison.explanation).toHtmlEscaped()));
        QVERIFY(a.model.ranges.totalLifetimeValue.available);
        QVERIFY(model->text().contains(QStringLiteral("likely between")));
        QVERIFY(child<QLabel>(page, "importSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("quillmere-transactions.csv")));
    }

    // The engine's sentences about the models (the choice, the fits' messages) in the window's
    // language: German from translations/assessment/de.po, no English left.
    void showsTheModelChoiceInGerman() {
        crm::gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        TempDocument doc;
        const QString csv = crm::testing::sampleCsv();
        const auto options = importThroughDialog(doc, csv);
        const cu::CustomerAnalysis a = expectedAnalysis(doc, csv, options);
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        const bool analysed = waitForAnalysis(page);
        const QString details = child<QLabel>(page, "modelDetailsLabel")->text();
        crm::gui::installWindowLanguage(*qApp, QStringLiteral("en"));
        QVERIFY(analysed);
        QVERIFY(a.model.comparison.chosen.has_value());
        // Without a holdout the BIC decides; the sentence as de.po says it.
        QVERIFY2(details.contains(QStringLiteral("Der Kundenwert beruht auf dem Modell ")) &&
                     details.contains(QStringLiteral(
                         "Ohne Prüfzeitraum werden die Modelle nach dem BIC verglichen")),
                 qPrintable(details));
        QVERIFY(details.contains(
            QString::fromStdString(crm::text::render(a.model.comparison.explanationPhrase, "de"))
                .toHtmlEscaped()));
        QVERIFY(details.contains(QStringLiteral("konvergiert")));
        // Figures German style and never in e-notation ("2.1e-09" was the gradient norm).
        QVERIFY2(!QRegularExpression(QStringLiteral("\\d[eE][-+]?\\d")).match(details).hasMatch(),
                 qPrintable(details));
        // The sample's fits end with a gradient norm below 0.001 (the "2.1e-09" of before).
        QVERIFY2(details.contains(QStringLiteral("Gradientennorm &lt; 0,001; ")),
                 qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("The lifetime value uses")) &&
                     !details.contains(QStringLiteral("fitted on")) &&
                     !details.contains(QStringLiteral("converged")),
                 qPrintable(details));
    }

    // Figures, dates and the RFM groups in German, on three customers whose sums are easy to
    // add by hand: A 1000.00 + 200.00 = 1200, B 34.50, so 1234.50 EUR in all.
    void showsGermanFiguresAndGroupNames() {
        crm::gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        const auto restore =
            qScopeGuard([] { crm::gui::installWindowLanguage(*qApp, QStringLiteral("en")); });
        TempDocument doc;
        crm::DocumentProperties properties;
        properties.companyName = "Kontor";
        properties.currency = "EUR";
        doc.document().setDocumentProperties(properties);
        const QString csv = doc.file(QStringLiteral("three.csv"));
        crm::testing::writeFile(csv,
                                "customer,date,amount\n"
                                "A,2024-01-10,1000.00\nA,2024-03-05,200.00\nB,2024-02-01,34.50\n");
        importThroughDialog(doc, csv);
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));

        const QString nbsp(QChar(0x00a0));
        QCOMPARE(child<QLabel>(page, "figNetValue")->text(),
                 QStringLiteral("1.234,50") + nbsp + QStringLiteral("€"));
        QCOMPARE(figure(page, "figNetValue").toLongLong(), 1234500);  // sorting keeps numbers
        // 1 of the 2 customers with a purchase bought once, 1 twice: 50 % each.
        QCOMPARE(child<QLabel>(page, "figOneTime")->text(),
                 QStringLiteral("1  (50,0") + nbsp + QStringLiteral("%)"));

        using Columns = crm::gui::customer_data::CustomerTableModel;
        auto* top = child<QTableView>(page, "topCustomersView");
        auto* table = static_cast<QSortFilterProxyModel*>(top->model())->sourceModel();
        QStringList netValues, lastPurchases, groups;
        for (int row = 0; row < table->rowCount(); ++row) {
            netValues << table->index(row, Columns::NetValueColumn).data().toString();
            lastPurchases << table->index(row, Columns::LastPurchaseColumn).data().toString();
            groups << table->index(row, Columns::RfmGroupColumn).data().toString();
        }
        netValues.sort();
        lastPurchases.sort();
        // The money columns name the document's currency, as the report's headings do.
        QCOMPARE(table->headerData(Columns::NetValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Nettowert (EUR)"));
        QCOMPARE(netValues, (QStringList{QStringLiteral("1.200"), QStringLiteral("34,50")}));
        QCOMPARE(lastPurchases,
                 (QStringList{QStringLiteral("01.02.2024"), QStringLiteral("05.03.2024")}));

        // The group names as translations/assessment/de.po says them, none in English.
        const QStringList german{QStringLiteral("Top-Kunden"),
                                 QStringLiteral("Treue Kunden"),
                                 QStringLiteral("Künftige Stammkunden"),
                                 QStringLiteral("Neukunden"),
                                 QStringLiteral("Vielversprechend"),
                                 QStringLiteral("Brauchen Aufmerksamkeit"),
                                 QStringLiteral("Gefährdet"),
                                 QStringLiteral("Unbedingt halten"),
                                 QStringLiteral("Inaktiv"),
                                 QStringLiteral("Verloren"),
                                 QStringLiteral("Ohne Kauf")};
        const QString groupsText = child<QLabel>(page, "rfmGroupsLabel")->text();
        for (const QString& name : german) QVERIFY2(groupsText.contains(name), qPrintable(name));
        for (const QString& group : groups) QVERIFY2(german.contains(group), qPrintable(group));
        for (const char* english :
             {"Champions", "Loyal", "Potential loyalists", "Promising", "Needs attention",
              "At risk", "Cannot lose", "Hibernating", "Lost", "No purchase"})
            QVERIFY2(!groupsText.contains(QString::fromLatin1(english)) &&
                         !groups.contains(QString::fromLatin1(english)),
                     english);
        QVERIFY(!groupsText.contains(QStringLiteral(">New<")) &&
                !groups.contains(QStringLiteral("New")));
    }

    // The lifetime-value histogram's bin edges: thousands and millions abbreviated.
    void histogramEdgesFollowTheLanguage() {
        using crm::gui::customer_data::ValueHistogram;
        QCOMPARE(ValueHistogram::edgeText(850.0), QStringLiteral("850"));
        QCOMPARE(ValueHistogram::edgeText(12000.0), QStringLiteral("12k"));
        QCOMPARE(ValueHistogram::edgeText(1500000.0), QStringLiteral("1.5M"));
        crm::gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        const auto restore =
            qScopeGuard([] { crm::gui::installWindowLanguage(*qApp, QStringLiteral("en")); });
        const QString nbsp(QChar(0x00a0));
        QCOMPARE(ValueHistogram::edgeText(2500.0), QStringLiteral("2.500"));
        QCOMPARE(ValueHistogram::edgeText(12000.0), QStringLiteral("12") + nbsp + "Tsd.");
        QCOMPARE(ValueHistogram::edgeText(1500000.0), QStringLiteral("1,5") + nbsp + "Mio.");
    }

    // The import dialog's guesses in German: a semicolon file without a date column.
    void theImportDialogSaysItsGuessesInGerman() {
        crm::gui::installWindowLanguage(*qApp, QStringLiteral("de"));
        const auto restore =
            qScopeGuard([] { crm::gui::installWindowLanguage(*qApp, QStringLiteral("en")); });
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("nodates.csv"));
        crm::testing::writeFile(csv, "customer;amount\nA;10\nB;12\nC;7\n");
        TransactionImportDialog dialog(doc.document());
        QVERIFY(dialog.setFilePath(csv));
        const QString said = child<QLabel>(dialog, "detectionLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("Trennzeichen Semikolon")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral(
                     "Keine Spalte enthält Datumsangaben in einem bekannten Format.")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("semicolon")) &&
                     !said.contains(QStringLiteral("no column")),
                 qPrintable(said));
    }

    void offersTheFiguresForSteps4And6() {
        TempDocument doc;
        const QString csv = crm::testing::sampleCsv();
        const auto options = importThroughDialog(doc, csv);
        const cu::CustomerAnalysis a = expectedAnalysis(doc, csv, options);
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));

        QSignalSpy step4(&page, &CustomerDataPage::relationshipFiguresOffered);
        QTest::mouseClick(child<QPushButton>(page, "useForStep4Button"), Qt::LeftButton);
        QCOMPARE(step4.count(), 1);
        const auto levels = step4.at(0).at(0).value<crm::gui::RelationshipLevelFigures>();
        QCOMPARE(levels.oneTimeSharePct, a.levels.oneTimeShare * 100.0);
        QCOMPARE(levels.repeatSharePct, a.levels.repeatShare * 100.0);
        QCOMPARE(levels.advancedSharePct, a.levels.advancedShare * 100.0);
        QCOMPARE(levels.purchasingCustomers, a.levels.oneTime + a.levels.repeat);

        QSignalSpy step6(&page, &CustomerDataPage::segmentFiguresOffered);
        page.offerSegments();
        QCOMPARE(step6.count(), 1);
        const auto segments = step6.at(0).at(0).value<QList<crm::gui::SegmentFigures>>();
        QCOMPARE(static_cast<std::size_t>(segments.size()), a.segments.rows.size());
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const cu::SegmentRollup& r = a.segments.rows[static_cast<std::size_t>(i)];
            QCOMPARE(segments[i].name, r.name);
            QCOMPARE(segments[i].customers, static_cast<std::int64_t>(r.customers));
            QCOMPARE(segments[i].revenue.thousandths, r.netValue.thousandths);
            if (r.netValue.thousandths > 0)
                QCOMPARE(*segments[i].marginPct, static_cast<double>(r.margin.thousandths) * 100.0 /
                                                     static_cast<double>(r.netValue.thousandths));
            QCOMPARE(segments[i].customerValue.has_value(), r.meanClv.has_value());
            if (r.meanClv)
                QCOMPARE(segments[i].customerValue->thousandths, std::llround(*r.meanClv * 1000.0));
        }
    }

    void anEmptyDocumentSaysSoAndOffersNothing() {
        TempDocument doc;
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        QVERIFY(child<QLabel>(page, "importSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("No transactions imported")));
        QVERIFY(!child<QPushButton>(page, "useForStep4Button")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "useForStep6Button")->isEnabled());
        QVERIFY(child<QPushButton>(page, "importTransactionsButton")->isEnabled());
        QCOMPARE(child<QTableView>(page, "topCustomersView")->model()->rowCount(), 0);
    }

    void aFitTheDataCannotSupportIsExplained() {
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("few.csv"));
        crm::testing::writeFile(csv,
                                "customer,date,amount\n"
                                "A,2024-01-01,10.00\nA,2024-02-01,12.00\nB,2024-01-03,5.00\n"
                                "C,2024-01-04,7.50\nC,2024-03-04,8.00\nD,2024-03-05,1.00\n");
        const auto options = importThroughDialog(doc, csv);
        const cu::CustomerAnalysis a = expectedAnalysis(doc, csv, options);
        QVERIFY(!a.model.bgnbd.diagnostics.converged);
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        auto* banner = child<QLabel>(page, "modelBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QString::fromStdString(
                     std::string(crm::clv::toString(a.model.bgnbd.diagnostics.status)))),
                 qPrintable(banner->text()));
        QVERIFY(!a.model.bgnbd.diagnostics.message.empty());
        QVERIFY(banner->text().contains(
            QString::fromStdString(a.model.bgnbd.diagnostics.message).toHtmlEscaped()));
        QCOMPARE(child<QLabel>(page, "modelDetailsLabel")->property("bgnbdConverged").toBool(),
                 false);
        QCOMPARE(figure(page, "figCustomers").toULongLong(), std::size_t{4});
    }

    void importingThroughThePageReloadsIt() {
        TempDocument doc;
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        QSignalSpy changed(&page, &CustomerDataPage::dataChanged);
        QSignalSpy updated(&page, &CustomerDataPage::analysisUpdated);
        page.openImportDialog();
        auto* dialog = page.findChild<TransactionImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QVERIFY(dialog->setFilePath(crm::testing::sampleCsv()));
        QVERIFY(crm::testing::runImport(*dialog));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(updated.count(), 0);  // the page waits until the dialog is closed
        QTest::mouseClick(child<QPushButton>(*dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0 && !page.isBusy(), 120000);
        QVERIFY(page.snapshot() && page.snapshot()->hasData());
        QVERIFY(child<QPushButton>(page, "useForStep4Button")->isEnabled());
    }

    void closingTheDocumentDuringAnImportRollsItBack() {
        TempDocument doc;
        const QString csv = doc.file(QStringLiteral("big.csv"));
        crm::testing::writeGeneratedCsv(csv, 300'000);
        const QByteArray before = doc.bytes();
        CustomerDataPage page;
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        page.openImportDialog();
        QPointer<TransactionImportDialog> dialog = page.findChild<TransactionImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->setFilePath(csv));
        // The close arrives while the lines are being written, whatever the machine's speed:
        // the worker waits mid-write until the close has asked it to stop.
        auto& job = dialog->job();
        std::atomic<bool> writing{false};
        job.setWorkerObserver([&](const crm::gui::customer_data::ImportProgress& p) {
            if (p.phase != crm::gui::customer_data::ImportPhase::Writing || p.done == 0) return;
            writing = true;
            while (!job.cancelRequested())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        QVERIFY(dialog->startImport());
        QTRY_VERIFY_WITH_TIMEOUT(writing.load(), 120000);
        page.setDocument(nullptr);  // e.g. the main window closes the document
        QVERIFY(dialog.isNull());
        QCOMPARE(doc.bytes(), before);
        QVERIFY(!doc.journalLeft());
        QVERIFY(crm::store::listTransactionImports(doc.document()).empty());
    }

    // docs/screenshots/customer-data.png: set CRMW_SCREENSHOT_DIR to write it there.
    // CRMW_LANGUAGE=de takes the screenshots in German.
    void screenshotAt1366x768() {
        const QString language = qEnvironmentVariable("CRMW_LANGUAGE", QStringLiteral("en"));
        crm::gui::installWindowLanguage(*qApp, language);
        const auto restore =
            qScopeGuard([] { crm::gui::installWindowLanguage(*qApp, QStringLiteral("en")); });
        TempDocument doc;
        importThroughDialog(doc, crm::testing::sampleCsv());
        CustomerDataPage page;
        page.resize(1366, 768);
        page.setDocument(&doc.document());
        page.show();
        QVERIFY(waitForAnalysis(page));
        QTest::qWait(50);
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768));
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariableIsSet("CRMW_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("CRMW_SCREENSHOT_DIR")
                                : scratch.path();
        const QString path = QDir(dir).filePath(QStringLiteral("customer-data.png"));
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
        // The tabs: customers by value, segment roll-ups and the model's diagnostics.
        auto* tabs = child<QTabWidget>(page, "customerTabs");
        const std::pair<int, const char*> others[] = {{0, "customer-data-customers.png"},
                                                      {2, "customer-data-segments.png"},
                                                      {3, "customer-data-model.png"}};
        for (const auto& [tab, name] : others) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(20);
            QVERIFY(tabs->grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
        }
        // The dialogs the page opens: step 6's figures per segment and the import.
        crm::gui::SegmentFiguresDialog figures(
            doc.document().assessment().cycles.front(),
            crm::gui::segmentFigures(page.snapshot()->analysis.segments, page.snapshot()->hasCost));
        figures.resize(1000, 420);
        figures.show();
        QTest::qWait(20);
        QVERIFY(figures.grab().save(QDir(dir).filePath(QStringLiteral("segment-figures.png"))));
        TransactionImportDialog import(doc.document());
        QVERIFY(import.setFilePath(crm::testing::sampleCsv()));
        import.resize(1200, 700);
        import.show();
        QTest::qWait(20);
        QVERIFY(import.grab().save(QDir(dir).filePath(QStringLiteral("transaction-import.png"))));
    }
};

QTEST_MAIN(CustomerDataPageTest)
#include "test_customer_data_page.moc"
