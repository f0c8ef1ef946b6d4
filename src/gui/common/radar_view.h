#pragma once
// A maturity radar on screen: the report's own drawing of a RadarChart spec (its SVG, drawn
// with QSvgRenderer), so the radar in the window looks like the one on paper. Scaled to the
// widget, its proportions kept, on white like the page.
#include <QString>
#include <QWidget>

#include "report/charts/chart_spec.h"

class QSvgRenderer;

namespace crm::gui {

class RadarView : public QWidget {
    Q_OBJECT
  public:
    explicit RadarView(QWidget* parent = nullptr);

    void setChart(report::RadarChart chart);
    const report::RadarChart& chart() const { return chart_; }
    // Larger type than the report's (report::RadarChart::textScale), for a radar shown small
    // on a laptop or across a room on a projector.
    void setTextScale(double scale);
    int axisCount() const { return static_cast<int>(chart_.axes.size()); }
    // Shown instead of a radar of fewer than three spokes.
    void setPlaceholder(const QString& text);

    QSize sizeHint() const override;         // the drawing's own size
    QSize minimumSizeHint() const override;  // as small as it goes with legible labels

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    report::RadarChart chart_;
    QSvgRenderer* renderer_ = nullptr;
    QString placeholder_;
    double textScale_ = 1.0;
};

}  // namespace crm::gui
