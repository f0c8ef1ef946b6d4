#pragma once
// Import a CSV export of transaction lines into the document: choose the file, check the
// preview and the detected layout, map the columns, then import on a worker thread with a
// progress bar, rows per second and Cancel. The result lists the bad lines by number.
// Nothing is ever half-imported: the lines go into the document in one transaction.
//
// The dialog is the only user of the document while it imports; open it modally
// (exec() or open()), as the customer-data page does.
#include <memory>
#include <optional>
#include <string>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/format_detection.h"
#include "gui/common/staged_dialog.h"
#include "gui/customer_data/transaction_import_job.h"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace Ui {
class TransactionImportSetup;
}

namespace crm::store {
class Document;
}

namespace crm::gui {

namespace customer_data {
class CsvPreviewModel;
class LineErrorModel;
}  // namespace customer_data

class TransactionImportDialog : public StagedDialog {
    Q_OBJECT
  public:
    explicit TransactionImportDialog(store::Document& document, QWidget* parent = nullptr);
    ~TransactionImportDialog() override;

    // Reads the beginning of the file, detects its layout and shows the preview. Returns false
    // (and says why in the dialog) when the file cannot be read.
    bool setFilePath(const QString& path);
    QString filePath() const;
    void setOnError(transactions::OnError onError);

    // What Import would use now, or nullopt with the reason.
    std::optional<transactions::ImportOptions> importOptions(QString* problem = nullptr) const;
    const transactions::DetectedFormat& detectedFormat() const { return detected_; }

    bool isImporting() const;
    const customer_data::ImportOutcome& outcome() const;
    int progressValue() const;  // the progress bar, 0..1000
    customer_data::TransactionImportJob& job() { return *job_; }

  public slots:
    bool startImport();  // false when the setup is incomplete or an import is running
    void cancelImport();

  signals:
    void importFinished();                       // any outcome; see outcome()
    void transactionsImported(qint64 importId);  // the document changed

  protected:
    void cancelRun() override { cancelImport(); }  // Cancel, or Escape while importing

  private:
    QWidget* buildSetupPage();
    QWidget* buildResultPage();
    void browse();
    void updatePreview();
    void updateDateFormatForColumn(std::size_t column);
    void updateReadiness();
    void updateReplaceOption();
    void pollProgress();
    void showResult();
    void backToSetup();

    store::Document& document_;
    std::unique_ptr<customer_data::TransactionImportJob> job_;
    std::string buffer_;  // the beginning of the file, for detection and preview
    transactions::DetectedFormat detected_;
    QString path_;

    std::unique_ptr<Ui::TransactionImportSetup> setup_;
    customer_data::CsvPreviewModel* previewModel_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QTimer* pollTimer_ = nullptr;

    QLabel* resultHeadline_ = nullptr;
    QLabel* countRead_ = nullptr;
    QLabel* countImported_ = nullptr;
    QLabel* countSkippedBad_ = nullptr;
    QLabel* countSkippedNoCustomer_ = nullptr;
    QLabel* badLinesLabel_ = nullptr;
    customer_data::LineErrorModel* badLinesModel_ = nullptr;
    QTableView* badLinesView_ = nullptr;
};

}  // namespace crm::gui
