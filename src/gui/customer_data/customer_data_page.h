#pragma once
// The "Customer data" page: what the document's transaction lines say about its customers.
// Import summary, the Pareto/Lorenz chart, concentration figures, the RFM grid and groups,
// relationship levels, the lifetime-value distribution, customers by lifetime value, the
// money-losing customers, segment roll-ups and the model's diagnostics. The analysis runs off
// the GUI thread (engine: customers::analyzeCustomers) and only when the page is visible.
//
// The page holds no business rule: every figure comes from the engine; "Use these figures"
// only offers them (signals) for the main window to turn into undoable edits.
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

#include "engine/model/assessment.h"
#include "gui/customer_data/customer_data_snapshot.h"
#include "gui/customer_data/customer_figures.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSvgWidget;
class QTabWidget;
class QTableView;
template <typename T>
class QFutureWatcher;

namespace crm::store {
class Document;
}

namespace crm::gui {

namespace customer_data {
class CustomerTableModel;
class RfmGrid;
class SegmentRollupModel;
class ValueHistogram;
}  // namespace customer_data

class TransactionImportDialog;
class DatabaseAnalysisDialog;

class CustomerDataPage : public QWidget {
    Q_OBJECT
  public:
    explicit CustomerDataPage(QWidget* parent = nullptr);
    ~CustomerDataPage() override;

    // The document whose lines the page shows (nullptr: none). The page reads them through a
    // read-only connection of its own; it writes to the document only through the import
    // dialog, which it opens modally. An import dialog still open is closed first (a running
    // import is cancelled and rolled back), so the old document may be closed right after.
    void setDocument(store::Document* document);
    store::Document* document() const { return document_; }

    bool isBusy() const;                                               // an analysis is running
    customer_data::SnapshotPtr snapshot() const { return snapshot_; }  // what is shown, or null

  public slots:
    void reload();            // re-read and re-analyse (e.g. after the profile changed)
    void openImportDialog();  // waits for a running analysis, then opens the dialog
    // The analysis of transaction lines in a PostgreSQL database, shown until the page reloads
    // the document's own lines (after an import, or another document).
    void openDatabaseDialog();
    // Analyses the lines again when the document's analysis settings are no longer the ones
    // shown (changed or undone in the window); at once when visible, else when next shown.
    void followAnalysisSettings();
    void offerRelationshipLevels();
    void offerSegments();

  signals:
    void dataChanged();                // an import changed the document's transaction lines
    void analysisUpdated();            // the page shows a new analysis (or that there is none)
    void analysisSettingsRequested();  // "Analysis settings…": the window opens the dialog
    void relationshipFiguresOffered(const crm::gui::RelationshipLevelFigures& figures);
    void segmentFiguresOffered(const QList<crm::gui::SegmentFigures>& segments);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    QWidget* buildHeader();
    QWidget* buildChartPanel();
    QWidget* buildFiguresPanel();
    QWidget* buildRfmPanel();
    QWidget* buildTablesPanel();
    QWidget* buildHistogramPanel();
    QTableView* makeTable(const QString& objectName, QSortFilterProxyModel* proxy);
    QLabel* addFigure(QFormLayout* form, const QString& title, const QString& objectName,
                      const QString& toolTip = {});
    void startAnalysis();
    void analysisFinished();
    void showSnapshot(customer_data::SnapshotPtr snapshot);
    void showEmpty(const QString& message);
    void showChart(const customer_data::CustomerDataSnapshot& s);
    void showFigures(const customer_data::CustomerDataSnapshot& s);
    void showModel(const customer_data::CustomerDataSnapshot& s);
    void updateButtons();
    // "<b>3,958 transaction lines</b> from …; Dates … to …; <b>505 customers</b>."
    static QString importSummaryHtml(const customer_data::CustomerDataSnapshot& s);

    store::Document* document_ = nullptr;
    QPointer<TransactionImportDialog> importDialog_;  // open while the user imports
    QPointer<DatabaseAnalysisDialog> databaseDialog_;
    customer_data::SnapshotPtr snapshot_;
    std::unique_ptr<QFutureWatcher<customer_data::SnapshotPtr>> watcher_;
    CustomerAnalysisSettings analysedSettings_;  // the document's when the analysis started
    bool stale_ = true;                          // the document changed since the last analysis
    bool reloadPending_ = false;                 // asked again while an analysis was running
    bool importPending_ = false;  // the import dialog opens once the analysis is done

    QLabel* summaryLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QLabel* modelBanner_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QPushButton* databaseButton_ = nullptr;
    QPushButton* settingsButton_ = nullptr;
    QPushButton* step4Button_ = nullptr;
    QPushButton* step6Button_ = nullptr;
    QSvgWidget* chart_ = nullptr;
    customer_data::RfmGrid* rfmGrid_ = nullptr;
    QLabel* rfmGroupsLabel_ = nullptr;
    customer_data::ValueHistogram* histogram_ = nullptr;
    QLabel* histogramTitle_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* modelDetails_ = nullptr;
    QTableView* losingView_ = nullptr;
    QTableView* topView_ = nullptr;
    QTableView* segmentsView_ = nullptr;

    customer_data::CustomerTableModel* customers_ = nullptr;
    QSortFilterProxyModel* byValue_ = nullptr;
    QSortFilterProxyModel* losing_ = nullptr;
    customer_data::SegmentRollupModel* segments_ = nullptr;
    QSortFilterProxyModel* segmentsSorted_ = nullptr;
    QHash<QString, QLabel*> figures_;
};

}  // namespace crm::gui
