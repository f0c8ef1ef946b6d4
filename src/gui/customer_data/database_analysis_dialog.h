#pragma once
// "Analyse from a database…": the connection (host, port, database, user and a password asked
// each time), the table or query and the columns, named as the transaction import maps them;
// then the analysis on a worker thread with a progress bar and Cancel (the server is asked to
// stop the query). On success the dialog closes and hands the page its snapshot; otherwise it
// says what went wrong (no server, a refused login, a missing table or column) and stays open.
//
// The password is never stored: not in the document, not in QSettings. The other fields are
// remembered in QSettings for the next time.
#include <memory>
#include <optional>

#include "gui/common/staged_dialog.h"
#include "gui/customer_data/database_analysis_job.h"

class QTimer;

namespace Ui {
class DatabaseConnectionSetup;
}

namespace crm::gui {

class DatabaseAnalysisDialog : public StagedDialog {
    Q_OBJECT
  public:
    explicit DatabaseAnalysisDialog(customers::AnalysisOptions options, QWidget* parent = nullptr);
    ~DatabaseAnalysisDialog() override;
    // A new dialog, deleted when closed, opened window-modal over `parent`.
    static DatabaseAnalysisDialog* openFor(customers::AnalysisOptions options, QWidget* parent);

    // What Analyse would send now, or nullopt with the reason in *problem.
    std::optional<customer_data::DatabaseAnalysisRequest> request(QString* problem = nullptr) const;
    // The document's analysis settings the fit uses (no calibration end: no holdout here).
    const customers::AnalysisOptions& analysisOptions() const { return options_; }
    bool isRunning() const { return job_->isRunning(); }
    const customer_data::DatabaseOutcome& outcome() const { return job_->outcome(); }
    customer_data::DatabaseAnalysisJob& job() { return *job_; }

  public slots:
    bool startAnalysis();  // false when the setup is incomplete or a job runs
    void cancelAnalysis();

  signals:
    void analysed(const crm::gui::customer_data::SnapshotPtr& snapshot);
    void analysisFinished();  // any outcome; see outcome()

  protected:
    void cancelRun() override { cancelAnalysis(); }

  private:
    void restoreFields();
    void rememberFields() const;
    void updateReadiness();
    void pollProgress();
    void finish();

    customers::AnalysisOptions options_;
    std::unique_ptr<customer_data::DatabaseAnalysisJob> job_;
    std::unique_ptr<Ui::DatabaseConnectionSetup> setup_;
    QPushButton* analyseButton_ = nullptr;
    QTimer* pollTimer_ = nullptr;
};

}  // namespace crm::gui
