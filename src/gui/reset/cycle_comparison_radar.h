#pragma once
// The maturity of each building block in two cycles on one radar: the later cycle's current
// maturity solid, the earlier one's dashed. The report's radar of the same comparison
// (report::maturityInBothCycles), drawn by RadarView.
#include <QVector>

#include <optional>

#include "gui/common/radar_view.h"

namespace crm::reset {
struct CycleComparison;
}

namespace crm::gui {

class CycleComparisonRadar : public RadarView {
    Q_OBJECT
  public:
    struct Axis {
        QString name;
        std::optional<double> earlier, later;  // 1..5
    };

    explicit CycleComparisonRadar(QWidget* parent = nullptr);
    void setComparison(const reset::CycleComparison& comparison);
    // What is drawn; tests read it. One axis per building block rated in either cycle.
    QVector<Axis> axes() const;
};

}  // namespace crm::gui
