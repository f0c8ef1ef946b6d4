#pragma once
// Step 10: current vs target maturity (1..5) of each capability on a radar, painted with
// QPainter and redrawn whenever the document changes. Values are the effective ones: the
// workshop's agreed rating when set, else the median of the votes, else the typed value.
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

#include "engine/model/cycle.h"

namespace crm::gui {

class DocumentSession;

class RadarChart : public QWidget {
    Q_OBJECT
  public:
    explicit RadarChart(DocumentSession& session, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {420, 380}; }
    QSize minimumSizeHint() const override { return {240, 240}; }
    int axisCount() const;  // what is drawn; tests read it
    // (current, target) per axis as drawn: the effective workshop values, 0 when unrated.
    std::vector<std::pair<int, int>> plottedValues() const;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    std::optional<Cycle> scoredCycle() const;

    DocumentSession& session_;
};

}  // namespace crm::gui
