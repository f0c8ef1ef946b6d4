#pragma once
// The list of the ten steps, each with its title and a bar showing how complete it is.
#include <QListWidget>

#include <array>

#include "gui/interim_scores.h"

namespace crm::gui {

class StepSidebar : public QListWidget {
    Q_OBJECT
  public:
    static constexpr int PercentRole = Qt::UserRole + 1;

    explicit StepSidebar(QWidget* parent = nullptr);
    void setProgress(const std::array<StepProgress, 10>& progress);
    int percent(int step) const;  // 1..10
};

}  // namespace crm::gui
