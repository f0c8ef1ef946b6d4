#pragma once
// The maturity radar of the open cycle, current vs target (1..5) per capability: step 10 and
// the presenter view show it, redrawn whenever the document changes. Values are the ones the
// scores use (workshop::effectiveCycle): the agreed rating when set, else the median of the
// votes, else the typed value. The drawing is the report's (RadarView).
#include <QVector>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "gui/common/radar_view.h"

namespace crm::gui {

class DocumentSession;

class RadarChart : public RadarView {
    Q_OBJECT
  public:
    struct Axis {
        QString name;
        std::optional<std::int64_t> current, target;
    };

    explicit RadarChart(DocumentSession& session, QWidget* parent = nullptr);

    // What is drawn; tests read it. One axis per capability rated now or as a target.
    QVector<Axis> axes() const;
    // (current, target) per axis, 0 when unrated.
    std::vector<std::pair<int, int>> plottedValues() const;

  private:
    void reload();

    DocumentSession& session_;
};

}  // namespace crm::gui
