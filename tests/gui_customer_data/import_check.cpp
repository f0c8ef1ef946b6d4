// Imports a (large) CSV through the import dialog into a temporary document, as a user would,
// and prints how long it took, how the progress bar moved, whether the GUI thread kept running,
// the counts and the first bad lines; then times the customer-data page's analysis.
//
//   QT_QPA_PLATFORM=offscreen customer_data_import_check DATA.csv [stop|skip [SHOTS_DIR]]
// (generate DATA.csv with bench/transactions/generate_transactions.py 1000000 DATA.csv).
// With SHOTS_DIR it also saves the dialog before and after the import and the page as
// customer-data-import.png, -import-progress.png, -import-result.png and customer-data-large.png.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>
#include <set>

#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "import_fixture.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATA.csv [stop|skip]\n", argv[0]);
        return 2;
    }
    const QString csv = QString::fromLocal8Bit(argv[1]);
    const bool skip = argc < 3 || QByteArray(argv[2]) == "skip";
    crm::testing::TempDocument doc;
    crm::gui::TransactionImportDialog dialog(doc.document());
    dialog.show();
    if (!dialog.setFilePath(csv)) return 1;
    dialog.setOnError(skip ? crm::transactions::OnError::Skip : crm::transactions::OnError::Stop);
    const QString shots = argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString();
    auto shoot = [&shots](QWidget& w, const char* name) {
        if (!shots.isEmpty()) w.grab().save(shots + QLatin1Char('/') + QLatin1String(name));
    };
    QApplication::processEvents();
    shoot(dialog, "customer-data-import.png");

    std::set<int> barValues;
    bool progressShot = false;
    qint64 longestGap = 0;
    int ticks = 0;
    QElapsedTimer sinceTick, clock;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
        barValues.insert(dialog.progressValue());
        if (!progressShot && dialog.progressValue() > 400) {  // mid-way through writing
            progressShot = true;
            shoot(dialog, "customer-data-import-progress.png");
        }
    });
    auto settle = [] {
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    };
    QSignalSpy finished(&dialog, &crm::gui::TransactionImportDialog::importFinished);
    clock.start();
    sinceTick.start();
    heartbeat.start();
    if (!dialog.startImport()) {
        std::fprintf(stderr, "the dialog refused to start the import\n");
        return 1;
    }
    if (!finished.wait(600000)) return 1;
    const qint64 importMs = clock.elapsed();
    settle();  // a block just before the signal shows up only at the next tick
    heartbeat.stop();
    shoot(dialog, "customer-data-import-result.png");

    const auto& o = dialog.outcome();
    std::printf("outcome: %s\n", o.message.c_str());
    std::printf("import through the dialog: %.2f s wall (read %.2f s, write+commit %.2f s)\n",
                importMs / 1000.0, o.readSeconds, o.writeSeconds);
    std::printf("rows read %zu, imported %zu, skipped bad %zu, skipped without customer %zu\n",
                o.stats.rowsRead, o.stats.imported, o.stats.skippedBad, o.stats.skippedNoCustomer);
    for (std::size_t i = 0; i < o.errors.size() && i < 10; ++i)
        std::printf("  %s\n", o.errors[i].describe().c_str());
    for (std::size_t line : o.noCustomerLines) std::printf("  line %zu: no customer id\n", line);
    std::printf("progress bar: %zu distinct values seen, from %d to %d (of 1000); final %d\n",
                barValues.size(), barValues.empty() ? -1 : *barValues.begin(),
                barValues.empty() ? -1 : *barValues.rbegin(), dialog.progressValue());
    std::printf("GUI heartbeat: %d ticks of 20 ms, longest gap %lld ms\n", ticks, longestGap);

    crm::gui::CustomerDataPage page;
    page.resize(1366, 768);
    QSignalSpy updated(&page, &crm::gui::CustomerDataPage::analysisUpdated);
    clock.restart();
    longestGap = 0;
    ticks = 0;
    sinceTick.restart();
    heartbeat.start();
    page.setDocument(&doc.document());
    page.show();
    if (!updated.wait(600000)) return 1;
    const qint64 pageMs = clock.elapsed();
    settle();
    heartbeat.stop();
    const auto snapshot = page.snapshot();
    std::printf(
        "page analysis: %.2f s wall (read from the document %.2f s, analysis %.2f s), %zu "
        "customers\n",
        pageMs / 1000.0, snapshot ? snapshot->loadSeconds : 0.0,
        snapshot ? snapshot->analysisSeconds : 0.0,
        snapshot ? snapshot->analysis.summaries.customers.size() : 0);
    std::printf(
        "GUI heartbeat while the page analysed and showed it: %d ticks, longest gap %lld ms\n",
        ticks, longestGap);
    QApplication::processEvents();
    shoot(page, "customer-data-large.png");
    return o.kind == crm::gui::customer_data::ImportOutcome::Kind::Imported ? 0 : 1;
}
