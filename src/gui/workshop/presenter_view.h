#pragma once
// The projector's window (Workshop ▸ Presenter view, Ctrl+Shift+F5): a clean, large view of the
// step on the laptop's screen — its title, the questions to ask the room, the step timer, and
// the live figure: the maturity radar (step 10, the values the scores use), the alignment gaps
// (step 9) or the room's vote spread (steps 3, 5 and 10). It follows every edit made on the
// laptop. With two or more screens it opens full screen on the screen the laptop window is not on.
#include <QWidget>

class QLabel;
class QTableView;

namespace crm::gui {

class DocumentSession;
class RadarChart;
class StepTimer;
class VoteSpreadModel;

class PresenterView : public QWidget {
    Q_OBJECT
  public:
    PresenterView(DocumentSession& session, StepTimer& timer, QWidget* parent = nullptr);

    void setStep(int step);
    int step() const { return step_; }
    // Full screen on a screen other than `laptop`'s when there is one, else a normal window.
    void showOnSecondScreen(const QWidget* laptop);

    QLabel* titleLabel() const { return title_; }
    QLabel* questionsLabel() const { return questions_; }
    QLabel* gapsLabel() const { return gaps_; }
    QLabel* countdownLabel() const { return countdown_; }
    RadarChart* radar() const { return radar_; }
    QTableView* spreadView() const { return spreadView_; }
    VoteSpreadModel* spreadModel() const { return spread_; }

  signals:
    void closed();

  protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

  private:
    void refresh();
    void refreshGaps();
    void refreshFooter();
    void applyFontSizes();
    void refreshCountdown();

    DocumentSession& session_;
    int step_ = 0;
    QLabel *title_ = nullptr, *subtitle_ = nullptr, *questions_ = nullptr, *gaps_ = nullptr,
           *footer_ = nullptr, *placeholder_ = nullptr;
    QLabel* timer_ = nullptr;
    QLabel* countdown_ = nullptr;  // the whole workshop's time left
    StepTimer& clock_;
    RadarChart* radar_ = nullptr;
    QTableView* spreadView_ = nullptr;
    VoteSpreadModel* spread_ = nullptr;
};

}  // namespace crm::gui
