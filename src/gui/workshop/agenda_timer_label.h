#pragma once
// The step timer as people see it: "Clock 12:34 of 45:00", red past the planned minutes; on a
// page that is no step (the action plan) "Clock of step 10: 12:34".
// In the status bar it grows in projector mode; the presenter view shows a large one.
#include <QLabel>

#include <functional>

namespace crm::gui {

class StepTimer;

class StepTimerLabel : public QLabel {
    Q_OBJECT
  public:
    // `scale` gives the font size factor (e.g. 1.6 in projector mode), read at every refresh;
    // without one the owner sets the font.
    StepTimerLabel(StepTimer& timer, std::function<double()> scale, QWidget* parent = nullptr);
    bool showsOverrun() const { return overrun_; }
    void setAway(bool away);  // the page on screen is not the step the clock counts
    void refresh();

  private:
    StepTimer& timer_;
    std::function<double()> scale_;
    double appliedScale_ = -1;
    bool overrun_ = false;
    bool away_ = false;
};

}  // namespace crm::gui
