#pragma once
// The maturity of each building block in two cycles on one radar: the earlier cycle's current
// maturity dashed, the later one's filled. Painted with QPainter from the values it is given
// (the comparison page passes compareCycles' maturity deltas); RadarChart stays step 10's.
#include <QVector>
#include <QWidget>

#include <optional>

namespace crm::gui {

class CycleComparisonRadar : public QWidget {
    Q_OBJECT
  public:
    struct Axis {
        QString name;
        std::optional<double> earlier, later;  // 1..5
    };

    explicit CycleComparisonRadar(QWidget* parent = nullptr);
    void setSeries(const QString& earlierName, const QString& laterName, QVector<Axis> axes);

    int axisCount() const { return static_cast<int>(axes_.size()); }
    const QVector<Axis>& axes() const { return axes_; }
    QSize sizeHint() const override { return {340, 320}; }
    QSize minimumSizeHint() const override { return {260, 240}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QString earlierName_, laterName_;
    QVector<Axis> axes_;
};

}  // namespace crm::gui
