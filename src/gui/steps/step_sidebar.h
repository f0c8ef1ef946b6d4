#pragma once
// The list of the ten steps, each with its title and a bar showing how complete it is
// (the assessment engine's completeness; the tooltip lists what is still missing).
#include <QListWidget>

#include "engine/assessment/completeness.h"

namespace crm::gui {

class StepSidebar : public QListWidget {
    Q_OBJECT
  public:
    static constexpr int PercentRole = Qt::UserRole + 1;       // rounded, for the bar
    static constexpr int ExactPercentRole = Qt::UserRole + 2;  // the engine's value

    explicit StepSidebar(QWidget* parent = nullptr);
    // The engine's completeness per step; an empty result (no document) shows 0%.
    void setProgress(const assessment::CompletenessResult& completeness);
    int percent(int step) const;          // 1..10
    double exactPercent(int step) const;  // 1..10, as the engine computed it
};

}  // namespace crm::gui
