#pragma once
// File → Export Report…: format, paper size, cycle, language and file; the report is written on a
// worker thread with a progress bar and Cancel; then a preview of a PDF, and buttons that open the
// file or its folder. A failure is shown in the dialog, naming the file.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "gui/common/staged_dialog.h"
#include "gui/report_export/report_export_job.h"

class QCheckBox;
class QLabel;
class QThread;
class QTimer;

namespace Ui {
class ReportExportSetup;
}

namespace crm::gui {

class DocumentSession;
class ReportPreview;

class ReportExportDialog : public StagedDialog {
    Q_OBJECT
  public:
    explicit ReportExportDialog(DocumentSession& session, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString& path);
    bool isExporting() const;
    // Called first on the worker thread of every export; for tests that need the worker
    // held at a known point.
    void setWorkerStartHook(std::function<void()> hook) { workerStartHook_ = std::move(hook); }
    QString errorText() const;    // the last failure, or ""
    QString writtenPath() const;  // the last report written, or ""
    ReportPreview* preview() const { return preview_; }
    // The sections whose check box is cleared, by key, sorted.
    std::vector<std::string> sectionsLeftOut() const;

  public slots:
    bool startExport();  // false when the setup is incomplete or an export runs
    void cancelExport();

  signals:
    void exportFinished(bool written);

  protected:
    void cancelRun() override { cancelExport(); }  // Cancel, or Escape while writing

  private:
    QWidget* buildSetupPage();
    QWidget* buildResultPage();
    void addResultButtons();
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
    std::function<void()> workerStartHook_;
    QString runningPath_;
    report::ReportFormat runningFormat_ = report::ReportFormat::Pdf;
    QString writtenPath_;

    std::unique_ptr<Ui::ReportExportSetup> setup_;
    QTimer* poll_ = nullptr;
    QLabel* resultLabel_ = nullptr;
    ReportPreview* preview_ = nullptr;
    std::vector<QCheckBox*> sectionBoxes_;
};

}  // namespace crm::gui
