#pragma once
// File → Export Report…: format, paper size, cycle and file; the report is written on a worker
// thread with a progress bar and Cancel; then a preview of a PDF, and buttons that open the
// file or its folder. A failure is shown in the dialog, naming the file.
#include <QDialog>

#include <memory>

#include "gui/report_export/report_export_job.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;

namespace crm::gui {

class DocumentSession;
class ReportPreview;

class ReportExportDialog : public QDialog {
    Q_OBJECT
  public:
    explicit ReportExportDialog(DocumentSession& session, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString& path);
    bool isExporting() const;
    QString errorText() const;    // the last failure, or ""
    QString writtenPath() const;  // the last report written, or ""
    ReportPreview* preview() const { return preview_; }

  public slots:
    bool startExport();  // false when the setup is incomplete or an export runs
    void cancelExport();

  signals:
    void exportFinished(bool written);

  protected:
    void reject() override;  // Escape while writing cancels instead of closing

  private:
    QWidget* buildSetupPage();
    QWidget* buildProgressPage();
    QWidget* buildResultPage();
    report::ReportFormat currentFormat() const;
    void formatChanged();
    void browse();
    void pollProgress();
    void exportDone();
    void showResult(const QString& path, report::ReportFormat format);
    QString rememberedPath() const;
    void rememberPath(const QString& path) const;

    DocumentSession& session_;
    std::shared_ptr<ReportExportProgress> progress_;
    QThread* worker_ = nullptr;  // runs runReportExport; null when idle
    std::shared_ptr<ReportExportOutcome> outcome_;
    QString runningPath_;
    report::ReportFormat runningFormat_ = report::ReportFormat::Pdf;
    QString writtenPath_;

    QStackedWidget* pages_ = nullptr;
    QComboBox* format_ = nullptr;
    QComboBox* paper_ = nullptr;
    QComboBox* cycle_ = nullptr;
    QLineEdit* output_ = nullptr;
    QLabel* error_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QLabel* phase_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QTimer* poll_ = nullptr;
    QLabel* resultLabel_ = nullptr;
    ReportPreview* preview_ = nullptr;
};

}  // namespace crm::gui
