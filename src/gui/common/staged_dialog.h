#pragma once
// A dialog for a long job in three stages: set it up, run it on a worker (a progress bar and
// Cancel, the window stays responsive), then see what came of it. The transaction import and
// the report export are such dialogs; this class owns what they share: the stages, the progress
// page, the buttons of each stage, the keys and the size.
//
// Keys: Return presses the stage's main button (Import, Export, Close); Escape cancels a
// running job and otherwise closes. The dialog never grows past the screen: its setup page
// scrolls instead.
#include <QDialog>
#include <QDialogButtonBox>

#include <array>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace crm::gui {

class StagedDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Stage { Setup, Progress, Result };

    Stage stage() const;

  protected:
    explicit StagedDialog(QWidget* parent = nullptr);

    // The feature's own pages, each set once from the subclass's constructor.
    void setSetupPage(QWidget* page);
    void setResultPage(QWidget* page);

    // A button of the stage's button box. Close (on Setup: reject, on Result: accept) and Cancel
    // (while the job runs: cancelRun()) are there already.
    QPushButton* addButton(Stage stage, const QString& text, QDialogButtonBox::ButtonRole role);
    // The button Return presses on a stage. Close is the main button of Result.
    void setMainButton(Stage stage, QPushButton* button);
    QPushButton* closeButton(Stage stage) const;  // Setup or Result
    QPushButton* cancelButton() const { return cancel_; }

    // The progress page: what runs now, how far it is, a line of detail (e.g. the rate) and a
    // note under it that says what Cancel does.
    QWidget* progressPage() const;
    QLabel* phaseLabel() const { return phase_; }
    QProgressBar* progressBar() const { return bar_; }
    QLabel* detailLabel() const { return detail_; }
    void setProgressNote(const QString& text);

    // Progress enables Cancel and gives it the focus.
    void showStage(Stage stage);
    // The worker is asked to stop: Cancel is greyed out and the phase says so.
    void showCancelling(const QString& phase);
    // Called for Cancel and Escape while the job runs; asks the worker to stop.
    virtual void cancelRun() = 0;

    // The size wanted, within the screen's free area (a 1366 x 768 laptop included).
    void resizeWithinScreen(QSize wanted);

    void reject() override;  // Escape / the close button: cancels a running job instead
    void showEvent(QShowEvent* event) override;

  private:
    QSize roomOnScreen() const;
    void fitSetupWidth();
    QWidget* buildProgressPage();
    QDialogButtonBox* buttonsOf(Stage stage) const;

    QStackedWidget* stages_ = nullptr;
    QScrollArea* setupScroll_ = nullptr;
    QStackedWidget* buttonStages_ = nullptr;  // one button box per stage, turned with stages_
    QPushButton* cancel_ = nullptr;
    QLabel* phase_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QLabel* detail_ = nullptr;
    QLabel* note_ = nullptr;
    std::array<QPushButton*, 3> mainButtons_{};
};

}  // namespace crm::gui
